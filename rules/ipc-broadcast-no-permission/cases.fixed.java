package com.example.wallet.events;

import android.app.Activity;
import android.content.Intent;
import androidx.localbroadcastmanager.content.LocalBroadcastManager;

public class TopUpActivity extends Activity {
    static final String ACTION_TOPUP = "com.example.wallet.TOPUP";

    void done(String msisdn) {
        Intent i = new Intent(ACTION_TOPUP);
        i.putExtra("msisdn", msisdn);
        sendBroadcast(i.setPackage(getPackageName()));
        //            ^ ipc-broadcast-no-permission 💡
        sendOrderedBroadcast(new Intent(ACTION_TOPUP).setPackage(getPackageName()), null, null, null, 0, null, null);
        //                   ^^^^^^^^^^^^^^^^^^^^^^^^ ipc-broadcast-no-permission 💡

        // ok: ipc-broadcast-no-permission (permission required)
        sendBroadcast(i, "com.example.wallet.permission.TOPUP");
        // ok: ipc-broadcast-no-permission (explicit)
        sendBroadcast(new Intent(this, TopUpReceiver.class));
        LocalBroadcastManager lbm = LocalBroadcastManager.getInstance(this);
        // ok: ipc-broadcast-no-permission (in-process)
        lbm.sendBroadcast(i);
        Intent scoped = new Intent(ACTION_TOPUP);
        scoped.setPackage(getPackageName());
        // ok: ipc-broadcast-no-permission (package set)
        sendBroadcast(scoped);
    }
}
