package com.example.pay.web;

import android.content.Context;
import android.net.Uri;
import android.os.Environment;
import android.webkit.WebView;
import java.io.File;

class KycTerms {
    private static final String TERMS = "file:///storage/emulated/0/Documents/terms.html";
    private WebView webView;
    private Context context;

    void show() {
        File dir = Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_DOWNLOADS);
        File page = new File(dir, "kyc.html");
        webView.loadUrl("file://" + page.getAbsolutePath());
        //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-external-file-load
        webView.loadUrl(TERMS);
        //              ^^^^^ webview-external-file-load: external storage
        webView.loadUrl(Uri.fromFile(new File(context.getExternalFilesDir(null), "t.html")).toString());
        //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-external-file-load
    }

    void safe() {
        File internal = new File(context.getFilesDir(), "kyc.html");
        // ok: webview-external-file-load (app-private internal storage)
        webView.loadUrl("file://" + internal.getAbsolutePath());
        // ok: webview-external-file-load (bundled asset)
        webView.loadUrl("file:///android_asset/kyc.html");
    }
}
