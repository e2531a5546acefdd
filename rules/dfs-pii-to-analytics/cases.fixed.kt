package com.example.pay

import android.os.Bundle
import androidx.core.os.bundleOf
import com.google.firebase.analytics.FirebaseAnalytics
import com.google.firebase.crashlytics.FirebaseCrashlytics

class PaymentTracker(private val analytics: FirebaseAnalytics, private val session: Session) {

    fun started(amount: Double, merchantName: String, msisdn: String) {
        val params = Bundle()
        params.putString("merchant", merchantName)
        //                         ^^^^^^ dfs-pii-to-analytics 💡
        analytics.logEvent("merchant_payment_started", params)

        analytics.logEvent("merchant_payment_done", Bundle().apply {
            putString("merchant", merchantName)
            //                           ^^^^^^^ dfs-pii-to-analytics 💡
        })
        analytics.logEvent("p2p", bundleOf("to" to msisdn))
        //                                         ^^^^^^ dfs-pii-to-analytics: MSISDN
        analytics.setUserId(session.msisdn)
        //                          ^^^^^^ dfs-pii-to-analytics
        //                                                  ^^^^^^^^^^^^^ dfs-pii-to-analytics 💡
        FirebaseCrashlytics.getInstance().setUserId(msisdn)
        //                                          ^^^^^^ dfs-pii-to-analytics
        mixpanel.track("login", JSONObject().apply { put("pin", enteredPin) })
        //                                                      ^^^^^^^^^^ dfs-pii-to-analytics: credential

        // ok: dfs-pii-to-analytics (opaque internal id)
        analytics.setUserId(session.customerId)
        // ok: dfs-pii-to-analytics (aggregate business event without customer data)
        analytics.logEvent("transfer_completed", bundleOf("channel" to "app", "currency" to "TZS"))
        // ok: dfs-pii-to-analytics (the amount band, not the amount)
        analytics.logEvent("transfer_band", bundleOf("band" to amountBand(amount)))
        // ok: dfs-pii-to-analytics (not an analytics SDK)
        repository.track("amount", amount)
    }
}
