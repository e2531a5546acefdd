package com.example.pay.vault;

import android.util.Base64;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

class TokenVault {
    private static final byte[] IV = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, (byte) 0xFF};
    private static final String IV_TEXT = "fedcba9876543210";

    void specs(byte[] message) {
        IvParameterSpec a = new IvParameterSpec(IV);
        //                                      ^^ crypto-static-iv: a byte-array literal
        IvParameterSpec b = new IvParameterSpec(IV_TEXT.getBytes(StandardCharsets.UTF_8));
        //                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-static-iv
        GCMParameterSpec c = new GCMParameterSpec(128, new byte[12]);
        //                                             ^^^^^^^^^^^^ crypto-static-iv: The GCM nonce is an all-zero array
        IvParameterSpec d = new IvParameterSpec(Base64.decode("AAECAwQFBgcICQoLDA0ODw==", Base64.DEFAULT));
        //                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-static-iv: an encoded string literal
        IvParameterSpec e = new IvParameterSpec(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8});
        //                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-static-iv

        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        // ok: crypto-static-iv (random nonce)
        GCMParameterSpec f = new GCMParameterSpec(128, nonce);
        // ok: crypto-static-iv (IV taken from the received message)
        IvParameterSpec g = new IvParameterSpec(message, 0, 16);
        // ok: crypto-static-iv (IV copied from the received message)
        IvParameterSpec h = new IvParameterSpec(Arrays.copyOfRange(message, 0, 16));
    }
}
