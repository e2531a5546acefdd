// project: {"targetSdk": 34, "components": [{"tag": "receiver", "name": ".sms.RelayReceiver", "exported": true, "hasIntentFilter": true}, {"tag": "activity", "name": "com.example.wallet.sms.QuickDialActivity", "hasIntentFilter": true, "exported": true}, {"tag": "service", "name": ".sms.PrivateSender", "exported": false, "hasIntentFilter": false}, {"tag": "receiver", "name": ".sms.GuardedReceiver", "exported": true, "hasIntentFilter": true, "permission": "com.example.wallet.permission.INTERNAL"}]}
package com.example.wallet.sms

import android.app.Activity
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.telephony.SmsManager

class RelayReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val to = intent.getStringExtra("to")
        val body = intent.getStringExtra("body")
        SmsManager.getDefault().sendTextMessage(to, null, body, null, null)
        //                                      ^^ ipc-exported-component-sms-call: premium-rate SMS
    }
}

class QuickDialActivity : Activity() {
    override fun onStart() {
        super.onStart()
        val number = intent.data?.schemeSpecificPart
        val call = Intent(Intent.ACTION_CALL, Uri.parse("tel:$number"))
        //                                    ^^^^^^^^^^^^^^^^^^^^^^^^ ipc-exported-component-sms-call: ACTION_CALL
        startActivity(call)
        findViewById<View>(R.id.redial).setOnClickListener(object : View.OnClickListener {
            override fun onClick(v: View) {
                val again = Intent(Intent.ACTION_CALL)
                again.data = Uri.parse("tel:" + intent.getStringExtra("last"))
                //           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-exported-component-sms-call
                startActivity(again)
            }
        })
        // ok: ipc-exported-component-sms-call (ACTION_DIAL: the dialer asks the user)
        startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:" + intent.getStringExtra("n"))))
        // ok: ipc-exported-component-sms-call (a fixed number, nothing from the caller)
        startActivity(Intent(Intent.ACTION_CALL, Uri.parse("tel:*150*00#")))
    }
}

class PrivateSender : Activity() {
    fun send() {
        // ok: ipc-exported-component-sms-call (not exported)
        SmsManager.getDefault().sendTextMessage(intent.getStringExtra("to"), null, "hi", null, null)
    }
}

class GuardedReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        // ok: ipc-exported-component-sms-call (protected by a permission)
        SmsManager.getDefault().sendTextMessage(intent.getStringExtra("to"), null, "hi", null, null)
    }
}

class Unlisted : Activity() {
    fun send() {
        // ok: ipc-exported-component-sms-call (not a manifest component)
        SmsManager.getDefault().sendTextMessage(intent.getStringExtra("to"), null, "hi", null, null)
    }
}
