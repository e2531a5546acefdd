// path: app/src/debug/java/com/example/pay/DebugAuth.kt
package com.example.pay

object DebugAuth {
    // ok: auth-developer-backdoor (debug source set: never in a release build)
    const val SKIP_OTP = true

    // ok: auth-developer-backdoor (debug source set)
    fun check(otp: String) = otp == "123456"
}
