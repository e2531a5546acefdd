package com.example.pay.web;

import android.webkit.WebSettings;
import android.webkit.WebView;

class Receipts {
    private static final boolean LOCAL_FILES = true;

    void configure(WebView webView) {
        WebSettings s = webView.getSettings();
        s.setAllowUniversalAccessFromFileURLs(false);
        //^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-file-access 💡
        s.setAllowFileAccessFromFileURLs(false);
        //^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-file-access 💡
        s.setAllowFileAccess(false);
        //^^^^^^^^^^^^^^^^^^ webview-file-access 💡
        // ok: webview-file-access (turned off)
        s.setAllowFileAccessFromFileURLs(false);
        // ok: webview-file-access (turned off)
        s.setAllowFileAccess(false);
    }
}
