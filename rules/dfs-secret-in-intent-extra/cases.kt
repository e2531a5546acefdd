package com.example.pay

import android.content.Intent
import androidx.core.os.bundleOf

class PinActivity : AppCompatActivity() {

    fun onConfirm(pin: String, reference: String) {
        val agentHook = Intent(ACTION_PIN_CONFIRMED)
        agentHook.putExtra("pin", pin)
        //                        ^^^ dfs-secret-in-intent-extra: implicit intent
        // ok: dfs-secret-in-intent-extra (a reference, not a secret)
        agentHook.putExtra("reference", reference)
        sendBroadcast(agentHook)

        val share = Intent(Intent.ACTION_SEND).putExtra(Intent.EXTRA_TEXT, "Card $cardNumber")
        //                                                                       ^^^^^^^^^^^ dfs-secret-in-intent-extra
        Intent("com.example.agent.OTP").apply {
            putExtra(EXTRA_CODE, otp)
            //                   ^^^ dfs-secret-in-intent-extra
        }
        val viaKey = Intent(ACTION_PIN_CONFIRMED)
            .putExtra("otp", code)
        //                   ^^^^ dfs-secret-in-intent-extra
        Intent(ACTION_RECEIPT).putExtras(bundleOf("account_number" to accountNumber))
        //                                                            ^^^^^^^^^^^^^ dfs-secret-in-intent-extra

        // ok: dfs-secret-in-intent-extra (explicit intent to our own activity)
        val toConfirm = Intent(this, ConfirmActivity::class.java).putExtra("pin", pin)
        val pinned = Intent(ACTION_PIN_CONFIRMED)
        pinned.setPackage(packageName)
        // ok: dfs-secret-in-intent-extra (restricted to our own package)
        pinned.putExtra("pin", pin)
        Intent(ACTION_PIN_CONFIRMED).apply {
            `package` = "com.example.pay.agent"
            // ok: dfs-secret-in-intent-extra (package set in the same apply block)
            putExtra("pin", pin)
        }
        // ok: dfs-secret-in-intent-extra (PIN length is not the PIN)
        Intent(ACTION_PIN_CONFIRMED).putExtra("pin_length", pin.length)
        // ok: dfs-secret-in-intent-extra (amounts are not secrets)
        Intent(ACTION_RECEIPT).putExtra("amount", amount)
        // ok: dfs-secret-in-intent-extra (origin unknown: a parameter)
        incoming.putExtra("pin", pin)
        // ok: dfs-secret-in-intent-extra (Intent() without action or target, in an activity the manifest does not export)
        setResult(RESULT_OK, Intent().putExtra(EXTRA_PIN, pin))
    }

    companion object {
        const val ACTION_PIN_CONFIRMED = "com.example.pay.PIN_CONFIRMED"
        const val ACTION_RECEIPT = "com.example.pay.RECEIPT"
        const val EXTRA_CODE = "code"
        const val EXTRA_PIN = "extra_pin"
    }
}
