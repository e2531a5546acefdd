package com.example.pay.web

import android.content.Intent
import android.net.Uri
import android.os.Bundle
import android.webkit.WebView

const val HELP_HOST = "help.example.com"
val ALLOWED_HOSTS = setOf("pay.example.com", "help.example.com")

class OffersActivity : AppCompatActivity() {
    private lateinit var webView: WebView

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val url = intent.getStringExtra("url") ?: return
        webView.loadUrl(url)
        //              ^^^ webview-untrusted-url: comes from Intent extras
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        val target = intent.data?.getQueryParameter("redirect")
        if (target != null && target.contains("example.com")) {
            webView.loadUrl(target)
            //              ^^^^^^ webview-untrusted-url: checked only with contains()
        }
    }

    fun openFromLink() {
        intent.data?.toString()?.let { webView.loadUrl(it) }
        //                                             ^^ webview-untrusted-url: deep-link data
    }

    fun openWithHeaders(token: String) {
        val link = intent.extras?.getString("link")
        if (link?.startsWith("https://pay.example.com") == true) {
            webView.loadUrl(link, mapOf("Authorization" to "Bearer $token"))
            //              ^^^^ webview-untrusted-url: are sent to that page too
        }
    }

    fun postTo() {
        webView.postUrl(intent.getStringExtra("callback")!!, byteArrayOf())
        //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-untrusted-url
    }
}

class SafeLinks(private val webView: WebView) {
    fun exactHost(intent: Intent) {
        val uri = intent.data ?: return
        if (uri.scheme != "https" || uri.host != HELP_HOST) return
        // ok: webview-untrusted-url (exact host comparison)
        webView.loadUrl(uri.toString())
    }

    fun allowList(intent: Intent) {
        val uri = Uri.parse(intent.getStringExtra("url"))
        if (uri.scheme == "https" && uri.host in ALLOWED_HOSTS) {
            // ok: webview-untrusted-url (host checked against an allow-list)
            webView.loadUrl(uri.toString())
        }
    }

    fun fixedHost(intent: Intent) {
        val orderId = intent.getStringExtra("orderId")
        // ok: webview-untrusted-url (scheme and host are fixed; only the path comes from the Intent)
        webView.loadUrl("https://pay.example.com/orders/$orderId")
        // ok: webview-untrusted-url (the extra only fills a query parameter)
        webView.loadUrl(Uri.parse("https://pay.example.com/track").buildUpon().appendQueryParameter("id", orderId).build().toString())
    }

    fun delegated(intent: Intent) {
        val url = intent.getStringExtra("url")
        if (!isTrustedUrl(url)) return
        // ok: webview-untrusted-url (the app's own validator decides)
        webView.loadUrl(url!!)
    }

    fun constant(intent: Intent) {
        val tab = intent.getStringExtra("tab")
        // ok: webview-untrusted-url (the loaded URL is a constant)
        webView.loadUrl("https://help.example.com/faq")
    }

    fun fromParameter(url: String) {
        // ok: webview-untrusted-url (origin of the parameter unknown in this function)
        webView.loadUrl(url)
    }
}
