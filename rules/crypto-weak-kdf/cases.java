package com.example.bank.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.digest.DigestUtils;

class CredentialKeys {
    private static final byte[] SALT = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final int ITERATIONS = 5000;
    private final SecureRandom random = new SecureRandom();

    PBEKeySpec legacy(char[] password) {
        return new PBEKeySpec(password, SALT, ITERATIONS, 256);
        //                              ^^^^ crypto-weak-kdf
        //                                    ^^^^^^^^^^ crypto-weak-kdf
    }

    PBEParameterSpec pbeCipher() {
        return new PBEParameterSpec("12345678".getBytes(), 20);
        //                          ^^^^^^^^^^^^^^^^^^^^^ crypto-weak-kdf
        //                                                 ^^ crypto-weak-kdf 💡
    }

    PBEKeySpec zeroSalt(char[] password) {
        return new PBEKeySpec(password, new byte[16], 100000, 256);
        //                              ^^^^^^^^^^^^ crypto-weak-kdf: all-zero
    }

    SecretKeySpec fromPin(String mpin) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-1").digest(mpin.getBytes("UTF-8"));
        return new SecretKeySpec(Arrays.copyOf(digest, 16), "AES");
        //                       ^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-kdf
    }

    SecretKeySpec fromPassword(User user) {
        return new SecretKeySpec(DigestUtils.sha256(user.getPassword()), "AES");
        //                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-kdf: plain hash
    }

    PBEKeySpec good(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        // ok: crypto-weak-kdf (random salt, 310,000 iterations)
        return new PBEKeySpec(password, salt, 310000, 256);
    }

    PBEKeySpec passwordOnly(char[] password) {
        // ok: crypto-weak-kdf (no salt or count here: the PBE cipher's PBEParameterSpec carries them)
        return new PBEKeySpec(password);
    }

    SecretKeySpec fromServerKey(byte[] wrapped) throws Exception {
        // ok: crypto-weak-kdf (hash of key material, not of a user secret)
        return new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(wrapped), "AES");
    }
}
