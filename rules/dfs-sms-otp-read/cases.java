package com.example.pay.sms;

import android.database.Cursor;
import android.net.Uri;
import android.provider.Telephony;
import android.telephony.SmsMessage;

class OtpReader {
    private static final String SMS_ACTION = "android.provider.Telephony.SMS_RECEIVED";
    //                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dfs-sms-otp-read

    String latestOtp(Context context) {
        Cursor c = context.getContentResolver().query(Uri.parse("content://sms/inbox"), null, null, null, "date DESC");
        //                                                      ^^^^^^^^^^^^^^^^^^^^^ dfs-sms-otp-read: one-time code
        return extractVerificationCode(c);
    }

    void onReceive(Context context, Intent intent) {
        SmsMessage[] parts = Telephony.Sms.Intents.getMessagesFromIntent(intent);
        //                                         ^^^^^^^^^^^^^^^^^^^^^ dfs-sms-otp-read
        // ok: dfs-sms-otp-read (the word sms in a message is only text)
        Log.i("Otp", "waiting for sms");
        // ok: dfs-sms-otp-read (SMS Retriever)
        SmsRetriever.getClient(context).startSmsRetriever();
    }
}
