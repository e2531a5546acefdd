package com.example.pesapoa.web;

import android.app.Activity;
import android.content.Context;
import android.util.Log;
import android.webkit.JavascriptInterface;
import android.webkit.WebSettings;
import android.webkit.WebView;

import com.example.pesapoa.data.SessionStore;

/**
 * JavaScript bridge exposed as window.PesaPoa to the help centre and the KYC vendor pages.
 */
public class WebBridge {

    private static final String TAG = "WebBridge";

    private final Context context;
    private final SessionStore session;

    public WebBridge(Context context, SessionStore session) {
        this.context = context;
        this.session = session;
    }

    /** The KYC vendor reads ID photos from local files and needs the remote inspector on site. */
    public static void enableForKyc(WebView webView) {
        WebSettings settings = webView.getSettings();
        settings.setJavaScriptEnabled(true);
        settings.setAllowFileAccess(true);
        settings.setDomStorageEnabled(true);
        settings.setMediaPlaybackRequiresUserGesture(false);
        WebView.setWebContentsDebuggingEnabled(true);
    }

    /** Pre-fills the KYC form. */
    @JavascriptInterface
    public String getMsisdn() {
        return session.getMsisdn();
    }

    @JavascriptInterface
    public String getCustomerName() {
        return session.getCustomerName();
    }

    /** The vendor calls our API from the page to attach documents to the customer. */
    @JavascriptInterface
    public String getAccessToken() {
        return session.getAccessToken();
    }

    @JavascriptInterface
    public void log(String message) {
        Log.i(TAG, "page: " + message);
    }

    @JavascriptInterface
    public void close() {
        if (context instanceof Activity) {
            final Activity activity = (Activity) context;
            activity.runOnUiThread(new Runnable() {
                @Override
                public void run() {
                    activity.finish();
                }
            });
        }
    }
}
