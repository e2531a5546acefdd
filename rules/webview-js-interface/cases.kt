package com.example.pay.web

import android.annotation.SuppressLint
import android.webkit.JavascriptInterface
import android.webkit.WebView

const val CHECKOUT_URL = "https://pay.example.com/checkout"
const val PROMO_URL = "http://promo.example.com/offers"

class WalletBridge(private val session: Session) {
    @JavascriptInterface
    fun getAccessToken(): String = session.accessToken
    //  ^^^^^^^^^^^^^^ webview-js-interface: returns sensitive data (token)

    @JavascriptInterface
    fun getPin(): String {
    //  ^^^^^^ webview-js-interface
        return session.pin
    }

    @android.webkit.JavascriptInterface
    fun accountNumber() = session.accountNumber
    //  ^^^^^^^^^^^^^ webview-js-interface

    // ok: webview-js-interface (amounts are what a checkout page displays)
    @JavascriptInterface
    fun getAmount(): String = session.amount.toPlainString()

    // ok: webview-js-interface (receives the value, returns nothing)
    @JavascriptInterface
    fun setPin(pin: String) { session.submitPin(pin) }

    // ok: webview-js-interface (returns nothing to the page)
    @JavascriptInterface
    fun clearToken(): Unit = session.clearToken()

    // ok: webview-js-interface (not exposed to JavaScript)
    fun getRefreshToken(): String = session.refreshToken

    // ok: webview-js-interface (not a sensitive name: "pinned" is not "pin")
    @JavascriptInterface
    fun getPinnedMerchant(): String = session.merchant
}

class CheckoutActivity : BaseActivity() {
    private lateinit var webView: WebView

    @SuppressLint("JavascriptInterface")
    fun openCheckout() {
        webView.addJavascriptInterface(WalletBridge(session), "Wallet")
        //      ^^^^^^^^^^^^^^^^^^^^^^ webview-js-interface: loads a URL built at run time
        webView.loadUrl(intent.getStringExtra("next") ?: CHECKOUT_URL)
    }
}

class PromoScreen(private val promo: WebView) {
    fun show() {
        promo.apply {
            addJavascriptInterface(PromoBridge(), "Promo")
          //^^^^^^^^^^^^^^^^^^^^^^ webview-js-interface: cleartext http:// page
            loadUrl(PROMO_URL)
        }
    }
}

class ReceiptScreen(private val receipt: WebView) {
    fun show() {
        receipt.addJavascriptInterface(ReceiptBridge(), "Receipt")
        //      ^^^^^^^^^^^^^^^^^^^^^^ webview-js-interface: allowed-origin list
        receipt.loadUrl(CHECKOUT_URL)
    }
}

class DebugScreen(private val web: WebView) {
    fun attach() {
        if (BuildConfig.DEBUG) {
            // ok: webview-js-interface (debug builds only)
            web.addJavascriptInterface(DebugBridge(), "Debug")
        }
        // ok: webview-js-interface (the replacement API with an origin allow-list)
        WebViewCompat.addWebMessageListener(web, "Wallet", setOf("https://pay.example.com"), listener)
        // ok: webview-js-interface (removing a bridge)
        web.removeJavascriptInterface("Wallet")
    }
}
