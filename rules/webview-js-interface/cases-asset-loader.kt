package com.example.pay.help

import android.webkit.JavascriptInterface
import android.webkit.WebView
import androidx.webkit.WebViewAssetLoader

class HelpCentre(private val web: WebView, private val assets: WebViewAssetLoader) {
    fun show() {
        web.addJavascriptInterface(HelpBridge(), "Help")
        //  ^^^^^^^^^^^^^^^^^^^^^^ webview-js-interface: WebViewAssetLoader
        web.loadUrl("https://appassets.androidplatform.net/assets/help/index.html")
    }

    fun showRemote(other: WebView, url: String) {
        // ok: webview-js-interface (another WebView loads the run-time URL; this bridge's WebView loads bundled pages)
        other.loadUrl(url)
    }
}

class HelpBridge {
    // ok: webview-js-interface (not sensitive)
    @JavascriptInterface
    fun getLanguage(): String = "en"
}
