package com.example.wallet.events

import android.content.Context
import android.content.Intent
import androidx.localbroadcastmanager.content.LocalBroadcastManager

const val ACTION_PAID = "com.example.wallet.PAYMENT_DONE"

class PaymentEvents(private val context: Context) {
    fun paid(txId: String, amount: Long) {
        val intent = Intent(ACTION_PAID).putExtra("tx", txId).putExtra("amount", amount)
        context.sendBroadcast(intent)
        //                    ^^^^^^ ipc-broadcast-no-permission 💡
        context.sendOrderedBroadcast(Intent("com.example.wallet.BALANCE"), null)
        //                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-broadcast-no-permission 💡
        val update = Intent().apply {
            action = ACTION_PAID
            putExtra("tx", txId)
        }
        context.sendBroadcast(update)
        //                    ^^^^^^ ipc-broadcast-no-permission 💡

        // ok: ipc-broadcast-no-permission (receiver permission)
        context.sendBroadcast(intent, "com.example.wallet.permission.RECEIVE_PAYMENTS")
        // ok: ipc-broadcast-no-permission (scoped to this app)
        val scoped = Intent(ACTION_PAID).setPackage(context.packageName)
        context.sendBroadcast(scoped)
        // ok: ipc-broadcast-no-permission (package set later in the function)
        val later = Intent(ACTION_PAID)
        later.setPackage(context.packageName)
        context.sendBroadcast(later)
        // ok: ipc-broadcast-no-permission (explicit intent)
        context.sendBroadcast(Intent(context, PaymentReceiver::class.java))
        // ok: ipc-broadcast-no-permission (LocalBroadcastManager stays in process)
        LocalBroadcastManager.getInstance(context).sendBroadcast(intent)
        // ok: ipc-broadcast-no-permission (intent from elsewhere: origin unknown)
        context.sendBroadcast(buildIntent())
    }
}
