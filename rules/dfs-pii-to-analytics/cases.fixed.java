package com.example.pay;

import android.os.Bundle;
import com.google.firebase.analytics.FirebaseAnalytics;

class CheckoutAnalytics {
    private FirebaseAnalytics firebaseAnalytics;

    void onPaid(String msisdn, String cardNumber, long amountMinor, String transactionId) {
        Bundle bundle = new Bundle();
        //                                  ^^^^^^ dfs-pii-to-analytics 💡
        //                       ^^^^^^^^^^ dfs-pii-to-analytics 💡
        // ok: dfs-pii-to-analytics (opaque transaction id)
        bundle.putString("transaction", transactionId);
        firebaseAnalytics.logEvent("purchase", bundle);
        //                                                     ^^^^^^^^^^^^^^ dfs-pii-to-analytics 💡
        Amplitude.getInstance().identify(msisdn);
        //                               ^^^^^^ dfs-pii-to-analytics
        // ok: dfs-pii-to-analytics (hashed before it leaves the device)
        firebaseAnalytics.setUserId(sha256(msisdn));
        // ok: dfs-pii-to-analytics (a flag, not the value)
        firebaseAnalytics.setUserProperty("has_card", String.valueOf(hasCard));
    }
}
