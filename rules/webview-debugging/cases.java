package com.example.pay;

import static android.webkit.WebView.setWebContentsDebuggingEnabled;

import android.app.Application;
import android.webkit.WebView;

public class PayApp extends Application {
    private static final boolean WEB_DEBUG = true;

    @Override
    public void onCreate() {
        super.onCreate();
        WebView.setWebContentsDebuggingEnabled(true);
        //                                     ^^^^ webview-debugging 💡
        setWebContentsDebuggingEnabled(WEB_DEBUG);
        //                             ^^^^^^^^^ webview-debugging 💡
        if (!BuildConfig.DEBUG) {
            return;
        }
        // ok: webview-debugging (after an early return in release builds)
        WebView.setWebContentsDebuggingEnabled(true);
    }

    void configured() {
        // ok: webview-debugging (follows the build type)
        WebView.setWebContentsDebuggingEnabled(BuildConfig.DEBUG);
    }
}
