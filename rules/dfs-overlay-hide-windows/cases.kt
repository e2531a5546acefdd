package com.example.wallet

import android.os.Build
import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity

class PaymentConfirmActivity : AppCompatActivity() {
//    ^^^^^^^^^^^^^^^^^^^^^^ dfs-overlay-hide-windows 💡
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_payment_confirm)
    }
}

class PinActivity : AppCompatActivity() {
//    ^^^^^^^^^^^ dfs-overlay-hide-windows: HIDE_OVERLAY_WINDOWS
    private val pad = PinPad()
}

class SendMoneyActivity : FragmentActivity() {
//    ^^^^^^^^^^^^^^^^^ dfs-overlay-hide-windows 💡
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = "Send money"
    }
}

// ok: dfs-overlay-hide-windows (overlays hidden on API 31+)
class TransferActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
            window.setHideOverlayWindows(true)
        }
    }
}

// ok: dfs-overlay-hide-windows (read-only screen: nothing to confirm)
class PaymentHistoryActivity : AppCompatActivity()

// ok: dfs-overlay-hide-windows (not a payment or PIN screen)
class SpinnerDemoActivity : AppCompatActivity()

// ok: dfs-overlay-hide-windows (not an activity)
class PinValidator(private val length: Int)

open class SecureBaseActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        if (Build.VERSION.SDK_INT >= 31) window.setHideOverlayWindows(true)
    }
}

// ok: dfs-overlay-hide-windows (the base class in this file hides overlays)
class CheckoutActivity : SecureBaseActivity()

// ok: dfs-overlay-hide-windows (project base class, unknown project: may hide overlays)
class WithdrawActivity : BaseActivity()
