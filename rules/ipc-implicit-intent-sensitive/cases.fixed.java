package com.example.wallet.flow;

import android.app.Activity;
import android.content.Intent;

public class OtpForwarder extends Activity {
    static final String EXTRA_OTP = "otp";

    void forward(String code) {
        Intent i = new Intent("com.example.wallet.OTP_READY");
        i.putExtra(EXTRA_OTP, code);
        startActivity(i.setPackage(getPackageName()));
        //            ^ ipc-implicit-intent-sensitive 💡: OTP

        Intent j = new Intent(this, OtpActivity.class);
        j.putExtra(EXTRA_OTP, code);
        // ok: ipc-implicit-intent-sensitive (explicit)
        startActivity(j);
    }
}
