package com.example.bank.crypto;

import static javax.crypto.KeyGenerator.getInstance;

import android.content.Context;
import android.security.KeyPairGeneratorSpec;
import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import javax.crypto.KeyGenerator;

class DeviceBinding {
    static final int RSA_BITS = 1024;
    private static final int AES_BITS = 256;
    private static final String ALGO = "RSA";

    private final KeyPairGenerator rsa = KeyPairGenerator.getInstance(ALGO);

    void bind(Context context) throws Exception {
        rsa.initialize(RSA_BITS);
        //             ^^^^^^^^ crypto-weak-key-size: RSA key of 1024 bits
        this.rsa.initialize(768, new java.security.SecureRandom());
        //                  ^^^ crypto-weak-key-size 💡
        // ok: crypto-weak-key-size (2048 bits)
        rsa.initialize(2048);

        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(56);
        //       ^^ crypto-weak-key-size 💡: AES key of 56 bits
        // ok: crypto-weak-key-size (256-bit AES through a constant)
        aes.init(AES_BITS);
        KeyGenerator imported = getInstance("AES");
        imported.init(40);
        //            ^^ crypto-weak-key-size 💡

        KeyPairGenerator ks = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_RSA, "AndroidKeyStore");
        KeyGenParameterSpec spec = new KeyGenParameterSpec.Builder("bank_login", KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_RSA_OAEP)
                .setKeySize(1024)
                //          ^^^^ crypto-weak-key-size 💡
                .build();
        ks.initialize(spec);

        // Pre-Marshmallow Keystore spec: RSA by default
        KeyPairGeneratorSpec legacy = new KeyPairGeneratorSpec.Builder(context)
                .setAlias("legacy")
                .setKeySize(1024)
                //          ^^^^ crypto-weak-key-size 💡
                .build();

        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp160r1"));
        //                                   ^^^^^^^^^^^ crypto-weak-key-size 💡
        // ok: crypto-weak-key-size (P-384)
        ec.initialize(new ECGenParameterSpec("secp384r1"));
        // ok: crypto-weak-key-size (EC-256)
        ec.initialize(256);
    }

    void notKeys(javax.crypto.Cipher cipher, java.security.Key key, Pool pool) throws Exception {
        // ok: crypto-weak-key-size (Cipher.init(mode, key): 1 is ENCRYPT_MODE)
        cipher.init(1, key);
        // ok: crypto-weak-key-size (an unrelated initialize)
        pool.initialize(8);
        // todo-ruleid: crypto-weak-key-size (algorithm chosen at run time)
        KeyPairGenerator.getInstance(readAlgorithm()).initialize(1024);
    }
}
