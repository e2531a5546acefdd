package com.example.wallet.notify;

import static androidx.core.app.NotificationCompat.VISIBILITY_PUBLIC;

import android.app.Notification;
import android.content.Context;
import androidx.core.app.NotificationCompat;

class BalanceNotifier {
    private final Context context;
    private String msisdn;

    BalanceNotifier(Context context) {
        this.context = context;
    }

    Notification received(Transfer t) {
        return new NotificationCompat.Builder(context, "payments")
            .setContentTitle("Money received")
            .setContentText("You received " + t.getAmount() + " from " + msisdn)
            //                                  ^^^^^^^^^ storage-notification-sensitive 💡: VISIBILITY_PUBLIC
            .setVisibility(VISIBILITY_PUBLIC)
            .build();
    }

    Notification otp(String otpCode) {
        NotificationCompat.Builder b = new NotificationCompat.Builder(context, "security");
        b.setContentTitle("Login code");
        b.setStyle(new NotificationCompat.BigTextStyle().bigText("Use " + otpCode + " to log in"));
        //                                                                ^^^^^^^ storage-notification-sensitive: no redacted public version
        return b.build();
    }

    Notification platform(long balance) {
        Notification n = new Notification.Builder(context, "payments").setContentText("Balance " + balance).setVisibility(Notification.VISIBILITY_PUBLIC).build();
        //                                                                                         ^^^^^^^ storage-notification-sensitive 💡
        return n;
    }

    Notification secret(long balance) {
        // ok: storage-notification-sensitive (VISIBILITY_SECRET)
        return new NotificationCompat.Builder(context, "payments")
            .setContentText("Balance " + balance)
            .setVisibility(NotificationCompat.VISIBILITY_SECRET)
            .build();
    }

    Notification redacted(String amount) {
        Notification publicVersion = new NotificationCompat.Builder(context, "payments").setContentTitle("Payment received").build();
        // ok: storage-notification-sensitive (redacted public version)
        return new NotificationCompat.Builder(context, "payments")
            .setContentText("Received " + amount)
            .setPublicVersion(publicVersion)
            .build();
    }

    Notification reminder(int pinAttemptsLeft) {
        // ok: storage-notification-sensitive (no value: a counter and literal words only)
        return new NotificationCompat.Builder(context, "security")
            .setContentText("Your PIN expires soon, " + pinAttemptsLeft + " attempts left")
            .setVisibility(VISIBILITY_PUBLIC)
            .build();
    }

    void dialog(String balance) {
        // ok: storage-notification-sensitive (not a notification builder)
        sweetAlert.setContentText(balance);
    }
}
