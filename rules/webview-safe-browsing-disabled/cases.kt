package com.example.pay.web

import android.webkit.WebView
import androidx.webkit.WebSettingsCompat

fun configure(webView: WebView) {
    webView.settings.safeBrowsingEnabled = false
    //                                     ^^^^^ webview-safe-browsing-disabled 💡
    WebSettingsCompat.setSafeBrowsingEnabled(webView.settings, false)
    //                                                         ^^^^^ webview-safe-browsing-disabled 💡
    // ok: webview-safe-browsing-disabled (kept on)
    webView.settings.safeBrowsingEnabled = true
    // ok: webview-safe-browsing-disabled (kept on)
    WebSettingsCompat.setSafeBrowsingEnabled(webView.settings, true)
}
