package com.example.wallet.link

import android.content.Intent
import android.net.Uri
import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity

class PayLinkActivity : AppCompatActivity() {
    private val viewModel: PaymentViewModel by viewModels()

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val uri = intent.data ?: return
        val to = uri.getQueryParameter("to").orEmpty()
        val amount = uri.getQueryParameter("amount")?.toLongOrNull() ?: 0L
        viewModel.transferFunds(to, amount)
        //        ^^^^^^^^^^^^^ dfs-deeplink-triggers-payment: from the deep link
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        intent.data?.getQueryParameter("till")?.let { till ->
            api.payMerchant(MerchantPayment(till = till, amount = 100))
            //  ^^^^^^^^^^^ dfs-deeplink-triggers-payment
        }
    }

    private fun handle(link: Uri) {
        // ruleid: dfs-deeplink-triggers-payment
        sendMoney(link.getQueryParameter("msisdn")!!, link.getQueryParameter("amount")!!)
    }

    private fun autoPay() {
        intent?.data?.getQueryParameter("amount")?.let { pay(it) }
        //                                               ^^^ dfs-deeplink-triggers-payment
    }

    private fun prefill(intent: Intent?) {
        val data: Uri = intent?.data ?: return
        // ok: dfs-deeplink-triggers-payment (pre-fills the form only)
        data.getQueryParameter("to")?.let { etRecipient.setText(it) }
        data.getQueryParameter("amount")?.let { etAmount.setText(it) }
    }

    private fun confirmFirst() {
        val uri = intent.data ?: return
        val amount = uri.getQueryParameter("amount")
        // ok: dfs-deeplink-triggers-payment (a PIN step in the same handler)
        requirePin { viewModel.transferFunds(uri.getQueryParameter("to"), amount) }
    }

    private fun withPrompt() {
        val uri = intent.data ?: return
        val amount = uri.getQueryParameter("amount")
        biometricPrompt.authenticate(promptInfo)
        // ok: dfs-deeplink-triggers-payment (biometric step before paying)
        viewModel.pay(amount)
    }

    private fun openConfirmation() {
        val amount = intent.data?.getQueryParameter("amount")
        // ok: dfs-deeplink-triggers-payment (opens a confirmation screen)
        showPaymentConfirmation(amount)
    }

    private var pendingAmount: String? = null

    private fun storeFromLink() {
        pendingAmount = intent.data?.getQueryParameter("amount")
    }

    private fun payPending() {
        // todo-ruleid: dfs-deeplink-triggers-payment (link value stored in a field and paid in another function)
        viewModel.pay(pendingAmount)
    }

    private fun typed() {
        // ok: dfs-deeplink-triggers-payment (values typed by the user, not from the link)
        viewModel.transferFunds(etRecipient.text.toString(), etAmount.text.toString())
    }

    private fun analytics() {
        val campaign = intent.data?.getQueryParameter("utm_campaign")
        // ok: dfs-deeplink-triggers-payment (not a payment call)
        tracker.logPaymentLinkOpened(campaign)
    }
}
