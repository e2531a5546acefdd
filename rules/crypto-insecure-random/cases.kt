package com.example.pay.otp

import kotlin.random.Random

class OtpGenerator(private val secure: kotlin.random.Random) {
    private val rng = java.util.Random()
    //                ^^^^^^^^^^^^^^^^^^ crypto-insecure-random 💡: makes "generateOtp"

    fun generateOtp(): String {
        val code = rng.nextInt(900_000) + 100_000
        return code.toString()
    }

    fun newPin(): String = (1..4).map { (0..9).random() }.joinToString("")
    //                                         ^^^^^^ crypto-insecure-random 💡: makes "newPin"

    fun sessionNonce(): Long = Random.nextLong()
    //                         ^^^^^^ crypto-insecure-random 💡: kotlin.random.Random is predictable

    fun salt(): ByteArray = Random.Default.nextBytes(16)
    //                      ^^^^^^^^^^^^^^ crypto-insecure-random 💡

    val verificationCode = Random(42).nextInt(1000, 9999)
    //                     ^^^^^^^^^^ crypto-insecure-random 💡: makes "verificationCode"

    fun mathToken() = (Math.random() * 1e9).toLong().toString()
    //                 ^^^^^^^^^^^^^ crypto-insecure-random 💡: Math.random() is predictable

    fun freshIv(): ByteArray {
        val buffer = ByteArray(16)
        val iv = buffer.also { java.util.Random().nextBytes(it) }
        //                     ^^^^^^^^^^^^^^^^^^ crypto-insecure-random 💡: makes "iv"
        return iv
    }

    // ok: crypto-insecure-random (retry jitter does not need to be unpredictable)
    fun retryDelayMillis(attempt: Int) = 1000L * attempt + Random.nextLong(250)

    fun render() {
        // ok: crypto-insecure-random (an animation wobble)
        val wobble = (0..30).random()
        // ok: crypto-insecure-random (a generator passed in, SecureRandom-backed)
        val pin = (0..9).random(secure)
    }

    // ok: crypto-insecure-random (sample data for previews)
    fun sampleTransactions() = List(5) { Random.nextInt(1000) }

    // ok: crypto-insecure-random (SecureRandom)
    fun goodOtp() = java.security.SecureRandom().nextInt(900_000)

    // todo-ruleid: crypto-insecure-random (an unnamed value returned to a caller that uses it as a PIN; needs interprocedural flow)
    fun nextNumber() = Random.nextInt(1_000_000)
}
