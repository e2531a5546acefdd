package com.example.pay.web

import android.webkit.WebView
import org.json.JSONObject

const val THEME = "dark"

class ReceiptScreen(private val webView: WebView) {
    fun showMerchant(merchantName: String, note: String, amount: Long, count: Int) {
        webView.evaluateJavascript("showMerchant('$merchantName')", null)
        //                                        ^^^^^^^^^^^^^ webview-js-injection: "$merchantName" is pasted into JavaScript
        webView.evaluateJavascript("setNote('" + note + "')", null)
        //                                       ^^^^ webview-js-injection
        webView.loadUrl("javascript:render(${receipt.toHtml()}, $amount)")
        //                                 ^^^^^^^^^^^^^^^^^^^ webview-js-injection
        webView.evaluateJavascript(script = "greet(\"${note.trim()}\")", resultCallback = null)
        //                                           ^^^^^^^^^^^^^^ webview-js-injection
        webView.loadDataWithBaseURL(null, "<h1>$merchantName</h1>", "text/html", "utf-8", null)
        //                                     ^^^^^^^^^^^^^ webview-js-injection: pasted into HTML
        val js = "window.pay.confirm('$note')"
        webView.evaluateJavascript(js, null)
        //                         ^^ webview-js-injection: "$note"
        webView.evaluateJavascript(String.format("setRef('%s')", note), null)
        //                                                       ^^^^ webview-js-injection
    }

    fun safe(merchantName: String, amount: Long, count: Int, payload: Map<String, Any>) {
        // ok: webview-js-injection (JSONObject.quote escapes the value into a JSON string)
        webView.evaluateJavascript("showMerchant(${JSONObject.quote(merchantName)})", null)
        // ok: webview-js-injection (JSONObject.quote in a concatenation)
        webView.evaluateJavascript("showMerchant(" + JSONObject.quote(merchantName) + ")", null)
        // ok: webview-js-injection (numbers cannot break out of the script)
        webView.evaluateJavascript("setAmount($amount, $count)", null)
        // ok: webview-js-injection (constant parts only)
        webView.evaluateJavascript("setTheme('$THEME')", null)
        // ok: webview-js-injection (a JSON document built by JSONObject)
        webView.evaluateJavascript("render(" + JSONObject(payload).toString() + ")", null)
        // ok: webview-js-injection (a constant script)
        webView.loadUrl("javascript:window.scrollTo(0, 0)")
        // ok: webview-js-injection (an https URL, not script: see webview-untrusted-url)
        webView.loadUrl("https://pay.example.com/receipt/$merchantName")
        // ok: webview-js-injection (HTML escaped with TextUtils.htmlEncode)
        webView.loadData("<p>" + TextUtils.htmlEncode(merchantName) + "</p>", "text/html", "utf-8")
    }

    fun bundled(context: Context) {
        // ok: webview-js-injection (a bundled asset script)
        webView.loadUrl("javascript:" + context.assets.open("bridge.js").bufferedReader().use { it.readText() })
        // ok: webview-js-injection (a string resource)
        webView.evaluateJavascript("showTitle(" + JSONObject.quote(getString(R.string.title)) + "); " + readAssetScript("init.js"), null)
    }

    fun unknown(script: String) {
        // ok: webview-js-injection (a parameter: how it was built is not visible here)
        webView.evaluateJavascript(script, null)
    }
}
