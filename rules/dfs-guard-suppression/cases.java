// rules: crypto-ecb-mode, dfs-guard-suppression
package com.example.pay;

import javax.crypto.Cipher;

class LegacySwitch {
    Cipher blockCipher() throws Exception {
        /* dfs-guard-ignore[crypto-ecb-mode]: ISO 9564 format-0 PIN block mandated by the switch */
        // ok: crypto-ecb-mode (block-comment suppression on the line above)
        return Cipher.getInstance("DESede/ECB/NoPadding");
    }

    @SuppressWarnings({"unchecked", "dfs-guard:crypto-ecb-mode"}) // EMV test vectors only, SEC-91
    Cipher vectors() throws Exception {
        // ok: crypto-ecb-mode (suppressed on the method)
        return Cipher.getInstance("AES");
    }

    Cipher twoIds() throws Exception {
        // ok: crypto-ecb-mode (two ids in one marker)
        return Cipher.getInstance("DES"); // dfs-guard-ignore[crypto-ecb-mode, crypto-weak-cipher]: HSM wrapper, SEC-12
    }

    Cipher noBrackets() throws Exception {
        return Cipher.getInstance("AES"); // dfs-guard-ignore[]: empty id list
        //                        ^^^^^ crypto-ecb-mode
        //                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dfs-guard-suppression: Malformed
    }
}
