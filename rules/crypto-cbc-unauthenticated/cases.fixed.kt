package com.example.pay.prefs

import android.security.keystore.KeyProperties
import javax.crypto.Cipher

const val PREFS_MODE = "AES/CBC/PKCS7Padding"

class PrefsCipher {
    fun ciphers() {
        val a = Cipher.getInstance("AES/GCM/NoPadding")
        //                         ^^^^^^^^^^^^^^^^^^^^^^ crypto-cbc-unauthenticated 💡: encrypts without authenticating
        val b = Cipher.getInstance(PREFS_MODE)
        //                         ^^^^^^^^^^ crypto-cbc-unauthenticated
        val c = Cipher.getInstance("${KeyProperties.KEY_ALGORITHM_AES}/${KeyProperties.BLOCK_MODE_CBC}/${KeyProperties.ENCRYPTION_PADDING_PKCS7}")
        //                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-cbc-unauthenticated
        // ok: crypto-cbc-unauthenticated (GCM is authenticated)
        val gcm = Cipher.getInstance("AES/GCM/NoPadding")
        // ok: crypto-cbc-unauthenticated (3DES-CBC is reported by crypto-weak-cipher)
        val des = Cipher.getInstance("DESede/CBC/PKCS5Padding")
    }
}
