// path: app/src/androidTest/java/com/example/pay/web/BridgeTest.kt
package com.example.pay.web

class BridgeTest {
    fun attach(web: WebView, url: String) {
        // ok: webview-js-interface (instrumentation test source)
        web.addJavascriptInterface(FakeBridge(), "Wallet")
        web.loadUrl(url)
    }
}

class FakeBridge {
    // ok: webview-js-interface (instrumentation test source)
    @JavascriptInterface
    fun getToken(): String = "test-token"
}
