package com.example.pay.sign

import java.security.Signature

private const val LEGACY_SIG = "SHA1withECDSA"

class RequestSigner {
    fun signers(algoFromServer: String) {
        val a = Signature.getInstance("SHA1withRSA")
        //                            ^^^^^^^^^^^^^ crypto-weak-signature 💡
        val b = Signature.getInstance(LEGACY_SIG)
        //                            ^^^^^^^^^^ crypto-weak-signature: "SHA1withECDSA"
        val c = java.security.Signature.getInstance("MD5withRSA", "AndroidOpenSSL")
        //                                          ^^^^^^^^^^^^ crypto-weak-signature 💡
        // ok: crypto-weak-signature (SHA-256 with ECDSA)
        val good = Signature.getInstance("SHA256withECDSA")
        // ok: crypto-weak-signature (RSA-PSS over SHA-256)
        val pss = Signature.getInstance("SHA256withRSA/PSS")
        // ok: crypto-weak-signature (not a signature)
        val md = java.security.MessageDigest.getInstance("SHA-256")
        // todo-ruleid: crypto-weak-signature (algorithm negotiated at run time)
        val negotiated = Signature.getInstance(algoFromServer)
    }
}
