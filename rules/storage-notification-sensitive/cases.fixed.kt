package com.example.wallet.notify

import android.app.Notification
import android.content.Context
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat

const val CHANNEL = "payments"

class PaymentNotifier(private val context: Context) {

    fun paid(amount: String, merchant: String, balance: Long) {
        val n = NotificationCompat.Builder(context, CHANNEL)
            .setSmallIcon(R.drawable.ic_pay)
            .setContentTitle("Paid $amount to $merchant")
            //                     ^^^^^^^ storage-notification-sensitive 💡: VISIBILITY_PUBLIC
            .setContentText("New balance: " + balance)
            .setVisibility(NotificationCompat.VISIBILITY_SECRET)
            .build()
        NotificationManagerCompat.from(context).notify(1, n)
    }

    fun otp(otp: String) {
        val n = NotificationCompat.Builder(context, CHANNEL)
            .setSmallIcon(R.drawable.ic_pay)
            .setContentTitle("Your code")
            .setContentText("OTP: $otp")
            .setVisibility(NotificationCompat.VISIBILITY_SECRET)
            //                    ^^^^ storage-notification-sensitive 💡: no redacted public version
            .build()
        NotificationManagerCompat.from(context).notify(2, n)
    }

    fun statement(user: User) {
        val builder = NotificationCompat.Builder(context, CHANNEL).apply {
            setSmallIcon(R.drawable.ic_pay)
            setContentTitle("Statement ready")
            setStyle(NotificationCompat.BigTextStyle().bigText("Account ${user.accountNumber} closing balance"))
            //                                                                 ^^^^^^^^^^^^^ storage-notification-sensitive 💡
        }
        builder.setVisibility(NotificationCompat.VISIBILITY_SECRET)
        NotificationManagerCompat.from(context).notify(3, builder.build())
    }

    fun platform(balance: String) {
        val n = Notification.Builder(context, CHANNEL).setContentText(balance).build()
        //                                                            ^^^^^^^ storage-notification-sensitive 💡
        n.visibility = Notification.VISIBILITY_SECRET
    }

    fun hidden(balance: String) {
        // ok: storage-notification-sensitive (VISIBILITY_SECRET: nothing on the lock screen)
        val n = NotificationCompat.Builder(context, CHANNEL)
            .setContentText("Balance $balance")
            .setVisibility(NotificationCompat.VISIBILITY_SECRET)
            .build()
    }

    fun redacted(amount: String) {
        val public = NotificationCompat.Builder(context, CHANNEL)
            .setContentTitle("Payment received")
            .setVisibility(NotificationCompat.VISIBILITY_PUBLIC)
            .build()
        // ok: storage-notification-sensitive (a redacted public version is shown on the lock screen)
        val n = NotificationCompat.Builder(context, CHANNEL)
            .setContentText("You received $amount")
            .setVisibility(NotificationCompat.VISIBILITY_PRIVATE)
            .setPublicVersion(public)
            .build()
    }

    fun wording() {
        // ok: storage-notification-sensitive (the words are in a literal, no value is shown)
        val n = NotificationCompat.Builder(context, CHANNEL)
            .setContentTitle("Enter your PIN to see your balance")
            .setVisibility(NotificationCompat.VISIBILITY_PUBLIC)
            .build()
    }

    fun metadata(pinAttempts: Int, reference: String) {
        // ok: storage-notification-sensitive (attempt counters and references are not secrets)
        val n = NotificationCompat.Builder(context, CHANNEL)
            .setContentText("Wrong PIN, $pinAttempts tries left. Ref $reference")
            .setVisibility(NotificationCompat.VISIBILITY_PUBLIC)
            .build()
    }

    private val shared = NotificationCompat.Builder(context, CHANNEL).setVisibility(NotificationCompat.VISIBILITY_PUBLIC)

    fun fromField(balance: String) {
        // todo-ruleid: storage-notification-sensitive (builder and visibility set in a field; needs cross-member flow)
        shared.setContentText("Balance $balance")
    }

    fun dialog(balance: String) {
        // ok: storage-notification-sensitive (not a notification)
        progress.setContentText(balance)
    }
}
