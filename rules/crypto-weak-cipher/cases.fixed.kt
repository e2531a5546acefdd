package com.example.pay.crypto

import android.security.keystore.KeyProperties
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKeyFactory

const val LEGACY_ALGO = "DESede"
private const val MODE = "CBC"

class PinBlockCipher {
    fun legacy(): Cipher {
        val des = Cipher.getInstance("AES/GCM/NoPadding")
        //                           ^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-cipher 💡
        val rc4 = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding")
        //                                        ^^^^^ crypto-weak-cipher 💡: "RC4" is a broken or legacy cipher
        val viaConst = Cipher.getInstance(LEGACY_ALGO)
        //                                ^^^^^^^^^^^ crypto-weak-cipher
        val template = Cipher.getInstance("$LEGACY_ALGO/$MODE/PKCS5Padding")
        //                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-cipher
        val sdk = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_3DES)
        //                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-cipher
        val blowfishKey = KeyGenerator.getInstance("AES")
        //                                         ^^^^^^^^^^ crypto-weak-cipher 💡
        val pbe = SecretKeyFactory.getInstance("PBEWithMD5AndDES")
        //                                     ^^^^^^^^^^^^^^^^^^ crypto-weak-cipher
        // ok: crypto-weak-cipher (AES-GCM is the recommended cipher)
        val gcm = Cipher.getInstance("AES/GCM/NoPadding")
        // ok: crypto-weak-cipher (a MessageDigest, not a cipher)
        val md = java.security.MessageDigest.getInstance("SHA-256")
        // ok: crypto-weak-cipher (DESX-like names in unrelated factories are not judged)
        val other = LegacyCodec.getInstance("DES")
        // ok: crypto-weak-cipher (PBKDF2 is not a cipher)
        val kdf = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        // todo-ruleid: crypto-weak-cipher (algorithm read from configuration at run time; needs data flow)
        val fromConfig = Cipher.getInstance(remoteConfig.getString("cipher"))
        return des
    }
}
