// project: {"minSdk": 21}
package com.example.pay.web

import android.webkit.WebView

fun configure(webView: WebView) {
    webView.settings.saveFormData = false
    //               ^^^^^^^^^^^^ webview-save-password 💡: Android 8.0
    webView.settings.setSavePassword(false)
    //               ^^^^^^^^^^^^^^^ webview-save-password 💡
    // ok: webview-save-password (turned off)
    webView.settings.saveFormData = false
    // ok: webview-save-password (turned off)
    webView.settings.setSavePassword(false)
}
