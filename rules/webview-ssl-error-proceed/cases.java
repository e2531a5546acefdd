package com.example.pay.web;

import android.net.http.SslError;
import android.webkit.SslErrorHandler;
import android.webkit.WebView;
import android.webkit.WebViewClient;

class CheckoutClient extends WebViewClient {
    @Override
    public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
        handler.proceed();
//      ^^^^^^^^^^^^^^^^^ webview-ssl-error-proceed 💡
    }
}

class Screens {
    void install(WebView webView) {
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onReceivedSslError(WebView view, final SslErrorHandler h, SslError error) {
                if (error.getPrimaryError() == SslError.SSL_UNTRUSTED) {
                    h.proceed();
//                  ^^^^^^^^^^^ webview-ssl-error-proceed 💡
                } else {
                    h.cancel();
                }
            }
        });
    }

    void debugOnly(WebView webView) {
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
                if (!BuildConfig.DEBUG) {
                    handler.cancel();
                    return;
                }
                handler.proceed();
//              ^^^^^^^^^^^^^^^^^ webview-ssl-error-proceed 💡: debug-only branch
            }
        });
    }
}

class SafeClient extends WebViewClient {
    @Override
    public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
        // ok: webview-ssl-error-proceed (the default behaviour)
        super.onReceivedSslError(view, handler, error);
    }
}

class Wizard {
    void next(Flow flow) {
        // ok: webview-ssl-error-proceed (unrelated proceed())
        flow.proceed();
    }
}
