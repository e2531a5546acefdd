package com.example.pay.net

object Secrets {
    private const val SECRET_KEY = "0123456789abcdef"
    //                             ^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret: SECRET_KEY
    const val CLIENT_SECRET = "q8Z!x2Lp#91vTr"
    //                        ^^^^^^^^^^^^^^^^ secrets-hardcoded-secret
    val stripeKey = "sk_live_51HxYzAbCdEfGhIjKlMn"
    //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret: live payment-API
    const val AWS_ID = "AKIAIOSFODNN7EXAMPLE"
    //                 ^^^^^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret: AWS
    val demoJwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIyNTU3MTIzNDU2NzgifQ.c2lnbmF0dXJlLXZhbHVl"
    //            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret: JSON Web Token

    // ok: secrets-hardcoded-secret (a SharedPreferences key name, not a secret)
    const val PREF_ACCESS_TOKEN = "access_token"
    // ok: secrets-hardcoded-secret (a key-name constant)
    const val KEY_PASSWORD = "user_password"
    // ok: secrets-hardcoded-secret (placeholder)
    const val API_KEY = "changeme"
    // ok: secrets-hardcoded-secret (Google API keys are public by design, restricted in the console)
    const val MAPS_API_KEY = "AIzaSyA1234567890abcdefghijklmnopqrstuv"
    // ok: secrets-hardcoded-secret (UI text with spaces)
    val passwordHint = "Enter your password"
    // ok: secrets-hardcoded-secret (too short to be a secret)
    val token = "abc"
    // ok: secrets-hardcoded-secret (an endpoint, not a secret)
    const val TOKEN_URL = "https://api.example.com/oauth/token"
}

class PaymentClient {
    fun build() = GatewayClient(apiKey = "pk9_Xq2MzL0pW4rT7y")
    //                                   ^^^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret

    fun configure(client: Gateway) {
        client.apiSecret = "Zx81-Lq0p-AA7t-9wrT"
        //                 ^^^^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret
        // ok: secrets-hardcoded-secret (read from BuildConfig, injected by CI)
        client.apiSecret = BuildConfig.API_SECRET
    }
}
