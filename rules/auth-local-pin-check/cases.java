package com.example.pay.auth;

import android.content.SharedPreferences;

class LocalLogin {
    private String storedPassword;

    boolean login(SharedPreferences prefs, String password, String pin) {
        if (password.equals(storedPassword)) return true;
        //  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ auth-local-pin-check
        if (prefs.getString("user_pin", "").equals(pin)) return true;
        //  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ auth-local-pin-check
        // ok: auth-local-pin-check (confirmation at set-up)
        if (TextUtils.equals(pin, confirmationPin)) return true;
        // ok: auth-local-pin-check (length check)
        return pin.length() == 4;
    }
}
