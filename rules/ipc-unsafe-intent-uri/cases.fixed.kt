package com.example.wallet.web

import android.content.Intent
import android.webkit.WebResourceRequest
import android.webkit.WebView
import android.webkit.WebViewClient

class PaymentWebClient(private val activity: android.app.Activity) : WebViewClient() {
    override fun shouldOverrideUrlLoading(view: WebView, request: WebResourceRequest): Boolean {
        val url = request.url.toString()
        if (url.startsWith("intent://")) {
            val intent = Intent.parseUri(url, Intent.URI_INTENT_SCHEME)
            intent.addCategory(Intent.CATEGORY_BROWSABLE)
            intent.component = null
            intent.selector = null
            //                  ^^^^^^^^ ipc-unsafe-intent-uri 💡
            activity.startActivity(intent)
            return true
        }
        return false
    }

    fun openDirect(link: String) {
        activity.startActivity(Intent.parseUri(link, Intent.URI_INTENT_SCHEME or Intent.URI_ALLOW_UNSAFE))
        //                            ^^^^^^^^ ipc-unsafe-intent-uri
    }

    fun openSafely(link: String) {
        // ok: ipc-unsafe-intent-uri (restricted before launch)
        val intent = Intent.parseUri(link, Intent.URI_INTENT_SCHEME)
        intent.addCategory(Intent.CATEGORY_BROWSABLE)
        intent.component = null
        intent.selector = null
        activity.startActivity(intent)
    }

    fun inspectOnly(link: String): String? {
        // ok: ipc-unsafe-intent-uri (parsed but never launched)
        val intent = Intent.parseUri(link, Intent.URI_INTENT_SCHEME)
        return intent.getStringExtra("browser_fallback_url")
    }
}
