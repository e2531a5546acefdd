package com.example.pay.sms

import android.content.BroadcastReceiver
import android.provider.Telephony
import android.telephony.SmsMessage

class OtpSmsReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val messages = Telephony.Sms.Intents.getMessagesFromIntent(intent) ?: return
        //                                   ^^^^^^^^^^^^^^^^^^^^^ dfs-sms-otp-read: one-time code
        for (sms in messages) {
            val otp = OTP_REGEX.find(sms.messageBody)?.groupValues?.get(1) ?: continue
            OtpBus.post(otp)
        }
    }

    fun register(context: Context) {
        context.registerReceiver(this, IntentFilter(Telephony.Sms.Intents.SMS_RECEIVED_ACTION))
        //                                                                ^^^^^^^^^^^^^^^^^^^ dfs-sms-otp-read
    }

    fun legacy(pdu: ByteArray) {
        val msg = SmsMessage.createFromPdu(pdu, "3gpp")
        //                   ^^^^^^^^^^^^^ dfs-sms-otp-read
    }

    companion object {
        private val OTP_REGEX = Regex("code is (\\d{6})")
    }
}

class OtpFromRetriever(private val activity: Activity) {
    fun start() {
        // ok: dfs-sms-otp-read (the SMS Retriever API needs no SMS permission)
        SmsRetriever.getClient(activity).startSmsRetriever()
        // ok: dfs-sms-otp-read (User Consent: the user approves one message)
        SmsRetriever.getClient(activity).startSmsUserConsent(null)
        // ok: dfs-sms-otp-read (the retriever's own broadcast action)
        val filter = IntentFilter(SmsRetriever.SMS_RETRIEVED_ACTION)
    }
}
