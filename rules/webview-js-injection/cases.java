package com.example.pay.web;

import android.text.TextUtils;
import android.webkit.WebView;
import org.json.JSONObject;

class StatementView {
    private static final String BRIDGE = "window.wallet";
    private WebView webView;

    void render(String beneficiary, String reference, int page, double total) {
        webView.loadUrl("javascript:setBeneficiary('" + beneficiary + "')");
        //                                              ^^^^^^^^^^^ webview-js-injection: "beneficiary" is pasted into JavaScript
        webView.evaluateJavascript(BRIDGE + ".setRef(\"" + reference + "\")", null);
        //                                                 ^^^^^^^^^ webview-js-injection
        String html = "<html><body><h2>" + beneficiary + "</h2></body></html>";
        webView.loadData(html, "text/html", "UTF-8");
        //               ^^^^ webview-js-injection: pasted into HTML
        webView.loadDataWithBaseURL("https://pay.example.com/", "<p>" + reference.trim() + "</p>", "text/html", "UTF-8", null);
        //                                                              ^^^^^^^^^^^^^^^^ webview-js-injection
        webView.evaluateJavascript(String.format("show('%s', %d)", beneficiary, page), null);
        //                                                         ^^^^^^^^^^^ webview-js-injection
    }

    void safe(String beneficiary, int page, double total) {
        // ok: webview-js-injection (escaped with JSONObject.quote)
        webView.evaluateJavascript("setBeneficiary(" + JSONObject.quote(beneficiary) + ")", null);
        // ok: webview-js-injection (numbers only)
        webView.evaluateJavascript("showPage(" + page + ", " + total + ")", null);
        // ok: webview-js-injection (constant)
        webView.loadUrl("javascript:" + BRIDGE + ".ready()");
        // ok: webview-js-injection (escaped HTML)
        webView.loadData("<p>" + TextUtils.htmlEncode(beneficiary) + "</p>", "text/html", "UTF-8");
        // ok: webview-js-injection (not a javascript: URL)
        webView.loadUrl("https://pay.example.com/b/" + beneficiary);
    }

    void builder(String beneficiary) {
        StringBuilder js = new StringBuilder("show('").append(beneficiary).append("')");
        // todo-ruleid: webview-js-injection (StringBuilder chains are not followed)
        webView.evaluateJavascript(js.toString(), null);
    }

    void unknown(String html) {
        // ok: webview-js-injection (content of a parameter is unknown here)
        webView.loadData(html, "text/html", "UTF-8");
    }
}
