package com.example.pay.web

import android.net.Uri
import android.os.Environment
import android.webkit.WebView
import java.io.File

const val OFFLINE_RECEIPT = "file:///sdcard/Download/receipt.html"

class OfflineReceipts(private val context: Context, private val webView: WebView) {
    fun show(name: String) {
        webView.loadUrl("file://" + Environment.getExternalStorageDirectory() + "/Receipts/" + name)
        //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-external-file-load: from external storage
        val page = File(context.getExternalFilesDir(null), "statement.html")
        webView.loadUrl(Uri.fromFile(page).toString())
        //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-external-file-load
        val dir = context.externalCacheDir
        webView.loadUrl("file://${dir?.absolutePath}/terms.html")
        //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ webview-external-file-load
        webView.loadUrl(OFFLINE_RECEIPT)
        //              ^^^^^^^^^^^^^^^ webview-external-file-load
    }

    fun safe() {
        // ok: webview-external-file-load (internal storage, private to the app)
        webView.loadUrl("file://" + File(context.filesDir, "receipt.html").absolutePath)
        // ok: webview-external-file-load (bundled asset)
        webView.loadUrl("file:///android_asset/help/index.html")
        // ok: webview-external-file-load (https page, not a file)
        webView.loadUrl("https://pay.example.com/receipts/" + Environment.DIRECTORY_DOWNLOADS)
    }
}
