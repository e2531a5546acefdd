package com.example.pay.legacy

import java.security.KeyStore
import java.security.MessageDigest
import java.security.SecureRandom
import javax.crypto.Cipher

private const val PROVIDER = "BC"

class LegacyCrypto {
    fun factories() {
        val c = Cipher.getInstance("AES/GCM/NoPadding")
        //                                              ^^^^ crypto-deprecated-provider 💡
        val md = MessageDigest.getInstance("SHA-256")
        //                                            ^^^^^^^^ crypto-deprecated-provider 💡
        val prng = SecureRandom.getInstance("SHA1PRNG")
        //                                              ^^^^^^^^ crypto-deprecated-provider 💡: removed in Android 7
        // ok: crypto-deprecated-provider (the Android Keystore provider)
        val ks = KeyStore.getInstance("AndroidKeyStore")
        // ok: crypto-deprecated-provider (Conscrypt, the platform provider)
        val conscrypt = Cipher.getInstance("AES/GCM/NoPadding", "AndroidOpenSSL")
        // ok: crypto-deprecated-provider (a bundled Bouncy Castle passed as a Provider object)
        val bundled = Cipher.getInstance("AES/GCM/NoPadding", org.bouncycastle.jce.provider.BouncyCastleProvider())
    }
}
