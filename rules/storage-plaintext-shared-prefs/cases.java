package com.example.wallet.session;

import android.content.Context;
import android.content.SharedPreferences;
import android.os.Bundle;
import android.preference.PreferenceManager;

public class LoginPrefs {
    static final String PREF_PASSWORD = "password";
    private final SharedPreferences prefs;

    LoginPrefs(Context context) {
        prefs = PreferenceManager.getDefaultSharedPreferences(context);
    }

    void remember(String password, String cardNumber, String refreshToken) {
        prefs.edit().putString(PREF_PASSWORD, password).apply();
        //                     ^^^^^^^^^^^^^ storage-plaintext-shared-prefs: a password
        SharedPreferences.Editor editor = prefs.edit();
        editor.putString("card_number", cardNumber);
        //               ^^^^^^^^^^^^^ storage-plaintext-shared-prefs: a card number
        editor.putString(Keys.REFRESH_TOKEN, refreshToken);
        //               ^^^^^^^^^^^^^^^^^^ storage-plaintext-shared-prefs
        editor.apply();

        // ok: storage-plaintext-shared-prefs (boolean flag)
        prefs.edit().putBoolean("has_pin", true).apply();
        // ok: storage-plaintext-shared-prefs (hashed value)
        prefs.edit().putString("password", sha256(password)).apply();
        // ok: storage-plaintext-shared-prefs (an intent extra Bundle)
        Bundle extras = new Bundle();
        extras.putString("password", password);
        // ok: storage-plaintext-shared-prefs (pin_enabled is a flag)
        editor.putString("pin_enabled", String.valueOf(true));
    }
}
