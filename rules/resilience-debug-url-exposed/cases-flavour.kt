// path: app/src/staging/java/com/example/wallet/net/Env.kt
package com.example.wallet.net

object Env {
    // ok: resilience-debug-url-exposed (the staging flavour's own source set)
    const val BASE = "https://api.staging.pesa.example.com/"
}
