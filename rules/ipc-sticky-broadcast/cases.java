package com.example.wallet.events;

import android.app.Service;
import android.content.Intent;

public abstract class SessionService extends Service {
    void expired() {
        Intent intent = new Intent("com.example.wallet.SESSION_EXPIRED");
        // ruleid: ipc-sticky-broadcast 💡
        sendStickyBroadcast(intent);
        // ok: ipc-sticky-broadcast (normal broadcast with a permission)
        sendBroadcast(intent, "com.example.wallet.permission.SESSION");
    }
}
