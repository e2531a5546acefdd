package com.example.pay.security

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties

const val INVALIDATE = false

fun paymentKeySpec(): KeyGenParameterSpec =
    KeyGenParameterSpec.Builder("payment_key", KeyProperties.PURPOSE_SIGN)
        .setDigests(KeyProperties.DIGEST_SHA256)
        .setUserAuthenticationRequired(true)
        //                                   ^^^^^ auth-keys-not-invalidated-on-enrollment 💡
        .build()

fun loginKeySpec(): KeyGenParameterSpec {
    val builder = KeyGenParameterSpec.Builder("login_key", KeyProperties.PURPOSE_SIGN)
    builder.apply {
        setUserAuthenticationRequired(true)
        // ruleid: auth-keys-not-invalidated-on-enrollment 💡
    }
    //                                          ^^^^^^^^^^ auth-keys-not-invalidated-on-enrollment 💡
    // ok: auth-keys-not-invalidated-on-enrollment (explicitly true, the secure default)
    builder.setInvalidatedByBiometricEnrollment(true)
    return builder.build()
}
