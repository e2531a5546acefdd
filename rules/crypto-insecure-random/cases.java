package com.example.pay.otp;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.lang3.RandomStringUtils;

class AgentOtp {
    private static final int[] COLORS = {0xFF0000, 0x00FF00};
    private static final Random RANDOM = new Random();
    //                                   ^^^^^^^^^^^^ crypto-insecure-random 💡: makes "generateOtp"
    // ok: crypto-insecure-random (used for back-off jitter only)
    private final Random jitter = new Random(7);
    private double nonce = Math.random();
    //                     ^^^^^^^^^^^^^ crypto-insecure-random 💡: makes "nonce"

    String generateOtp() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    long backoffMillis(int attempt) {
        return (1L << attempt) * 1000 + jitter.nextInt(500);
    }

    byte[] newSalt() {
        byte[] salt = new byte[16];
        new Random().nextBytes(salt);
      //^^^^^^^^^^^^ crypto-insecure-random 💡: makes "salt"
        return salt;
    }

    String resetToken() {
        return RandomStringUtils.randomAlphanumeric(32);
        //                       ^^^^^^^^^^^^^^^^^^ crypto-insecure-random: RandomStringUtils is predictable
    }

    int transactionPin() {
        return ThreadLocalRandom.current().nextInt(1000, 10000);
        //     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-insecure-random: makes "transactionPin"
    }

    float animationOffset() {
        // ok: crypto-insecure-random (animation)
        return (float) Math.random() * 10f;
    }

    int pickColor() {
        // ok: crypto-insecure-random (a colour, nothing secret)
        return COLORS[new Random().nextInt(COLORS.length)];
    }
}
