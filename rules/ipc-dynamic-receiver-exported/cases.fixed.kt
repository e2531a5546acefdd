package com.example.wallet.events

import android.app.Activity
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import androidx.core.content.ContextCompat

class WalletActivity : Activity() {
    private val receiver = PaymentReceiver()

    override fun onStart() {
        super.onStart()
        // ruleid: ipc-dynamic-receiver-exported 💡
        ContextCompat.registerReceiver(this, receiver, IntentFilter("com.example.wallet.PAYMENT_DONE"), ContextCompat.RECEIVER_NOT_EXPORTED)
        val filter = IntentFilter().apply {
            addAction("com.example.wallet.SESSION_EXPIRED")
            addAction(Intent.ACTION_SCREEN_OFF)
        }
        ContextCompat.registerReceiver(applicationContext, receiver, filter, ContextCompat.RECEIVER_NOT_EXPORTED)
        //                 ^^^^^^^^^^^^^^^^ ipc-dynamic-receiver-exported 💡
        applicationContext.registerReceiver(receiver, filter, null, null)
        //                 ^^^^^^^^^^^^^^^^ ipc-dynamic-receiver-exported

        // ok: ipc-dynamic-receiver-exported (explicit flag)
        ContextCompat.registerReceiver(this, receiver, filter, ContextCompat.RECEIVER_NOT_EXPORTED)
        // ok: ipc-dynamic-receiver-exported (explicit flag on the platform API)
        registerReceiver(receiver, filter, Context.RECEIVER_NOT_EXPORTED)
        // ok: ipc-dynamic-receiver-exported (system broadcast only: protected, the system is the only sender)
        registerReceiver(receiver, IntentFilter(Intent.ACTION_BATTERY_CHANGED))
        // ok: ipc-dynamic-receiver-exported (signature permission required of senders)
        registerReceiver(receiver, filter, "com.example.wallet.permission.EVENTS", null)
        // ok: ipc-dynamic-receiver-exported (no receiver: reads the current sticky value once)
        val sticky = registerReceiver(null, IntentFilter(Intent.ACTION_BATTERY_CHANGED))
    }
}
