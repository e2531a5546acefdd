// rules: crypto-ecb-mode, dfs-guard-suppression
package com.example.pay

import javax.crypto.Cipher

class PinBlock {
    fun legacy(): Cipher {
        // dfs-guard-ignore[crypto-ecb-mode]: ISO 9564 format-0 PIN block, single block, mandated by the switch
        // ok: crypto-ecb-mode (suppressed with a reason on the line above)
        return Cipher.getInstance("DES/ECB/NoPadding")
    }

    fun sameLine(): Cipher {
        // ok: crypto-ecb-mode (suppressed on the same line)
        return Cipher.getInstance("AES") // dfs-guard-ignore[crypto-ecb-mode]: wrapped by the HSM SDK, see SEC-142
    }

    fun noReason(): Cipher {
        return Cipher.getInstance("AES") // dfs-guard-ignore[crypto-ecb-mode]
        //                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dfs-guard-suppression: gives no reason
    }

    fun typo(): Cipher {
        // dfs-guard-ignore[crypto-ecb]: id typo, hides nothing
        // ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dfs-guard-suppression: Unknown rule "crypto-ecb"
        return Cipher.getInstance("AES")
        //                        ^^^^^ crypto-ecb-mode
    }

    fun fixedLongAgo(): Cipher {
        // dfs-guard-ignore[crypto-ecb-mode]: legacy vector, since fixed
        // ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dfs-guard-suppression: no longer hides any finding
        return Cipher.getInstance("AES/GCM/NoPadding")
    }

    fun malformed(): Cipher {
        // dfs-guard-ignore crypto-ecb-mode: brackets missing
        // ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dfs-guard-suppression: Malformed suppression
        return Cipher.getInstance("AES")
        //                        ^^^^^ crypto-ecb-mode
    }

    @Suppress("dfs-guard:crypto-ecb-mode") // card-scheme test vectors, verified by SEC-77
    fun vectors(): Cipher {
        // ok: crypto-ecb-mode (the whole declaration is suppressed by the annotation)
        val v = Cipher.getInstance("AES")
        return v
    }

    // ruleid: dfs-guard-suppression (an annotation without a reason comment)
    @Suppress("dfs-guard:crypto-ecb-mode")
    fun vectorsWithoutReason(): Cipher = Cipher.getInstance("AES")

    fun wordsInAString(): String {
        // ok: dfs-guard-suppression (not a comment: text inside a string literal is not a marker)
        return "dfs-guard-ignore[whatever]"
    }
}
