package com.example.pay.web

import android.webkit.WebSettings
import android.webkit.WebSettings.MIXED_CONTENT_ALWAYS_ALLOW
import android.webkit.WebView

fun configure(webView: WebView) {
    webView.settings.mixedContentMode = WebSettings.MIXED_CONTENT_ALWAYS_ALLOW
    //                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-mixed-content 💡
    webView.settings.apply {
        mixedContentMode = MIXED_CONTENT_ALWAYS_ALLOW
        //                 ^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-mixed-content 💡
    }
    webView.settings.mixedContentMode = WebSettings.MIXED_CONTENT_COMPATIBILITY_MODE
    //                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-mixed-content 💡: COMPATIBILITY_MODE still loads
    // ok: webview-mixed-content (the secure setting)
    webView.settings.mixedContentMode = WebSettings.MIXED_CONTENT_NEVER_ALLOW
}
