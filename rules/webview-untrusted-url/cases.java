package com.example.pay.web;

import android.app.Activity;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.webkit.WebView;

public class StatementActivity extends Activity {
    private static final String BASE = "https://bank.example.com/";
    private WebView webView;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        webView.loadUrl(getIntent().getStringExtra("statementUrl"));
        //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-untrusted-url: Intent extras
    }

    void fromDeepLink() {
        Uri data = getIntent().getData();
        String page = data.getQueryParameter("page");
        if (page.endsWith(".example.com") || page.startsWith("https://bank.example.com")) {
            webView.loadUrl(page);
            //              ^^^^ webview-untrusted-url: endsWith()
        }
    }

    void fromExtras() {
        Bundle extras = getIntent().getExtras();
        String next;
        next = extras.getString("next");
        webView.loadUrl(next);
        //              ^^^^ webview-untrusted-url
    }

    void exact() {
        Uri uri = getIntent().getData();
        if (uri != null && "https".equals(uri.getScheme()) && "bank.example.com".equals(uri.getHost())) {
            // ok: webview-untrusted-url (exact host check)
            webView.loadUrl(uri.toString());
        }
    }

    void fixedBase() {
        String section = getIntent().getStringExtra("section");
        // ok: webview-untrusted-url (host fixed by the constant prefix)
        webView.loadUrl("https://bank.example.com/" + section);
    }

    void unrelated(String url) {
        // ok: webview-untrusted-url (a parameter: its origin is not visible here)
        webView.loadUrl(url);
        // ok: webview-untrusted-url (constant)
        webView.loadUrl(BASE);
    }
}
