package com.example.wallet.auth

import android.util.Log
import timber.log.Timber

private const val TAG = "PinLogin"

class PinLoginViewModel(private val api: AuthApi) {
    fun submit(pin: String, msisdn: String, user: User) {
        if (BuildConfig.DEBUG) {
            Log.d(TAG, "verifying pin $pin for $msisdn")
        }
        //                        ^^^^ storage-log-sensitive 💡: (PIN)
        if (BuildConfig.DEBUG) {
            Log.i(TAG, "login for ${user.accountNumber}")
        }
        //                           ^^^^^^^^^^^^^ storage-log-sensitive 💡: account number
        if (BuildConfig.DEBUG) {
            Timber.d("otp received: %s", user.otp)
        }
        //                                ^^^ storage-log-sensitive 💡
        if (BuildConfig.DEBUG) {
            Timber.tag("auth").w("token=" + api.accessToken)
        }
        //                                  ^^^^^^^^^^^ storage-log-sensitive 💡
        if (BuildConfig.DEBUG) {
            println("password: " + user.password)
        }
        //                          ^^^^^^^^ storage-log-sensitive 💡
        val result = api.login(pin).also { Log.v(TAG, "cvv ${it.cvv}") }
        //                                                      ^^^ storage-log-sensitive
        if (user.locked) Log.e(TAG, pin) // no fix: wrapping a braceless if body is left to you
        //                          ^^^ storage-log-sensitive

        val message = "pin=$pin"
        // todo-ruleid: storage-log-sensitive (message built in a local first; needs data flow)
        Log.d(TAG, message)
        // ok: storage-log-sensitive (words inside a literal are not values)
        Log.w(TAG, "PIN incorrect, try again")
        // ok: storage-log-sensitive (flags and metadata, not the secret)
        Log.d(TAG, "pinEnabled=$pinEnabled hasPin=${user.hasPin} attempts=$pinAttempts")
        // ok: storage-log-sensitive (the length of the PIN, not the PIN)
        Log.d(TAG, "pin length ${pin.length}")
        // ok: storage-log-sensitive (masked before logging)
        Log.i(TAG, "paying to ${maskAccount(user.accountNumber)}")
        // ok: storage-log-sensitive (spinner, pinned, tokenizer are not sensitive words)
        Log.d(TAG, "spinner=$spinner pinned=$pinned tokenizer=$tokenizer")
        // ok: storage-log-sensitive (the tag is not the message)
        Log.d(PIN_TAG, "screen opened")
        // ok: storage-log-sensitive (a UI component, not its value)
        Log.d(TAG, "pinView visible: " + pinView.isShown)
        // ok: storage-log-sensitive (debug builds only)
        if (BuildConfig.DEBUG) Log.d(TAG, "pin=$pin")
        if (BuildConfig.DEBUG) {
            // ok: storage-log-sensitive (debug builds only)
            Timber.d("otp %s", user.otp)
        }
    }
}
