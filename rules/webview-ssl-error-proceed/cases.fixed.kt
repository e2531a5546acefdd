package com.example.pay.web

import android.net.http.SslError
import android.webkit.SslErrorHandler
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.appcompat.app.AlertDialog

class PaymentWebViewClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        handler?.cancel()
      //^^^^^^^^^^^^^^^^^^ webview-ssl-error-proceed 💡
    }
}

class AskingClient(private val confirm: (String, () -> Unit) -> Unit) : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
        // Asking the user does not help: customers cannot judge certificates.
        AlertDialog.Builder(view.context)
            .setMessage("The certificate is not trusted. Continue?")
            .setPositiveButton("Continue") { _, _ -> handler.cancel() }
            //                                       ^^^^^^^^^^^^^^^^^ webview-ssl-error-proceed 💡
            .setNegativeButton("Cancel") { _, _ -> handler.cancel() }
            .show()
    }
}

val inline = object : WebViewClient() {
    override fun onReceivedSslError(view: WebView, sslHandler: SslErrorHandler, error: SslError) {
        if (BuildConfig.DEBUG) {
            sslHandler.cancel()
          //^^^^^^^^^^^^^^^^^^^^ webview-ssl-error-proceed 💡: debug-only branch
        } else {
            sslHandler.cancel()
        }
    }
}

val releaseBranch = object : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
        if (BuildConfig.DEBUG) handler.cancel() else handler.cancel()
        //                                           ^^^^^^^^^^^^^^^^^ webview-ssl-error-proceed 💡: loads the page although
    }
}

class StrictClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
        // ok: webview-ssl-error-proceed (cancels)
        handler.cancel()
    }
}

class Other {
    fun onPaymentConfirmed(step: Step) {
        // ok: webview-ssl-error-proceed (a different proceed(), outside onReceivedSslError)
        step.proceed()
    }
}
