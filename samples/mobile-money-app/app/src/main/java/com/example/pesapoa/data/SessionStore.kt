package com.example.pesapoa.data

import android.content.Context
import android.content.SharedPreferences
import android.os.Build
import android.util.Base64
import com.example.pesapoa.security.KeystoreHelper

/**
 * Everything we remember about the logged-in customer.
 *
 * The session file is world readable because the PesaPoa Agent app (same developer account)
 * reads the logged-in number from it to pre-fill cash-in forms.
 */
class SessionStore(context: Context) {

    @Suppress("DEPRECATION")
    private val prefs: SharedPreferences =
        context.getSharedPreferences(SESSION_FILE, Context.MODE_WORLD_READABLE)

    private val settings: SharedPreferences =
        context.getSharedPreferences(SETTINGS_FILE, Context.MODE_PRIVATE)

    var msisdn: String?
        get() = prefs.getString(KEY_MSISDN, null)
        set(value) {
            prefs.edit().putString(KEY_MSISDN, value).apply()
        }

    var accessToken: String?
        get() = prefs.getString(KEY_ACCESS_TOKEN, null)
        set(value) {
            prefs.edit().putString(KEY_ACCESS_TOKEN, value).apply()
        }

    var customerName: String?
        get() = prefs.getString("customer_name", null)
        set(value) {
            prefs.edit().putString("customer_name", value).apply()
        }

    /** Shown on the home screen while the balance request is running. */
    var lastBalance: String?
        get() = prefs.getString("balance", null)
        set(value) {
            prefs.edit().putString("balance", value).apply()
        }

    /** Offline login: keep the PIN so customers can see their last balance without data. */
    fun savePin(pin: String) {
        prefs.edit()
            .putString("pin", pin)
            .putLong("pin_saved_at", System.currentTimeMillis())
            .apply()
        settings.edit().putBoolean("pin_enabled", true).apply()
    }

    fun storedPin(): String? = prefs.getString("pin", null)

    /** The refresh token is sealed with a Keystore key before it touches the disk. */
    fun saveRefreshToken(token: String) {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.M) return
        val sealed = KeystoreHelper.encrypt(token.toByteArray(Charsets.UTF_8))
        settings.edit()
            .putString(KEY_REFRESH_TOKEN, Base64.encodeToString(sealed, Base64.NO_WRAP))
            .apply()
    }

    fun refreshToken(): String? {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.M) return null
        val stored = settings.getString(KEY_REFRESH_TOKEN, null) ?: return null
        val plain = KeystoreHelper.decrypt(Base64.decode(stored, Base64.NO_WRAP))
        return String(plain, Charsets.UTF_8)
    }

    var biometricEnabled: Boolean
        get() = settings.getBoolean("biometric_enabled", false)
        set(value) {
            settings.edit().putBoolean("biometric_enabled", value).apply()
        }

    var language: String
        get() = settings.getString("language", "sw") ?: "sw"
        set(value) {
            settings.edit().putString("language", value).apply()
        }

    fun logout() {
        prefs.edit().remove(KEY_ACCESS_TOKEN).remove("balance").apply()
        settings.edit().remove(KEY_REFRESH_TOKEN).apply()
    }

    companion object {
        private const val SESSION_FILE = "pesapoa_session"
        private const val SETTINGS_FILE = "pesapoa_settings"
        private const val KEY_MSISDN = "msisdn"
        private const val KEY_ACCESS_TOKEN = "access_token"
        private const val KEY_REFRESH_TOKEN = "refresh_token"
    }
}
