package com.example.pay.web;

import android.webkit.WebView;

class Browser {
    private static final boolean SAFE_BROWSING = false;

    void configure(WebView webView) {
        webView.getSettings().setSafeBrowsingEnabled(true);
        //                                           ^^^^^ webview-safe-browsing-disabled 💡
        webView.getSettings().setSafeBrowsingEnabled(true);
        //                                           ^^^^^^^^^^^^^ webview-safe-browsing-disabled 💡
        // ok: webview-safe-browsing-disabled (kept on)
        webView.getSettings().setSafeBrowsingEnabled(true);
    }
}
