package com.example.pay.crypto;

import static javax.crypto.Cipher.getInstance;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKeyFactory;

// project: {"constants": {"CryptoConfig.PIN_CIPHER": "DESede/ECB/NoPadding"}}
class SwitchPinBlock {
    private static final String TRIPLE_DES = "TripleDES";
    private static final String ARC = "ARC" + "FOUR";

    Cipher open() throws Exception {
        Cipher des3 = Cipher.getInstance("AES/GCM/NoPadding", "AndroidOpenSSL");
        //                               ^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-cipher 💡
        Cipher imported = getInstance("AES/GCM/NoPadding");
        //                            ^^^^^ crypto-weak-cipher 💡
        Cipher field = Cipher.getInstance(TRIPLE_DES);
        //                                ^^^^^^^^^^ crypto-weak-cipher
        Cipher folded = Cipher.getInstance(ARC);
        //                                 ^^^ crypto-weak-cipher: "ARCFOUR"
        Cipher otherClass = Cipher.getInstance(CryptoConfig.PIN_CIPHER);
        //                                     ^^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-cipher: "DESede"
        KeyGenerator gen = KeyGenerator.getInstance("AES");
        //                                          ^^^^^ crypto-weak-cipher 💡
        SecretKeyFactory f = SecretKeyFactory.getInstance("DESede");
        //                                                ^^^^^^^^ crypto-weak-cipher
        // ok: crypto-weak-cipher (AES-GCM)
        Cipher good = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: crypto-weak-cipher (RSA-OAEP is judged by crypto-rsa-padding)
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        // ok: crypto-weak-cipher (AES key generation)
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        return des3;
    }
}
