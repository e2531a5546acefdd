package com.example.wallet.auth;

import android.util.Log;

public class TransferService {
    private static final String TAG = "Transfer";

    void send(Transfer t, String pin, Card card) {
        Log.d(TAG, "sending with pin " + pin);
        //                               ^^^ storage-log-sensitive 💡
        Log.i(TAG, String.format("card %s exp %s", card.getCardNumber(), card.expiry));
        //                                              ^^^^^^^^^^^^^ storage-log-sensitive 💡: card number
        System.out.println("balance: " + t.balance);
        //                                 ^^^^^^^ storage-log-sensitive 💡
        Log.w(TAG, "auth token " + t.authToken, new IllegalStateException());
        //                           ^^^^^^^^^ storage-log-sensitive 💡
        if (t.isRetry())
            Log.e(TAG, "retry with cvv " + card.cvv);
        //                                      ^^^ storage-log-sensitive

        // ok: storage-log-sensitive (literal words)
        Log.e(TAG, "Wrong PIN entered");
        // ok: storage-log-sensitive (metadata: has/enabled/length)
        Log.d(TAG, "hasPin=" + card.hasPin() + " pinLength=" + pin.length());
        // ok: storage-log-sensitive (hashed first)
        Log.d(TAG, "token hash " + sha256(t.authToken));
        // ok: storage-log-sensitive (a method whose name mentions a PIN is not the PIN)
        Log.d(TAG, "valid: " + validatePin(pin));
        // ok: storage-log-sensitive (exception objects are not sensitive values)
        Log.e(TAG, "send failed", pinException);
        if (BuildConfig.DEBUG) {
            // ok: storage-log-sensitive (debug only)
            Log.d(TAG, "pin " + pin);
        }
    }

    void trace(String otp) {
        if (!BuildConfig.DEBUG) return;
        // ok: storage-log-sensitive (early return in release)
        Log.v(TAG, "otp " + otp);
    }
}
