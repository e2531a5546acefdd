// project: {"targetSdk": 34}
package com.example.wallet.notify

import android.app.PendingIntent

fun reminder(context: android.content.Context, intent: android.content.Intent): PendingIntent =
    PendingIntent.getActivity(context, 0, intent, PendingIntent.FLAG_CANCEL_CURRENT or PendingIntent.FLAG_IMMUTABLE)
//                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-pending-intent-mutable 💡: throws IllegalArgumentException

// ok: ipc-pending-intent-mutable (immutable)
fun ok(context: android.content.Context, intent: android.content.Intent) = PendingIntent.getActivity(context, 0, intent, PendingIntent.FLAG_IMMUTABLE)
