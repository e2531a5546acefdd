// project: {"components": [{"tag": "receiver", "name": "com.example.wallet.PowerReceiver", "hasIntentFilter": true, "actions": ["android.intent.action.ACTION_POWER_CONNECTED"]}, {"tag": "receiver", "name": ".GuardedReceiver", "exported": true, "hasIntentFilter": true, "actions": ["android.intent.action.BOOT_COMPLETED"]}, {"tag": "receiver", "name": ".PrivateReceiver", "exported": false, "hasIntentFilter": true, "actions": ["android.intent.action.BOOT_COMPLETED"]}]}
package com.example.wallet;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

public class PowerReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
    //          ^^^^^^^^^ manifest-protected-broadcast-unchecked
        BackupJob.start(context, intent.getStringExtra("target"));
    }
}

class GuardedReceiver extends BroadcastReceiver {
    @Override
    // ok: manifest-protected-broadcast-unchecked (getAction() checked)
    public void onReceive(Context context, Intent intent) {
        if (!Intent.ACTION_BOOT_COMPLETED.equals(intent.getAction())) return;
        BackupJob.start(context, null);
    }
}

class PrivateReceiver extends BroadcastReceiver {
    @Override
    // ok: manifest-protected-broadcast-unchecked (not exported)
    public void onReceive(Context context, Intent intent) {
        BackupJob.start(context, null);
    }
}
