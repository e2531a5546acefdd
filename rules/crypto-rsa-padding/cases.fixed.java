package com.example.pay.pin;

import android.security.keystore.KeyProperties;
import javax.crypto.Cipher;

class SwitchKeyWrap {
    void ciphers() throws Exception {
        Cipher a = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        //                            ^^^^^^^^^^^^^^^^^^^^^^ crypto-rsa-padding 💡
        Cipher b = Cipher.getInstance(KeyProperties.KEY_ALGORITHM_RSA + "/ECB/" + KeyProperties.ENCRYPTION_PADDING_RSA_PKCS1);
        //                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-rsa-padding
        // ok: crypto-rsa-padding (OAEP)
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
    }
}
