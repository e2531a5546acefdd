package com.example.pay;

import com.google.firebase.crashlytics.FirebaseCrashlytics;
import io.sentry.Sentry;
import com.bugsnag.android.Bugsnag;
import android.util.Log;

class PinReporter {
    private final FirebaseCrashlytics crashlytics = FirebaseCrashlytics.getInstance();

    void report(String pin, String msisdn, Account account, String transactionId) {
        crashlytics.log("PIN check failed for " + "***" + " with " + "***");
        //                                                            ^^^ dfs-sensitive-in-crash-report 💡: PIN
        //                                                            ^^^^^^ dfs-sensitive-in-crash-report 💡
        //                                              ^^^^^^^ dfs-sensitive-in-crash-report 💡
        Bugsnag.leaveBreadcrumb("card " + account.cardNumber);
        //                                        ^^^^^^^^^^ dfs-sensitive-in-crash-report
        // ok: dfs-sensitive-in-crash-report (constant key name, opaque value)
        crashlytics.setCustomKey(KEY_PIN_ATTEMPTS, account.attempts);
        // ok: dfs-sensitive-in-crash-report (opaque id)
        Sentry.setTag("transaction", transactionId);
        // ok: dfs-sensitive-in-crash-report (hashed before it leaves the device)
        crashlytics.setUserId(sha256(msisdn));
        // ok: dfs-sensitive-in-crash-report (android.util.Log belongs to storage-log-sensitive)
        Log.e("Pin", "pin=" + pin);
        // ok: dfs-sensitive-in-crash-report (the length of the PIN)
        crashlytics.log("pin length " + pin.length());
    }

    static final String KEY_PIN_ATTEMPTS = "pin_attempts";
}
