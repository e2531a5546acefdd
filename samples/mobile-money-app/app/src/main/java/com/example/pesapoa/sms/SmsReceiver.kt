package com.example.pesapoa.sms

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.provider.Telephony
import android.util.Log

/**
 * Reads the login OTP ("PesaPoa: your code is 482913") from incoming SMS and hands it to
 * LoginActivity, so customers don't have to switch apps.
 */
class SmsReceiver : BroadcastReceiver() {

    override fun onReceive(context: Context, intent: Intent) {
        val messages = Telephony.Sms.Intents.getMessagesFromIntent(intent) ?: return
        for (sms in messages) {
            val sender = sms.originatingAddress ?: continue
            val body = sms.messageBody ?: continue
            if (!sender.contains(SENDER_ID, ignoreCase = true) && !body.contains(SENDER_ID, ignoreCase = true)) {
                continue
            }
            val match = OTP_REGEX.find(body) ?: continue
            val otp = match.groupValues[1]
            Log.d(TAG, "OTP from $sender: $otp")

            val forward = Intent(ACTION_OTP_RECEIVED)
            forward.putExtra("otp", otp)
            forward.putExtra("sender", sender)
            context.sendBroadcast(forward)
        }
    }

    companion object {
        private const val TAG = "SmsReceiver"
        private const val SENDER_ID = "PESAPOA"
        private val OTP_REGEX = Regex("code is (\\d{6})")
        const val ACTION_OTP_RECEIVED = "com.example.pesapoa.OTP_RECEIVED"
    }
}
