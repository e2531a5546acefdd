package com.example.wallet.notify

import android.app.PendingIntent
import android.content.Context
import android.content.Intent

class PaymentNotifier(private val context: Context) {
    fun build(txId: String) {
        val open = Intent(context, ReceiptActivity::class.java).putExtra("tx", txId)
        val a = PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_UPDATE_CURRENT)
        //                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-pending-intent-mutable 💡
        val b = PendingIntent.getBroadcast(context, 1, open, 0)
        //                                                   ^ ipc-pending-intent-mutable 💡
        val flags = PendingIntent.FLAG_ONE_SHOT or PendingIntent.FLAG_UPDATE_CURRENT
        val c = PendingIntent.getService(context, 2, open, flags)
        //                                                 ^^^^^ ipc-pending-intent-mutable 💡
        val d = PendingIntent.getActivity(context = context, requestCode = 3, intent = open, flags = 0)
        //                                                                                           ^ ipc-pending-intent-mutable 💡
        val share = Intent("com.example.wallet.ACTION_CONFIRM")
        val e = PendingIntent.getBroadcast(context, 4, share, PendingIntent.FLAG_MUTABLE)
        //                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-pending-intent-mutable 💡: implicit

        // ok: ipc-pending-intent-mutable (immutable)
        val ok1 = PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE)
        // ok: ipc-pending-intent-mutable (inline reply: mutable but explicit)
        val reply = PendingIntent.getBroadcast(context, 5, open, PendingIntent.FLAG_MUTABLE)
        // ok: ipc-pending-intent-mutable (flags chosen by SDK level, immutable where available)
        val sdkFlags = if (android.os.Build.VERSION.SDK_INT >= 23) PendingIntent.FLAG_IMMUTABLE else 0
        val ok2 = PendingIntent.getService(context, 6, open, sdkFlags)
        // ok: ipc-pending-intent-mutable (flags from a parameter: unknown)
        val ok3 = PendingIntent.getActivity(context, 7, open, txFlags())
    }
}
