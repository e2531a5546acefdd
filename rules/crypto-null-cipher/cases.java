package com.example.pay.store;

import javax.crypto.Cipher;
import javax.crypto.NullCipher;

class PlainStore {
    Cipher cipher() throws Exception {
        Cipher c = new NullCipher();
        //             ^^^^^^^^^^ crypto-null-cipher: returns the plaintext unchanged
        // ok: crypto-null-cipher (a real cipher)
        Cipher real = Cipher.getInstance("AES/GCM/NoPadding");
        return c;
    }
}
