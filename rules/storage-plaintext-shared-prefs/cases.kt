package com.example.wallet.session

import android.content.Context
import android.content.SharedPreferences
import androidx.core.content.edit
import androidx.datastore.preferences.core.stringPreferencesKey
import androidx.security.crypto.EncryptedSharedPreferences

private const val KEY_PIN = "user_pin"
private const val KEY_PIN_ENABLED = "pin_enabled"

class SessionStore(private val context: Context) {
    private val prefs = context.getSharedPreferences("session", Context.MODE_PRIVATE)
    private val securePrefs: SharedPreferences = EncryptedSharedPreferences.create(
        context, "secure", masterKey,
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
    )
    private val otpKey = stringPreferencesKey("last_otp")
    //                                        ^^^^^^^^^^ storage-plaintext-shared-prefs: an OTP

    fun save(pin: String, token: String, accountNumber: String, attempts: Int) {
        prefs.edit { putString(KEY_PIN, pin) }
        //                     ^^^^^^^ storage-plaintext-shared-prefs: a PIN
        prefs.edit().putString("access_token", token).apply()
        //                     ^^^^^^^^^^^^^^ storage-plaintext-shared-prefs: a token
        prefs.edit().apply {
            putString(key = "account_number", value = accountNumber)
            //              ^^^^^^^^^^^^^^^^ storage-plaintext-shared-prefs
        }.apply()
        val editor = prefs.edit()
        editor.putInt("pin", pin.toInt())
        //            ^^^^^ storage-plaintext-shared-prefs

        // ok: storage-plaintext-shared-prefs (a flag, not the PIN)
        prefs.edit { putBoolean(KEY_PIN_ENABLED, true) }
        // ok: storage-plaintext-shared-prefs (flag-like keys: has_pin, pin_length, pin_attempts)
        prefs.edit().putInt("pin_length", pin.length).putInt("pin_attempts", attempts).apply()
        // ok: storage-plaintext-shared-prefs (EncryptedSharedPreferences)
        securePrefs.edit { putString(KEY_PIN, pin) }
        // ok: storage-plaintext-shared-prefs (encrypted before storing)
        prefs.edit { putString("pin", encryptWithKeystore(pin)) }
        // ok: storage-plaintext-shared-prefs (clearing the value)
        prefs.edit { putString("access_token", "") }
        // ok: storage-plaintext-shared-prefs (a Bundle, not preferences)
        val args = Bundle().apply { putString("pin", pin) }
        // ok: storage-plaintext-shared-prefs (not sensitive)
        prefs.edit { putString("language", "sw") }
    }
}
