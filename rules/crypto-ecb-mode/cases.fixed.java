package com.example.pay;

import static javax.crypto.Cipher.getInstance;

import javax.crypto.Cipher;

class LegacyPinBlock {
    static final String BLOCK_MODE = "DESede" + "/ECB/" + "PKCS5Padding";

    byte[] encrypt(byte[] block) throws Exception {
        Cipher legacy = Cipher.getInstance("AES/GCM/NoPadding");
        //                                 ^^^^^^^^^^^^^^^^^^^ crypto-ecb-mode 💡
        Cipher folded = Cipher.getInstance(BLOCK_MODE);
        //                                 ^^^^^^^^^^ crypto-ecb-mode
        Cipher imported = getInstance("AES/GCM/NoPadding");
        //                            ^^^^^^^^^^ crypto-ecb-mode: defaults to ECB
        // ok: crypto-ecb-mode (authenticated mode)
        Cipher good = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: crypto-ecb-mode (CBC is judged by crypto-cbc-unauthenticated, not here)
        Cipher cbc = Cipher.getInstance("AES/CBC/PKCS5Padding");
        return legacy.doFinal(block);
    }
}
