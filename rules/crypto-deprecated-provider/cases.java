package com.example.pay.legacy;

import java.security.KeyPairGenerator;
import java.security.Signature;
import javax.crypto.Mac;

class LegacySigner {
    void factories() throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSA", "BC");
        //                                                     ^^^^ crypto-deprecated-provider 💡: deprecated
        Mac mac = Mac.getInstance("HmacSHA256",
                "BC");
        //      ^^^^ crypto-deprecated-provider 💡
        // ok: crypto-deprecated-provider (Android Keystore)
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", "AndroidKeyStore");
    }
}
