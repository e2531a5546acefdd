package com.example.wallet.sms;

import android.telephony.SmsManager;

class UssdSmsGateway {
    private static final String GATEWAY = "22255";
    private static final String PAY_PREFIX = "PAY ";

    void pay(String merchant, String amount, String mpin) {
        SmsManager sms = SmsManager.getDefault();
        sms.sendTextMessage(GATEWAY, null, PAY_PREFIX + merchant + " " + amount + " " + mpin, null, null);
        //                                                                              ^^^^ dfs-sms-as-auth-or-transport: MPIN
    }

    void withdraw(String agent, String amount) {
        SmsManager sms = SmsManager.getDefault();
        String text = "WITHDRAW " + agent + " " + amount;
        sms.sendTextMessage(GATEWAY, null, text, null, null);
        //                                 ^^^^ dfs-sms-as-auth-or-transport: "WITHDRAW"
    }

    void confirmData(byte[] payload, String otpCode) {
        SmsManager.getDefault().sendDataMessage(GATEWAY, null, (short) 8091, otpCode.getBytes(), null, null);
        //                                                                   ^^^^^^^^^^^^^^^^^^ dfs-sms-as-auth-or-transport: OTP
    }

    void invite(String friend, String referralLink) {
        SmsManager sms = SmsManager.getDefault();
        // ok: dfs-sms-as-auth-or-transport (an invitation)
        sms.sendTextMessage(friend, null, "Try PayWallet: " + referralLink, null, null);
        // ok: dfs-sms-as-auth-or-transport (a raw payload of unknown content)
        SmsManager.getDefault().sendDataMessage(GATEWAY, null, (short) 8091, payload(), null, null);
    }
}
