package com.example.pay.auth

class PinVerifier(private val prefs: SharedPreferences) {
    private var cachedPin: String? = null

    fun verify(enteredPin: String): Boolean {
        if (enteredPin == prefs.getString("pin", null)) return true
        //  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ auth-local-pin-check: on the server
        if (sha256(enteredPin) == prefs.getString("pin_hash", "")) return true
        //  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ auth-local-pin-check
        return enteredPin == cachedPin
        //     ^^^^^^^^^^^^^^^^^^^^^^^ auth-local-pin-check
    }

    fun verifyPassword(password: String, storedHash: ByteArray) =
        MessageDigest.isEqual(hash(password), storedHash)
    //  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ auth-local-pin-check

    fun setUp(pin: String, confirmPin: String): Boolean {
        // ok: auth-local-pin-check (set-up confirmation: both values were just typed)
        if (pin != confirmPin) return false
        // ok: auth-local-pin-check (a format check)
        if (pin.length == 4) return true
        // ok: auth-local-pin-check (an emptiness check)
        return pin == ""
    }

    // ok: auth-local-pin-check (a literal: reported by auth-developer-backdoor)
    fun backdoor(pin: String) = pin == "1234"

    // ok: auth-local-pin-check (no PIN involved)
    fun sameAccount(savedAccount: String, account: String) = savedAccount == account
}
