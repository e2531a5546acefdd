package com.example.pay.web

import android.annotation.SuppressLint
import android.webkit.WebSettings
import android.webkit.WebView

const val ENABLE = true

class StatementScreen(private val webView: WebView) {
    @SuppressLint("SetJavaScriptEnabled")
    fun setUp() {
        webView.settings.javaScriptEnabled = true
        webView.settings.allowFileAccess = false
        //               ^^^^^^^^^^^^^^^ webview-javascript-file-access 💡: allowFileAccess lets pages read files
        webView.settings.allowUniversalAccessFromFileURLs = false
        //               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-javascript-file-access 💡
    }

    fun other() {
        // ok: webview-javascript-file-access (JavaScript stays off on this WebView)
        otherWebView.settings.allowFileAccess = true
    }
}

fun applyScope(webView: WebView) {
    webView.settings.apply {
        javaScriptEnabled = true
        domStorageEnabled = true
        allowFileAccessFromFileURLs = false
      //^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-javascript-file-access 💡
    }
}

fun withScope(view: WebView) {
    with(view.settings) {
        setJavaScriptEnabled(true)
        setAllowFileAccess(false)
      //^^^^^^^^^^^^^^^^^^ webview-javascript-file-access 💡
    }
}

fun localAlias(view: WebView) {
    val s: WebSettings = view.settings
    s.allowFileAccess = false
    //^^^^^^^^^^^^^^^ webview-javascript-file-access 💡
    s.javaScriptEnabled = true
}

fun safe(view: WebView) {
    view.settings.javaScriptEnabled = true
    // ok: webview-javascript-file-access (file access turned off)
    view.settings.allowFileAccess = false
    // ok: webview-javascript-file-access (file-URL access turned off)
    view.settings.allowFileAccessFromFileURLs = false
}

fun noJs(view: WebView) {
    view.settings.javaScriptEnabled = false
    // ok: webview-javascript-file-access (JavaScript disabled on these settings)
    view.settings.allowFileAccess = true
}

fun mixedForms(view: WebView) {
    val settings = view.settings
    view.settings.javaScriptEnabled = true
    // todo-ruleid: webview-javascript-file-access (needs alias tracking: `settings` is `view.settings`)
    settings.allowFileAccess = true
}
