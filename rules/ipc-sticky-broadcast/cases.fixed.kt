package com.example.wallet.events

import android.content.Context
import android.content.Intent

class BalanceBroadcaster(private val context: Context) {
    fun publish(balance: Long) {
        val intent = Intent("com.example.wallet.BALANCE").putExtra("balance", balance)
        context.sendBroadcast(intent)
        //      ^^^^^^^^^^^^^^^^^^^ ipc-sticky-broadcast 💡
        context.sendStickyOrderedBroadcast(intent, null, null, 0, null, null)
        //      ^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-sticky-broadcast

        // ok: ipc-sticky-broadcast (normal broadcast scoped to the app)
        context.sendBroadcast(intent.setPackage(context.packageName))
        // ok: ipc-sticky-broadcast (removing a sticky broadcast is clean-up)
        context.removeStickyBroadcast(intent)
    }
}
