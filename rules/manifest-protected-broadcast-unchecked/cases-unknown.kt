package com.example.wallet.sms

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent

class BootReceiver : BroadcastReceiver() {
    // ok: manifest-protected-broadcast-unchecked (manifest not known)
    override fun onReceive(context: Context, intent: Intent) {
        SyncWorker.enqueue(context)
    }
}
