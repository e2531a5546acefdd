// path: app/src/debug/java/com/example/wallet/api/FakeBackend.kt
package com.example.wallet.api

class FakeBackend {
    fun fakeToken(): String {
        // ok: crypto-non-random-source (debug-only sources do not ship)
        return "tok-" + System.currentTimeMillis()
    }
}
