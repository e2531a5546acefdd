package com.example.pay.web;

import android.webkit.WebSettings;
import android.webkit.WebView;

class Checkout {
    static final int ALLOW_ALL = 0;

    void configure(WebView webView) {
        webView.getSettings().setMixedContentMode(WebSettings.MIXED_CONTENT_ALWAYS_ALLOW);
        //                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-mixed-content 💡
        webView.getSettings().setMixedContentMode(ALLOW_ALL);
        //                                        ^^^^^^^^^ webview-mixed-content 💡
        // ok: webview-mixed-content (the secure setting)
        webView.getSettings().setMixedContentMode(WebSettings.MIXED_CONTENT_NEVER_ALLOW);
    }
}
