// path: app/src/test/java/com/example/wallet/keys/KeySizeVectorsTest.kt
package com.example.wallet.keys

import java.security.KeyPairGenerator

class KeySizeVectorsTest {
    fun fastKeys() {
        // ok: crypto-weak-key-size (test sources do not ship; small keys keep unit tests fast)
        KeyPairGenerator.getInstance("RSA").initialize(512)
    }
}
