package com.example.pay

import android.app.Application
import android.webkit.WebView

class PayApp : Application() {
    override fun onCreate() {
        super.onCreate()
        WebView.setWebContentsDebuggingEnabled(true)
        //                                     ^^^^ webview-debugging 💡
        if (BuildConfig.DEBUG) {
            // ok: webview-debugging (debug builds only)
            WebView.setWebContentsDebuggingEnabled(true)
        }
        // ok: webview-debugging (follows the build type)
        WebView.setWebContentsDebuggingEnabled(BuildConfig.DEBUG)
        // ok: webview-debugging (turned off)
        WebView.setWebContentsDebuggingEnabled(false)
    }

    fun releaseBranch() {
        if (BuildConfig.DEBUG) WebView.setWebContentsDebuggingEnabled(false) else WebView.setWebContentsDebuggingEnabled(true)
        //                                                                                                               ^^^^ webview-debugging 💡
    }
}
