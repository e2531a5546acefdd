package com.example.pay.web;

import android.webkit.WebSettings;
import android.webkit.WebView;

class KycScreen {
    private WebView webView;

    void setUp() {
        WebSettings settings = webView.getSettings();
        settings.setJavaScriptEnabled(true);
        settings.setAllowFileAccess(true);
        //       ^^^^^^^^^^^^^^^^^^ webview-javascript-file-access 💡
        settings.setAllowFileAccessFromFileURLs(true);
        //       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-javascript-file-access 💡: file:// page read other files
    }

    void acrossMethods() {
        webView.getSettings().setAllowUniversalAccessFromFileURLs(true);
        //                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-javascript-file-access 💡
    }

    void enableJs() {
        webView.getSettings().setJavaScriptEnabled(true);
    }

    void separateLocals(WebView a, WebView b) {
        a.getSettings().setJavaScriptEnabled(true);
        // ok: webview-javascript-file-access (a different WebView)
        b.getSettings().setAllowFileAccess(true);
    }

    void safe(WebView view) {
        WebSettings s = view.getSettings();
        s.setJavaScriptEnabled(true);
        // ok: webview-javascript-file-access (file access off)
        s.setAllowFileAccess(false);
        // ok: webview-javascript-file-access (file-URL access off)
        s.setAllowUniversalAccessFromFileURLs(false);
    }

    void jsOff(WebView view) {
        WebSettings s = view.getSettings();
        s.setJavaScriptEnabled(BuildConfig.KYC_NEEDS_JS);
        // ok: webview-javascript-file-access (JavaScript flag is not a known true)
        s.setAllowFileAccess(true);
    }
}
