// path: app/src/test/java/com/example/wallet/auth/PinLoginTest.kt
package com.example.wallet.auth

import android.util.Log

class PinLoginTest {
    fun logsInTests(pin: String) {
        // ok: storage-log-sensitive (unit tests do not ship; the engine skips src/test)
        Log.d("test", "pin=$pin")
    }
}
