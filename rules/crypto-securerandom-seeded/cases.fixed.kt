package com.example.wallet.otp

import java.security.SecureRandom

private const val SEED = 20240101L
private val SEED_BYTES = "wallet-seed".toByteArray()

class OtpGenerator(private val deviceId: String) {
    private val random = SecureRandom.getInstance("SHA1PRNG")

    fun generate(): String {
        //             ^^^^ crypto-securerandom-seeded 💡: fixed in the code
        //             ^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-securerandom-seeded 💡: the clock
        return (100000 + random.nextInt(900000)).toString()
    }

    fun seededCtor(): ByteArray {
        val sr = SecureRandom()
        //                    ^^^^^^^^^^ crypto-securerandom-seeded 💡
        val other = java.security.SecureRandom()
        //                                     ^^^^^^^^^^^^^^^^^^^^^^ crypto-securerandom-seeded 💡
        return ByteArray(16).also { sr.nextBytes(it) }
    }

    fun scoped(): SecureRandom = SecureRandom().apply {
        //      ^^^^^^^^^^^^^^^^^^^^^^^ crypto-securerandom-seeded 💡
    }

    fun oneLiner() = SecureRandom().also { it.setSeed(42L) }
    //                                                ^^^ crypto-securerandom-seeded

    fun fine(): SecureRandom {
        // ok: crypto-securerandom-seeded (self-seeded)
        val sr = SecureRandom()
        // ok: crypto-securerandom-seeded (extra entropy from the platform itself)
        sr.setSeed(sr.generateSeed(32))
        // ok: crypto-securerandom-seeded (seeding from the system's own seed source)
        val strong = SecureRandom(SecureRandom.getSeed(20))
        // ok: crypto-securerandom-seeded (a run-time value mixed in is not judged here)
        sr.setSeed(deviceId.hashCode().toLong())
        return sr
    }

    fun notSecureRandom(rng: java.util.Random, sim: Simulation) {
        // ok: crypto-securerandom-seeded (java.util.Random is crypto-insecure-random's concern)
        rng.setSeed(42L)
        // ok: crypto-securerandom-seeded (a reproducible simulation, not a SecureRandom)
        sim.setSeed(7)
    }
}
