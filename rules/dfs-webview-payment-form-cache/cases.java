package com.example.wallet.web;

import android.app.Activity;
import android.webkit.CookieManager;
import android.webkit.WebView;

public class MerchantPortalActivity extends Activity {
    private WebView webView;

    void load(String url) {
        webView.loadUrl(url);
    }

    void signOut() {
//       ^^^^^^^ dfs-webview-payment-form-cache: WebStorage.deleteAllData()
        webView.clearCache(true);
        webView.clearFormData();
        CookieManager.getInstance().removeAllCookies(null);
        startActivity(loginIntent());
    }

    void endSession() {
//       ^^^^^^^^^^ dfs-webview-payment-form-cache: CookieManager.removeAllCookies
        token = null;
    }
}

class AgentWebActivity extends Activity {
    private WebView browser;

    void open(String url) {
        browser.loadUrl(url);
    }

    // ok: dfs-webview-payment-form-cache (calls super's logout)
    @Override
    void logout() {
        super.logout();
    }

    // ok: dfs-webview-payment-form-cache (clears cache, form data, cookies and storage)
    void logoutUser() {
        browser.clearCache(true);
        browser.clearFormData();
        CookieManager.getInstance().removeAllCookies(null);
        WebStorage.getInstance().deleteAllData();
    }

    // ok: dfs-webview-payment-form-cache (empty)
    void onLogout() {
    }
}
