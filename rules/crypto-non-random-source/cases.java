package com.example.bank.transfer;

import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

class TransferRequestFactory {
    private final long createdAt = System.currentTimeMillis();
    private String transactionId;

    Map<String, String> build(TransferRequest.Builder builder, String account) {
        Map<String, String> params = new HashMap<>();
        params.put("nonce", String.valueOf(System.currentTimeMillis()));
        //                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-non-random-source
        this.transactionId = "T" + new Date().getTime();
        //                         ^^^^^^^^^^^^^^^^^^^^ crypto-non-random-source
        builder.setIdempotencyKey(Long.toHexString(System.nanoTime()));
        //                                         ^^^^^^^^^^^^^^^^^ crypto-non-random-source
        long seed = Calendar.getInstance().getTimeInMillis();
        //          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-non-random-source: makes "seed"
        // ok: crypto-non-random-source (time for ordering)
        params.put("timestamp", Long.toString(System.currentTimeMillis()));
        // ok: crypto-non-random-source (random nonce beside the time)
        params.put("requestId", UUID.randomUUID().toString() + System.currentTimeMillis());
        // ok: crypto-non-random-source (logging)
        android.util.Log.i("Transfer", "token request at " + System.currentTimeMillis());
        // ok: crypto-non-random-source (seeding java.util.Random: crypto-insecure-random's concern)
        java.util.Random shuffle = new java.util.Random(System.currentTimeMillis());
        // ok: crypto-non-random-source (measuring a duration)
        long start = System.nanoTime();
        return params;
    }

    String otpCode() {
        return String.valueOf(System.currentTimeMillis() % 1000000);
        //                    ^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-non-random-source
    }

    long lastUpdated() {
        // ok: crypto-non-random-source (a time, by name)
        return System.currentTimeMillis();
    }
}
