package com.example.pay.auth

object FeatureFlags {
    const val SKIP_OTP = false
    //        ^^^^^^^^ auth-developer-backdoor 💡: SKIP_OTP
    // ok: auth-developer-backdoor (off)
    const val BYPASS_PIN = false
    // ok: auth-developer-backdoor (only in debug builds)
    val skipOtpInDebug = BuildConfig.DEBUG
}

class OtpVerifier(private val api: Api) {
    var bypassAuth = false

    fun verify(otp: String): Boolean {
        if (otp == "000000") return true
        //         ^^^^^^^^ auth-developer-backdoor: "000000"
        return api.verifyOtp(otp)
    }

    fun login(pin: String) {
        if ("4321".equals(pin)) unlock()
        //  ^^^^^^ auth-developer-backdoor
        // ruleid: auth-developer-backdoor 💡
        bypassAuth = false
        if (BuildConfig.DEBUG) {
            // ok: auth-developer-backdoor (debug builds only)
            if (pin == "1111") unlock()
        }
        // ok: auth-developer-backdoor (an emptiness check)
        if (pin == "") return
        // ok: auth-developer-backdoor (a literal compared with something that is not a credential)
        if (status == "000000") return
        // ok: auth-developer-backdoor (UI text)
        val label = if (pinEnabled) "PIN" else "Password"
    }
}
