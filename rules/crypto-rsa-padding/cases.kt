package com.example.pay.pin

import javax.crypto.Cipher

private const val RSA_MODE = "RSA/ECB/PKCS1Padding"

class PinEncryptor {
    fun ciphers() {
        val raw = Cipher.getInstance("RSA/ECB/NoPadding")
        //                           ^^^^^^^^^^^^^^^^^^^ crypto-rsa-padding 💡: textbook RSA
        val bare = Cipher.getInstance("RSA")
        //                            ^^^^^ crypto-rsa-padding 💡: PKCS#1 v1.5
        val viaConst = Cipher.getInstance(RSA_MODE)
        //                                ^^^^^^^^ crypto-rsa-padding
        val none = Cipher.getInstance("RSA/NONE/PKCS1Padding", "AndroidOpenSSL")
        //                            ^^^^^^^^^^^^^^^^^^^^^^^ crypto-rsa-padding 💡
        // ok: crypto-rsa-padding (OAEP)
        val oaep = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding")
        // ok: crypto-rsa-padding (not RSA)
        val aes = Cipher.getInstance("AES/GCM/NoPadding")
    }
}
