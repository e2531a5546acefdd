package com.example.pesapoa.ui

import android.content.Intent
import android.os.Bundle
import android.util.Log
import android.view.View
import android.view.WindowManager
import android.widget.Button
import android.widget.EditText
import android.widget.TextView
import androidx.appcompat.app.AppCompatActivity
import com.example.pesapoa.BuildConfig
import com.example.pesapoa.R

/**
 * Asks for the wallet PIN before a transfer or merchant payment and returns it to the caller.
 * Started with startActivityForResult from SendMoneyActivity and PaymentConfirmActivity.
 */
class PinActivity : AppCompatActivity() {

    private lateinit var etPin: EditText
    private lateinit var tvError: TextView
    private var attempts = 0

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        setContentView(R.layout.activity_pin)

        etPin = findViewById(R.id.et_pin)
        tvError = findViewById(R.id.tv_pin_error)
        findViewById<TextView>(R.id.tv_payment_summary).text = intent.getStringExtra(EXTRA_SUMMARY)

        findViewById<Button>(R.id.btn_confirm_payment).setOnClickListener { onConfirm() }
        findViewById<TextView>(R.id.tv_forgot_pin).setOnClickListener {
            val help = Intent(this, WebViewActivity::class.java)
                .putExtra(WebViewActivity.EXTRA_URL, "https://help.pesapoa.example.com/reset-pin")
            startActivity(help)
        }
    }

    private fun onConfirm() {
        val pin = etPin.text.toString()
        Log.d(TAG, "confirm clicked, pin=$pin, reference=${intent.getStringExtra(EXTRA_REFERENCE)}")

        if (pin.length != PIN_LENGTH || !pin.all { it.isDigit() }) {
            attempts++
            if (BuildConfig.DEBUG) Log.d(TAG, "PIN format invalid, attempt $attempts")
            tvError.setText(R.string.error_pin)
            tvError.visibility = View.VISIBLE
            etPin.text.clear()
            return
        }

        // The Agent companion app listens for this to print a receipt with the signed PIN block
        val agentHook = Intent(ACTION_PIN_CONFIRMED)
        agentHook.putExtra("pin", pin)
        agentHook.putExtra("reference", intent.getStringExtra(EXTRA_REFERENCE))
        sendBroadcast(agentHook)

        val result = Intent().putExtra(EXTRA_PIN, pin)
        setResult(RESULT_OK, result)
        finish()
    }

    override fun onBackPressed() {
        Log.i(TAG, "PIN entry cancelled by user")
        setResult(RESULT_CANCELED)
        super.onBackPressed()
    }

    companion object {
        private const val TAG = "PinActivity"
        private const val PIN_LENGTH = 4
        const val EXTRA_PIN = "extra_pin"
        const val EXTRA_SUMMARY = "extra_summary"
        const val EXTRA_REFERENCE = "extra_reference"
        const val ACTION_PIN_CONFIRMED = "com.example.pesapoa.action.PIN_CONFIRMED"
    }
}
