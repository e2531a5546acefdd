// path: app/src/test/java/com/example/pay/crypto/LegacyVectorsTest.kt
package com.example.pay.crypto

import javax.crypto.Cipher

class LegacyVectorsTest {
    fun vectors() {
        // ok: crypto-weak-cipher (test sources do not ship; known-answer vectors for the switch's 3DES)
        val c = Cipher.getInstance("DESede/ECB/NoPadding")
    }
}
