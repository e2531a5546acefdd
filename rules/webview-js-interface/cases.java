package com.example.pay.web;

import android.webkit.JavascriptInterface;
import android.webkit.WebView;

class KycBridge {
    private final Session session;

    KycBridge(Session session) { this.session = session; }

    @JavascriptInterface
    public String getAuthToken() {
    //            ^^^^^^^^^^^^ webview-js-interface: returns sensitive data (token)
        return session.authToken();
    }

    @JavascriptInterface
    public String getMsisdn() {
    //            ^^^^^^^^^ webview-js-interface
        return session.msisdn();
    }

    // ok: webview-js-interface (returns nothing)
    @JavascriptInterface
    public void submitOtp(String otp) { session.verify(otp); }

    // ok: webview-js-interface (not exposed to JavaScript)
    public String getPassword() { return session.password(); }

    // ok: webview-js-interface (not a sensitive name)
    @JavascriptInterface
    public String getTheme() { return "dark"; }
}

class KycActivity extends BaseActivity {
    private static final String KYC_URL = "https://kyc.example.com/start";
    private static final String LEGACY_URL = "http://" + "kyc.example.com/start";
    private WebView webView;
    private WebView legacy;
    private WebView help;

    void open(String customerId) {
        webView.addJavascriptInterface(new KycBridge(session), "Kyc");
        //      ^^^^^^^^^^^^^^^^^^^^^^ webview-js-interface: built at run time
        webView.loadUrl(KYC_URL + "?customer=" + customerId);
    }

    void openLegacy() {
        this.legacy.addJavascriptInterface(new KycBridge(session), "Kyc");
        //          ^^^^^^^^^^^^^^^^^^^^^^ webview-js-interface: cleartext http:// page
        legacy.loadUrl(LEGACY_URL);
    }

    void openHelp() {
        help.addJavascriptInterface(new HelpBridge(), "Help");
        //   ^^^^^^^^^^^^^^^^^^^^^^ webview-js-interface: exposes every @JavascriptInterface method
        help.loadUrl(KYC_URL);
        // ok: webview-js-interface (local emulator page, not cleartext to the internet)
        help.loadUrl("http://10.0.2.2:8080/help");
    }
}
