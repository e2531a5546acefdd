package com.example.pesapoa.ui

import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.ClipData
import android.content.ClipboardManager
import android.content.Context
import android.content.Intent
import android.os.Build
import android.os.Bundle
import android.util.Log
import android.widget.Button
import android.widget.TextView
import android.widget.Toast
import androidx.appcompat.app.AppCompatActivity
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import com.example.pesapoa.R
import com.example.pesapoa.data.SessionStore
import com.example.pesapoa.model.FeeCalculator
import com.example.pesapoa.model.MerchantPaymentRequest
import com.example.pesapoa.model.Money
import com.example.pesapoa.model.TransferResponse
import com.example.pesapoa.net.ApiClient
import com.google.firebase.analytics.FirebaseAnalytics
import retrofit2.Call
import retrofit2.Callback
import retrofit2.Response

/**
 * "Pay with PesaPoa": merchant apps start this with
 * action com.example.pesapoa.action.CONFIRM_PAYMENT and extras till / merchant_name / amount.
 */
class PaymentConfirmActivity : AppCompatActivity() {

    private lateinit var session: SessionStore
    private lateinit var analytics: FirebaseAnalytics
    private var accountNumber = ""
    private var merchantName = ""
    private var amount = 0.0

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_payment_confirm)

        session = SessionStore(this)
        analytics = FirebaseAnalytics.getInstance(this)

        accountNumber = intent.getStringExtra("till").orEmpty()
        merchantName = intent.getStringExtra("merchant_name") ?: "Merchant"
        amount = intent.getDoubleExtra("amount", 0.0)

        findViewById<TextView>(R.id.tv_merchant).text = merchantName
        findViewById<TextView>(R.id.tv_amount).text = FeeCalculator.format(amount)
        findViewById<TextView>(R.id.tv_account).text = "Till $accountNumber"

        findViewById<Button>(R.id.btn_copy_account).setOnClickListener { copyAccountNumber() }
        findViewById<Button>(R.id.btn_cancel).setOnClickListener {
            setResult(RESULT_CANCELED)
            finish()
        }
        findViewById<Button>(R.id.btn_pay).setOnClickListener {
            val pinIntent = Intent(this, PinActivity::class.java)
                .putExtra(PinActivity.EXTRA_SUMMARY, "Pay $merchantName " + FeeCalculator.format(amount))
            startActivityForResult(pinIntent, REQUEST_PIN)
        }

        val params = Bundle()
        params.putString("msisdn", session.msisdn)
        params.putString("till", accountNumber)
        params.putDouble("amount", amount)
        analytics.logEvent("merchant_payment_started", params)
    }

    private fun copyAccountNumber() {
        val clipboard = getSystemService(Context.CLIPBOARD_SERVICE) as ClipboardManager
        clipboard.setPrimaryClip(ClipData.newPlainText("Account number", accountNumber))
        Toast.makeText(this, R.string.copied, Toast.LENGTH_SHORT).show()
    }

    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        if (requestCode != REQUEST_PIN || resultCode != RESULT_OK) return
        val pin = data?.getStringExtra(PinActivity.EXTRA_PIN) ?: return
        pay(pin)
    }

    private fun pay(pin: String) {
        // v2 endpoint takes exact minor units
        val money = Money.parse(amount.toString())
        val request = MerchantPaymentRequest(accountNumber, money.minorUnits, money.currency, pin)
        ApiClient.merchantApi.payMerchant(request).enqueue(object : Callback<TransferResponse> {
            override fun onResponse(call: Call<TransferResponse>, response: Response<TransferResponse>) {
                val body = response.body()
                if (body == null) {
                    Log.e(TAG, "payment failed: " + response.code())
                    return
                }
                session.lastBalance = body.balance.toString()
                analytics.logEvent("merchant_payment_done", Bundle().apply {
                    putString("msisdn", session.msisdn)
                    putDouble("balance", body.balance)
                })
                notifyPaid(body)
                setResult(RESULT_OK, Intent().putExtra("transaction_id", body.transactionId))
                finish()
            }

            override fun onFailure(call: Call<TransferResponse>, t: Throwable) {
                Log.e(TAG, "payment to till $accountNumber failed", t)
                Toast.makeText(this@PaymentConfirmActivity, "Payment failed", Toast.LENGTH_LONG).show()
            }
        })
    }

    private fun notifyPaid(result: TransferResponse) {
        val manager = getSystemService(Context.NOTIFICATION_SERVICE) as NotificationManager
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            manager.createNotificationChannel(
                NotificationChannel(CHANNEL_ID, "Payments", NotificationManager.IMPORTANCE_HIGH)
            )
        }
        val open = Intent(this, SendMoneyActivity::class.java)
        val pending = PendingIntent.getActivity(this, 0, open, PendingIntent.FLAG_UPDATE_CURRENT)

        val notification = NotificationCompat.Builder(this, CHANNEL_ID)
            .setSmallIcon(R.drawable.ic_launcher)
            .setContentTitle("Paid " + FeeCalculator.format(amount) + " to " + merchantName)
            .setContentText("Ref " + result.transactionId + ". New balance TZS " + result.balance)
            .setVisibility(NotificationCompat.VISIBILITY_PUBLIC)
            .setContentIntent(pending)
            .setAutoCancel(true)
            .build()
        NotificationManagerCompat.from(this).notify(result.transactionId.hashCode(), notification)
    }

    companion object {
        private const val TAG = "PaymentConfirm"
        private const val REQUEST_PIN = 20
        private const val CHANNEL_ID = "payments"
    }
}
