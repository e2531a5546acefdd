// project: {"markers": ["Mac", "getInstance", "HmacSHA256", "Cipher"]}
package com.example.pay.prefs

import javax.crypto.Cipher

class ModuleMacCipher {
    fun cipher() {
        val a = Cipher.getInstance("AES/CBC/PKCS5Padding")
        //                         ^^^^^^^^^^^^^^^^^^^^^^ crypto-cbc-unauthenticated 💡: an HMAC is computed in this code
        // ok: crypto-cbc-unauthenticated (GCM)
        val b = Cipher.getInstance("AES/GCM/NoPadding")
    }
}
