// path: app/src/androidTest/java/com/example/wallet/vault/KdfVectorsTest.kt
package com.example.wallet.vault

import javax.crypto.spec.PBEKeySpec

class KdfVectorsTest {
    fun rfc6070() {
        // ok: crypto-weak-kdf (RFC 6070 test vector: fixed salt and one iteration on purpose)
        val spec = PBEKeySpec("password".toCharArray(), "salt".toByteArray(), 1, 160)
    }
}
