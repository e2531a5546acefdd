// project: {"targetSdk": 34}
package com.example.wallet.events

import android.content.Context
import android.content.IntentFilter

fun listen(context: Context, receiver: PaymentReceiver) {
    androidx.core.content.ContextCompat.registerReceiver(context, receiver, IntentFilter("com.example.wallet.PAYMENT_DONE"), androidx.core.content.ContextCompat.RECEIVER_NOT_EXPORTED)
    //      ^^^^^^^^^^^^^^^^ ipc-dynamic-receiver-exported 💡: throws SecurityException
    // ok: ipc-dynamic-receiver-exported (flag given)
    context.registerReceiver(receiver, IntentFilter("com.example.wallet.PAYMENT_DONE"), Context.RECEIVER_NOT_EXPORTED)
}
