package com.example.wallet.api

import android.os.SystemClock
import java.time.Instant
import java.util.Date
import java.util.UUID

data class Payment(val txnId: String, val amount: Long, val createdAt: Long)

class PaymentApi(private val http: HttpClient) {
    private var lastSync = 0L

    fun pay(amount: Long) {
        val nonce = System.currentTimeMillis().toString()
        //          ^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-non-random-source: makes "nonce"
        val payment = Payment(txnId = "TXN${System.nanoTime()}", amount = amount, createdAt = 0)
        //                                  ^^^^^^^^^^^^^^^^^ crypto-non-random-source
        http.header("X-Request-Id", Date().time.toString())
        //                          ^^^^^^^^^^^ crypto-non-random-source
        val otp = (Instant.now().toEpochMilli() % 1_000_000).toString()
        //         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-non-random-source
        val salt = SystemClock.elapsedRealtime().toString().toByteArray()
        //         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-non-random-source
        // ok: crypto-non-random-source (a timestamp for ordering)
        val createdAt = System.currentTimeMillis()
        // ok: crypto-non-random-source (expiry of a token is a time)
        val tokenExpiry = System.currentTimeMillis() + 300_000
        // ok: crypto-non-random-source (timestamp beside a random nonce)
        val requestId = "${UUID.randomUUID()}-${System.currentTimeMillis()}"
        // ok: crypto-non-random-source (logging)
        android.util.Log.d("TokenRefresh", "started at ${System.currentTimeMillis()}")
        // ok: crypto-non-random-source (the seed goes to SecureRandom: crypto-securerandom-seeded's concern)
        java.security.SecureRandom().setSeed(System.currentTimeMillis())
        lastSync = SystemClock.uptimeMillis()
    }

    fun newRequestId(): String = "REQ-" + System.currentTimeMillis()
    //                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-non-random-source

    // ok: crypto-non-random-source (a function measuring time)
    fun elapsedSinceStart(): Long = System.nanoTime()

    fun params(): Map<String, String> = mapOf(
        "nonce" to System.currentTimeMillis().toString(),
        //         ^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-non-random-source
        // ok: crypto-non-random-source (the server wants the time as its own field)
        "timestamp" to System.currentTimeMillis().toString(),
    )

    fun token(): String {
        // todo-ruleid: crypto-non-random-source (the value reaches the token through a neutral local)
        val now = System.currentTimeMillis()
        return now.toString()
    }
}
