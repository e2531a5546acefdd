package com.example.wallet.sms

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.telephony.SmsManager

class RelayReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        // ok: ipc-exported-component-sms-call (manifest not known: exported-ness unknown)
        SmsManager.getDefault().sendTextMessage(intent.getStringExtra("to"), null, "x", null, null)
    }
}
