package com.example.bank.token;

import java.security.SecureRandom;
import java.util.Date;
import java.util.Random;

class SessionTokens {
    private static final byte[] FIXED = {0x01, 0x02, 0x03, 0x04};
    private static final long SEED = 1234L;
    private final SecureRandom rng = new SecureRandom();
    private final Random plain = new Random();

    String next() throws Exception {
        SecureRandom prng = SecureRandom.getInstance("SHA1PRNG");
        //           ^^^^^ crypto-securerandom-seeded 💡
        //          ^^^^ crypto-securerandom-seeded 💡
        //               ^^^^^^^^^^^^^^^^^^^^ crypto-securerandom-seeded 💡: the clock
        SecureRandom seeded = new SecureRandom();
        //                                     ^^^^^^^^^^^^^^^^^^^^^^^^ crypto-securerandom-seeded 💡
        if (prng.nextBoolean()) prng.setSeed(System.nanoTime());
        //                                   ^^^^^^^^^^^^^^^^^ crypto-securerandom-seeded
        // ok: crypto-securerandom-seeded (no seed)
        SecureRandom fresh = new SecureRandom();
        // ok: crypto-securerandom-seeded (platform entropy)
        fresh.setSeed(fresh.generateSeed(16));
        // ok: crypto-securerandom-seeded (java.util.Random: see crypto-insecure-random)
        plain.setSeed(SEED);
        byte[] out = new byte[32];
        seeded.nextBytes(out);
        return android.util.Base64.encodeToString(out, 0);
    }
}
