// path: app/src/androidTest/java/com/example/wallet/keys/SigningKeyTest.kt
package com.example.wallet.keys

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties

class SigningKeyTest {
    fun unattendedKey() {
        // ok: crypto-keystore-no-user-auth (instrumented tests cannot answer a biometric prompt)
        val spec = KeyGenParameterSpec.Builder("payment_signing_test", KeyProperties.PURPOSE_SIGN).build()
    }
}
