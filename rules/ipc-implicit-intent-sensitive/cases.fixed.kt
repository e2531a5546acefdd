package com.example.wallet.flow

import android.app.Activity
import android.content.Intent

class CheckoutActivity : Activity() {
    fun confirm(pin: String, accountNumber: String, amount: Long) {
        val intent = Intent("com.example.wallet.CONFIRM_PAYMENT").putExtra("pin", pin)
        startActivity(intent.setPackage(packageName))
        //            ^^^^^^ ipc-implicit-intent-sensitive 💡: PIN
        val verify = Intent("com.example.wallet.VERIFY")
        verify.putExtra("account", accountNumber)
        startService(verify.setPackage(packageName))
        //           ^^^^^^ ipc-implicit-intent-sensitive 💡: account number

        // ok: ipc-implicit-intent-sensitive (explicit)
        startActivity(Intent(this, ConfirmActivity::class.java).putExtra("pin", pin))
        // ok: ipc-implicit-intent-sensitive (package set)
        val scoped = Intent("com.example.wallet.CONFIRM_PAYMENT").setPackage(packageName).putExtra("pin", pin)
        startActivity(scoped)
        // ok: ipc-implicit-intent-sensitive (no sensitive extras)
        startActivity(Intent(Intent.ACTION_VIEW).putExtra("tab", "history"))
        // ok: ipc-implicit-intent-sensitive (user-driven share of a non-secret value)
        startActivity(Intent.createChooser(Intent(Intent.ACTION_SEND).putExtra(Intent.EXTRA_TEXT, accountNumber), "Share"))
    }
}
