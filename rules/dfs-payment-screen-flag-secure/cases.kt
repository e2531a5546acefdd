package com.example.pay.ui

import android.os.Bundle
import android.view.WindowManager

class SendMoneyActivity : AppCompatActivity() {
//    ^^^^^^^^^^^^^^^^^ dfs-payment-screen-flag-secure 💡
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContentView(R.layout.activity_send_money)
    }
}

class CardDetailsActivity : ComponentActivity() {
//    ^^^^^^^^^^^^^^^^^^^ dfs-payment-screen-flag-secure: FLAG_SECURE
    override fun onResume() {
        super.onResume()
        window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
        //     ^^^^^^^^^^ dfs-payment-screen-flag-secure 💡
    }
}

class PinEntrySheet : BottomSheetDialogFragment() {
//    ^^^^^^^^^^^^^ dfs-payment-screen-flag-secure
}

// ok: dfs-payment-screen-flag-secure (sets FLAG_SECURE before setContentView)
class PinActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        setContentView(R.layout.activity_pin)
    }
}

abstract class BaseSecureScreen : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
    }
}

// ok: dfs-payment-screen-flag-secure (the base class in this file sets the flag)
class TransferConfirmActivity : BaseSecureScreen()

// ok: dfs-payment-screen-flag-secure (a fragment: the hosting activity may set the flag)
class StatementFragment : Fragment()

// ok: dfs-payment-screen-flag-secure (not a payment screen: spinner is not "pin")
class SpinnerDemoActivity : AppCompatActivity()

// ok: dfs-payment-screen-flag-secure (not an activity or dialog)
class PaymentRepository(private val api: Api)
