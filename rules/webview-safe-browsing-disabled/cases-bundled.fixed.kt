package com.example.pay.web

import android.webkit.WebView
import androidx.webkit.WebViewAssetLoader

fun offlineHelp(webView: WebView, loader: WebViewAssetLoader) {
    webView.settings.safeBrowsingEnabled = true
    //                                     ^^^^^ webview-safe-browsing-disabled 💡: bundled pages
    webView.loadUrl("https://appassets.androidplatform.net/assets/help/index.html")
}
