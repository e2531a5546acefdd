package com.example.wallet.events;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.content.IntentFilter;
import androidx.localbroadcastmanager.content.LocalBroadcastManager;

public class OtpListener {
    private final Context context;
    private final BroadcastReceiver receiver;

    OtpListener(Context context, BroadcastReceiver receiver) {
        this.context = context;
        this.receiver = receiver;
    }

    void start() {
        IntentFilter filter = new IntentFilter("com.example.wallet.OTP");
        androidx.core.content.ContextCompat.registerReceiver(context, receiver, filter, androidx.core.content.ContextCompat.RECEIVER_NOT_EXPORTED);
        //      ^^^^^^^^^^^^^^^^ ipc-dynamic-receiver-exported 💡
        IntentFilter net = new IntentFilter(Intent.ACTION_SCREEN_ON);
        net.addAction("com.example.wallet.REFRESH");
        androidx.core.content.ContextCompat.registerReceiver(context, receiver, net, androidx.core.content.ContextCompat.RECEIVER_NOT_EXPORTED);
        //      ^^^^^^^^^^^^^^^^ ipc-dynamic-receiver-exported 💡

        // ok: ipc-dynamic-receiver-exported (in-process LocalBroadcastManager)
        LocalBroadcastManager.getInstance(context).registerReceiver(receiver, filter);
        // ok: ipc-dynamic-receiver-exported (exported on purpose, stated explicitly)
        context.registerReceiver(receiver, filter, Context.RECEIVER_EXPORTED);
        IntentFilter system = new IntentFilter(Intent.ACTION_SCREEN_OFF);
        system.addAction(Intent.ACTION_USER_PRESENT);
        // ok: ipc-dynamic-receiver-exported (system actions only)
        context.registerReceiver(receiver, system);
    }
}
