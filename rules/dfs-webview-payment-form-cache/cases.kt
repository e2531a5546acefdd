package com.example.wallet.web

import android.webkit.CookieManager
import android.webkit.WebStorage
import android.webkit.WebView
import androidx.appcompat.app.AppCompatActivity

class CheckoutWebActivity : AppCompatActivity() {
    private lateinit var paymentWebView: WebView

    fun open(url: String) {
        paymentWebView.loadUrl(url)
    }

    fun logout() {
//      ^^^^^^ dfs-webview-payment-form-cache: clearCache(true), clearFormData()
        CookieManager.getInstance().removeAllCookies(null)
        WebStorage.getInstance().deleteAllData()
        finish()
    }

    fun onSignOutClicked() {
//      ^^^^^^^^^^^^^^^^ dfs-webview-payment-form-cache
        paymentWebView.clearCache(false)
        finish()
    }
}

class BillPayFragment : Fragment() {
    private val binding get() = _binding!!

    fun show(url: String, body: ByteArray) {
        binding.billWebView.postUrl(url, body)
    }

    // ok: dfs-webview-payment-form-cache (clears everything)
    fun clearSession() {
        with(binding.billWebView) {
            clearCache(true)
            clearFormData()
        }
        CookieManager.getInstance().removeAllCookies(null)
        WebStorage.getInstance().deleteAllData()
    }

    // ok: dfs-webview-payment-form-cache (delegates to the session manager's logout)
    fun logOut() = sessionManager.logout()

    // ok: dfs-webview-payment-form-cache (a helper clears the WebView data)
    fun signOut() {
        clearWebViewData()
        navigateToLogin()
    }
}

class SettingsActivity : AppCompatActivity() {
    // ok: dfs-webview-payment-form-cache (no WebView in this class)
    fun logout() {
        prefs.edit().clear().apply()
    }
}

class HelpActivity : AppCompatActivity() {
    fun open() {
        // the receiver is not a WebView
        router.loadUrl("https://help.example.com")
    }

    // ok: dfs-webview-payment-form-cache (no WebView loads in this class)
    fun logout() {
        finish()
    }
}
