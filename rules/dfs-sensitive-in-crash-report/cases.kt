package com.example.pay

import android.util.Log
import com.bugsnag.android.Bugsnag
import com.google.firebase.crashlytics.FirebaseCrashlytics
import io.sentry.Breadcrumb
import io.sentry.Sentry

class TransferReporter(private val session: Session) {
    private val crashlytics = FirebaseCrashlytics.getInstance()

    fun onTransferDone(pin: String, msisdn: String, amount: Long, reference: String) {
        FirebaseCrashlytics.getInstance().log("transfer ok pin=$pin")
        //                                                     ^^^^ dfs-sensitive-in-crash-report 💡: PIN
        crashlytics.setCustomKey("msisdn", msisdn)
        //                                 ^^^^^^ dfs-sensitive-in-crash-report 💡: MSISDN
        crashlytics.log("p2p " + session.msisdn + " ok")
        //                               ^^^^^^ dfs-sensitive-in-crash-report
        Sentry.addBreadcrumb("Paid $amount to merchant")
        //                         ^^^^^^^ dfs-sensitive-in-crash-report 💡
        Sentry.setExtra("otp", session.otp)
        //                             ^^^ dfs-sensitive-in-crash-report 💡
        Bugsnag.leaveBreadcrumb("balance after transfer: " + session.getBalance())
        //                                                           ^^^^^^^^^^ dfs-sensitive-in-crash-report
        Bugsnag.addMetadata("account", "number", session.accountNumber)
        //                                               ^^^^^^^^^^^^^ dfs-sensitive-in-crash-report 💡
        FirebaseCrashlytics.getInstance().recordException(IllegalStateException("bad cvv $cvv"))
        //                                                                               ^^^^ dfs-sensitive-in-crash-report 💡
        // ok: dfs-sensitive-in-crash-report (an opaque transaction reference, not customer data)
        crashlytics.log("transfer ok ref=$reference")
        // ok: dfs-sensitive-in-crash-report (metadata about the PIN, not the PIN)
        crashlytics.setCustomKey("pin_length", pin.length)
        // ok: dfs-sensitive-in-crash-report (the word PIN in a literal is only text)
        crashlytics.log("PIN entry failed")
        // ok: dfs-sensitive-in-crash-report (a masked value)
        crashlytics.setCustomKey("msisdn", mask(msisdn))
        // ok: dfs-sensitive-in-crash-report (plain logcat is storage-log-sensitive, not this rule)
        Log.d("Pay", "pin=$pin")
        // ok: dfs-sensitive-in-crash-report (a flag about the PIN)
        crashlytics.setCustomKey("pin_enabled", session.pinEnabled)
        if (BuildConfig.DEBUG) {
            // ok: dfs-sensitive-in-crash-report (debug builds only)
            crashlytics.log("otp=$otp")
        }
    }
}
