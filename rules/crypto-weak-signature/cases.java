package com.example.pay.sign;

import java.security.Signature;

class ReceiptVerifier {
    private static final String SIG = "SHA1" + "withDSA";

    void verifiers() throws Exception {
        Signature a = Signature.getInstance(SIG);
        //                                  ^^^ crypto-weak-signature: "SHA1withDSA"
        Signature b = Signature.getInstance("SHA1withRSA/PSS");
        //                                  ^^^^^^^^^^^^^^^^^ crypto-weak-signature 💡
        // ok: crypto-weak-signature (SHA-256 with RSA, PKCS#1 v1.5 signatures are fine)
        Signature good = Signature.getInstance("SHA256withRSA");
    }
}
