package com.example.pay.web;

import android.webkit.GeolocationPermissions;
import android.webkit.WebChromeClient;
import android.webkit.WebView;

class BranchFinder {
    private static final String MAP_ORIGIN = "https://branches.example.com";

    void install(WebView webView) {
        webView.setWebChromeClient(new WebChromeClient() {
            @Override
            public void onGeolocationPermissionsShowPrompt(String origin, GeolocationPermissions.Callback callback) {
                callback.invoke(origin, false, false);
                //                      ^^^^ webview-geolocation 💡
            }
        });
    }

    void installChecked(WebView webView) {
        webView.setWebChromeClient(new WebChromeClient() {
            @Override
            public void onGeolocationPermissionsShowPrompt(String origin, GeolocationPermissions.Callback callback) {
                boolean ours = MAP_ORIGIN.equals(origin);
                // ok: webview-geolocation (only our own origin gets location)
                callback.invoke(origin, ours, false);
            }
        });
    }
}

class PermissiveChrome extends WebChromeClient {
    @Override
    public void onGeolocationPermissionsShowPrompt(String requester, GeolocationPermissions.Callback cb) {
        Log.i("Geo", "location requested by " + requester);
        cb.invoke(requester, false, true);
        //                   ^^^^ webview-geolocation 💡
    }
}

class GuardedChrome extends WebChromeClient {
    @Override
    public void onGeolocationPermissionsShowPrompt(String origin, GeolocationPermissions.Callback callback) {
        if (isTrustedOrigin(origin)) {
            // ok: webview-geolocation (the app's own check decides)
            callback.invoke(origin, true, false);
        } else {
            callback.invoke(origin, false, false);
        }
    }

    private boolean isTrustedOrigin(String origin) { return origin.equals("https://branches.example.com"); }
}
