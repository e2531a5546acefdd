package com.example.pesapoa.ui

import android.content.BroadcastReceiver
import android.content.ClipboardManager
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.net.ConnectivityManager
import android.net.Uri
import android.os.Bundle
import android.text.Editable
import android.text.TextWatcher
import android.util.Log
import android.widget.Button
import android.widget.EditText
import android.widget.TextView
import android.widget.Toast
import androidx.appcompat.app.AppCompatActivity
import com.example.pesapoa.R
import com.example.pesapoa.data.SessionStore
import com.example.pesapoa.data.TransactionDbHelper
import com.example.pesapoa.model.FeeCalculator
import com.example.pesapoa.model.TransferRequest
import com.example.pesapoa.model.TransferResponse
import com.example.pesapoa.net.ApiClient
import com.example.pesapoa.security.CryptoUtil
import com.google.firebase.crashlytics.FirebaseCrashlytics
import retrofit2.Call
import retrofit2.Callback
import retrofit2.Response

class SendMoneyActivity : AppCompatActivity() {

    private lateinit var session: SessionStore
    private lateinit var db: TransactionDbHelper
    private lateinit var etRecipient: EditText
    private lateinit var etAmount: EditText
    private lateinit var tvFee: TextView
    private var online = true

    private val networkReceiver = object : BroadcastReceiver() {
        override fun onReceive(context: Context, intent: Intent) {
            val cm = getSystemService(Context.CONNECTIVITY_SERVICE) as ConnectivityManager
            online = cm.activeNetworkInfo?.isConnected == true
        }
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_send_money)

        session = SessionStore(this)
        db = TransactionDbHelper(this)
        etRecipient = findViewById(R.id.et_recipient)
        etAmount = findViewById(R.id.et_amount)
        tvFee = findViewById(R.id.tv_fee)

        findViewById<TextView>(R.id.tv_balance).text = "Balance: TZS " + (session.lastBalance ?: "--")

        handlePaymentLink(intent)

        etAmount.addTextChangedListener(object : TextWatcher {
            override fun beforeTextChanged(s: CharSequence?, start: Int, count: Int, after: Int) {}
            override fun onTextChanged(s: CharSequence?, start: Int, before: Int, count: Int) {}
            override fun afterTextChanged(s: Editable?) {
                val amount = s.toString().toDoubleOrNull() ?: 0.0
                tvFee.text = "Fee: " + FeeCalculator.format(FeeCalculator.feeFor(amount))
            }
        })
        etRecipient.addTextChangedListener(object : TextWatcher {
            override fun beforeTextChanged(s: CharSequence?, start: Int, count: Int, after: Int) {}
            override fun onTextChanged(s: CharSequence?, start: Int, before: Int, count: Int) {}
            override fun afterTextChanged(s: Editable?) {
                val query = s.toString()
                if (query.length >= 3) showSuggestions(db.searchRecipients(query))
            }
        })

        findViewById<Button>(R.id.btn_paste).setOnClickListener { pasteRecipient() }
        findViewById<Button>(R.id.btn_send).setOnClickListener { askPin(REQUEST_PIN_SEND) }
        findViewById<Button>(R.id.btn_send_ussd).setOnClickListener { askPin(REQUEST_PIN_USSD) }

        registerReceiver(networkReceiver, IntentFilter(ConnectivityManager.CONNECTIVITY_ACTION))
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        handlePaymentLink(intent)
    }

    override fun onResume() {
        super.onResume()
        // Convenience: customers usually copy the number from WhatsApp before opening the app
        if (etRecipient.text.isEmpty()) {
            val clipboard = getSystemService(Context.CLIPBOARD_SERVICE) as ClipboardManager
            val text = clipboard.primaryClip?.getItemAt(0)?.text?.toString()
            if (text != null && PHONE_REGEX.matches(text.trim())) {
                etRecipient.setText(text.trim())
            }
        }
    }

    override fun onDestroy() {
        unregisterReceiver(networkReceiver)
        super.onDestroy()
    }

    /** https://pay.pesapoa.example.com/send?to=0712345678&amount=5000 only pre-fills the form. */
    private fun handlePaymentLink(intent: Intent?) {
        val data: Uri = intent?.data ?: return
        data.getQueryParameter("to")?.let { etRecipient.setText(it) }
        data.getQueryParameter("amount")?.let { etAmount.setText(it) }
    }

    private fun pasteRecipient() {
        val clipboard = getSystemService(Context.CLIPBOARD_SERVICE) as ClipboardManager
        val text = clipboard.primaryClip?.getItemAt(0)?.coerceToText(this)?.toString() ?: return
        etRecipient.setText(text.filter { it.isDigit() || it == '+' })
    }

    private fun showSuggestions(names: List<String>) {
        if (names.isNotEmpty()) etRecipient.error = null
        Log.v(TAG, "suggestions: " + names.size)
    }

    private fun askPin(requestCode: Int) {
        val recipient = etRecipient.text.toString().trim()
        val amount = etAmount.text.toString().toDouble()
        val total = FeeCalculator.total(amount)
        val summary = "Send " + FeeCalculator.format(amount) + " to " + recipient +
            " (total " + FeeCalculator.format(total) + ")"
        val intent = Intent(this, PinActivity::class.java)
            .putExtra(PinActivity.EXTRA_SUMMARY, summary)
            .putExtra(PinActivity.EXTRA_REFERENCE, CryptoUtil.newTransferToken())
        startActivityForResult(intent, requestCode)
    }

    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        if (resultCode != RESULT_OK || data == null) return
        val pin = data.getStringExtra(PinActivity.EXTRA_PIN) ?: return
        when (requestCode) {
            REQUEST_PIN_SEND -> if (online) sendOnline(pin) else sendViaUssd(pin)
            REQUEST_PIN_USSD -> sendViaUssd(pin)
        }
    }

    private fun sendOnline(pin: String) {
        val recipient = etRecipient.text.toString().trim()
        val amount = etAmount.text.toString().toDouble()
        val fee = FeeCalculator.feeFor(amount)
        val request = TransferRequest(recipient, amount, fee, CryptoUtil.newTransferToken(), pin)

        ApiClient.api.send(request).enqueue(object : Callback<TransferResponse> {
            override fun onResponse(call: Call<TransferResponse>, response: Response<TransferResponse>) {
                val body = response.body() ?: return
                FirebaseCrashlytics.getInstance()
                    .log("p2p ok: " + session.msisdn + " -> " + recipient + " amount=" + amount)
                session.lastBalance = body.balance.toString()
                db.insertTransfer(body.transactionId, recipient, amount, body.balance)
                Toast.makeText(this@SendMoneyActivity, R.string.payment_sent, Toast.LENGTH_LONG).show()
                finish()
            }

            override fun onFailure(call: Call<TransferResponse>, t: Throwable) {
                FirebaseCrashlytics.getInstance().recordException(t)
                Toast.makeText(this@SendMoneyActivity, "Network error, try USSD", Toast.LENGTH_LONG).show()
            }
        })
    }

    /** Fallback for customers without data: dial the operator's USSD menu with everything filled in. */
    private fun sendViaUssd(pin: String) {
        val recipient = etRecipient.text.toString().trim()
        val amount = etAmount.text.toString().toDouble().toLong()
        val dial = Intent(Intent.ACTION_CALL)
        dial.data = Uri.parse("tel:*150*01*$recipient*$amount*$pin" + Uri.encode("#"))
        startActivity(dial)
    }

    companion object {
        private const val TAG = "SendMoney"
        private const val REQUEST_PIN_SEND = 10
        private const val REQUEST_PIN_USSD = 11
        private val PHONE_REGEX = Regex("^(\\+?255|0)[67]\\d{8}$")
    }
}
