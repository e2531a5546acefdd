// path: app/src/test/java/com/example/bank/token/DeterministicRandomTest.java
package com.example.bank.token;

import java.security.SecureRandom;

class DeterministicRandomTest {
    void reproducible() {
        // ok: crypto-securerandom-seeded (test sources do not ship)
        SecureRandom fixed = new SecureRandom(new byte[] {1, 2, 3});
    }
}
