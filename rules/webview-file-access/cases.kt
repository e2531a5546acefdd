package com.example.pay.web

import android.webkit.WebView

const val ALLOW = true

class HelpCentre(private val webView: WebView) {
    fun configure() {
        webView.settings.allowUniversalAccessFromFileURLs = true
        //               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-file-access 💡: any file:// page read every origin
        webView.settings.apply {
            allowFileAccessFromFileURLs = ALLOW
          //^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-file-access 💡
            allowFileAccess = true
          //^^^^^^^^^^^^^^^ webview-file-access 💡: default is false from targetSdk 30
        }
        webView.settings.setAllowUniversalAccessFromFileURLs(true)
        //               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-file-access 💡
    }

    fun safe() {
        // ok: webview-file-access (turned off)
        webView.settings.allowUniversalAccessFromFileURLs = false
        // ok: webview-file-access (turned off)
        webView.settings.allowFileAccess = false
        // ok: webview-file-access (content access is not a file-URL flag)
        webView.settings.allowContentAccess = true
        // ok: webview-file-access (value unknown at compile time)
        webView.settings.allowFileAccess = BuildConfig.OFFLINE_HELP
    }
}
