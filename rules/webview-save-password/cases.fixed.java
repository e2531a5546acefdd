package com.example.pay.web;

import android.webkit.WebSettings;
import android.webkit.WebView;

class Forms {
    void configure(WebView webView) {
        WebSettings s = webView.getSettings();
        s.setSavePassword(false);
        //^^^^^^^^^^^^^^^ webview-save-password 💡
        s.setSaveFormData(false);
        //^^^^^^^^^^^^^^^ webview-save-password 💡
        // ok: webview-save-password (turned off)
        s.setSaveFormData(false);
    }
}
