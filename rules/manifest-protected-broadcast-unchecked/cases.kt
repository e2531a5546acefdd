// project: {"components": [{"tag": "receiver", "name": ".sms.SmsReceiver", "exported": true, "hasIntentFilter": true, "actions": ["android.provider.Telephony.SMS_RECEIVED"]}, {"tag": "receiver", "name": ".sms.BootReceiver", "exported": true, "hasIntentFilter": true, "actions": ["android.intent.action.BOOT_COMPLETED"]}, {"tag": "receiver", "name": ".sms.CheckedReceiver", "exported": true, "hasIntentFilter": true, "actions": ["android.intent.action.BOOT_COMPLETED"]}, {"tag": "receiver", "name": ".sms.AppReceiver", "exported": true, "hasIntentFilter": true, "actions": ["com.example.wallet.action.SYNC"]}, {"tag": "receiver", "name": ".sms.WhenReceiver", "exported": true, "hasIntentFilter": true, "actions": ["android.intent.action.MY_PACKAGE_REPLACED"]}]}
package com.example.wallet.sms

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent

class SmsReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
    //           ^^^^^^^^^ manifest-protected-broadcast-unchecked: SMS_RECEIVED
        val pdus = intent.extras?.get("pdus") as? Array<*> ?: return
        OtpBus.post(parse(pdus))
    }
}

class BootReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
    //           ^^^^^^^^^ manifest-protected-broadcast-unchecked
        SyncWorker.enqueue(context)
    }
}

class CheckedReceiver : BroadcastReceiver() {
    // ok: manifest-protected-broadcast-unchecked (the action is checked)
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != Intent.ACTION_BOOT_COMPLETED) return
        SyncWorker.enqueue(context)
    }
}

class WhenReceiver : BroadcastReceiver() {
    // ok: manifest-protected-broadcast-unchecked (when (intent?.action) counts as a check)
    override fun onReceive(context: Context, intent: Intent?) {
        when (intent?.action) {
            Intent.ACTION_MY_PACKAGE_REPLACED -> Migrations.run(context)
        }
    }
}

class AppReceiver : BroadcastReceiver() {
    // ok: manifest-protected-broadcast-unchecked (an app-defined action, not a protected one)
    override fun onReceive(context: Context, intent: Intent) {
        SyncWorker.enqueue(context)
    }
}

class DynamicReceiver : BroadcastReceiver() {
    // ok: manifest-protected-broadcast-unchecked (not declared in the manifest: registered at run time)
    override fun onReceive(context: Context, intent: Intent) {
        refresh()
    }
}
