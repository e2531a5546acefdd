package com.example.pay.ussd;

import android.content.Intent;
import android.net.Uri;

class UssdDialer {
    void send(Activity activity, String msisdn, String amount, String pin) {
        Intent call = new Intent(Intent.ACTION_CALL);
        call.setData(Uri.parse("tel:*150*01*" + msisdn + "*" + amount + "*" + pin + Uri.encode("#")));
        //                                                                    ^^^ dfs-ussd-invocation: PIN
        activity.startActivity(call);
    }

    void balance(TelephonyManager tm) {
        tm.sendUssdRequest(BALANCE_CODE, callback, handler);
        // ^^^^^^^^^^^^^^^ dfs-ussd-invocation
    }

    void menu(Activity activity) {
        // ok: dfs-ussd-invocation (a phone number)
        activity.startActivity(new Intent(Intent.ACTION_DIAL, Uri.parse("tel:0800123456")));
        // ok: dfs-ussd-invocation (the word PIN in text only)
        String help = "*150*00# and enter your PIN";
    }

    static final String BALANCE_CODE = "*150*00#";
}
