package com.example.pay.prefs;

import javax.crypto.Cipher;
import javax.crypto.Mac;

class EncryptThenMac {
    byte[] seal(byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        //                            ^^^^^^^^^^^^^^^^^^^^^^ crypto-cbc-unauthenticated 💡: an HMAC is computed in this code
        Mac mac = Mac.getInstance("HmacSHA256");
        // ok: crypto-cbc-unauthenticated (CTR is judged elsewhere; not CBC)
        Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
        return c.doFinal(data);
    }
}
