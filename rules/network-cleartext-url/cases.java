package com.example.pay.net;

import android.webkit.WebView;
import java.net.URL;

class Endpoints {
    static final String API_HOST = "http://mobile.example-bank.com.gh";
    //                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-cleartext-url 💡
    // ok: network-cleartext-url (W3C namespace)
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    // ok: network-cleartext-url (documentation placeholder)
    static final String SAMPLE_URL = "http://example.com/callback";

    void open(WebView webView, String token) throws Exception {
        URL url = new URL("http://mobile.example-bank.com.gh/balance?t=" + token);
        //                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-cleartext-url 💡
        webView.loadUrl("http://promo.example-bank.com.gh/offers");
        //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-cleartext-url 💡
        // ok: network-cleartext-url (https)
        webView.loadUrl("https://promo.example-bank.com.gh/offers");
        // ok: network-cleartext-url (a label, not an endpoint)
        String label = "http://";
    }
}
