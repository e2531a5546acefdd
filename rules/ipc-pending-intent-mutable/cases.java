package com.example.wallet.notify;

import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;

public class OtpNotifier {
    private static final int UPDATE = PendingIntent.FLAG_UPDATE_CURRENT;

    void notify(Context context, String txId) {
        Intent open = new Intent(context, OtpActivity.class);
        PendingIntent a = PendingIntent.getActivity(context, 0, open, 0);
        //                                                            ^ ipc-pending-intent-mutable 💡
        PendingIntent b = PendingIntent.getBroadcast(context, 1, open, PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_ONE_SHOT);
        //                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-pending-intent-mutable 💡
        PendingIntent c = PendingIntent.getService(context, 2, open, UPDATE);
        //                                                           ^^^^^^ ipc-pending-intent-mutable 💡
        Intent implicit = new Intent(Intent.ACTION_VIEW);
        PendingIntent d = PendingIntent.getActivity(context, 3, implicit, PendingIntent.FLAG_MUTABLE | PendingIntent.FLAG_UPDATE_CURRENT);
        //                                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-pending-intent-mutable 💡

        // ok: ipc-pending-intent-mutable (immutable)
        PendingIntent ok1 = PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_IMMUTABLE);
        // ok: ipc-pending-intent-mutable (mutable, but the implicit intent got a package)
        Intent reply = new Intent("com.example.REPLY");
        reply.setPackage(context.getPackageName());
        PendingIntent ok2 = PendingIntent.getBroadcast(context, 4, reply, PendingIntent.FLAG_MUTABLE);
        // ok: ipc-pending-intent-mutable (not android.app.PendingIntent)
        Object ok3 = Scheduler.getActivity(context, 0, open, 0);
    }
}
