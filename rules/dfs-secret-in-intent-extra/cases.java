package com.example.pay;

import android.content.Intent;

class OtpForwarder {
    static final String ACTION_OTP = "com.example.pay.OTP_RECEIVED";

    void forward(Context context, String otp, String sender, String cvv) {
        Intent forward = new Intent(ACTION_OTP);
        forward.putExtra("otp", otp);
        //                      ^^^ dfs-secret-in-intent-extra
        // ok: dfs-secret-in-intent-extra (the sender is not a secret)
        forward.putExtra("sender", sender);
        context.sendBroadcast(forward);

        context.sendBroadcast(new Intent(Intent.ACTION_VIEW).putExtra("cvv", cvv));
        //                                                                   ^^^ dfs-secret-in-intent-extra
        Intent withAction = new Intent();
        withAction.setAction("com.partner.PAY");
        withAction.putExtra("password", user.getPassword());
        //                                   ^^^^^^^^^^^ dfs-secret-in-intent-extra

        // ok: dfs-secret-in-intent-extra (explicit class)
        Intent explicit = new Intent(context, LoginActivity.class);
        explicit.putExtra("otp", otp);
        // ok: dfs-secret-in-intent-extra (explicit class)
        context.startActivity(new Intent(context, LoginActivity.class).putExtra("pin", pin));
        Intent scoped = new Intent(ACTION_OTP);
        scoped.setPackage(context.getPackageName());
        // ok: dfs-secret-in-intent-extra (restricted to our package)
        scoped.putExtra("otp", otp);
        // ok: dfs-secret-in-intent-extra (component set)
        Intent byComponent = new Intent(ACTION_OTP).setComponent(new ComponentName(context, OtpReceiver.class)).putExtra("otp", otp);
    }
}
