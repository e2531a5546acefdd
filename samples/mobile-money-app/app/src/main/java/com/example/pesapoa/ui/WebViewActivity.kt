package com.example.pesapoa.ui

import android.content.Intent
import android.net.Uri
import android.net.http.SslError
import android.os.Bundle
import android.util.Log
import android.webkit.SslErrorHandler
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.appcompat.app.AppCompatActivity
import com.example.pesapoa.R
import com.example.pesapoa.data.SessionStore
import com.example.pesapoa.web.WebBridge

/**
 * Help centre, tariffs and the KYC upload flow (vendor pages). The partner bank app also
 * opens this screen with an EXTRA_URL.
 */
class WebViewActivity : AppCompatActivity() {

    private lateinit var webView: WebView

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        webView = WebView(this)
        setContentView(webView)

        val url = intent.getStringExtra(EXTRA_URL) ?: getString(R.string.help_url)
        val kyc = intent.getBooleanExtra(EXTRA_KYC, false)

        if (kyc) {
            WebBridge.enableForKyc(webView)
        } else {
            webView.settings.apply {
                javaScriptEnabled = true
                domStorageEnabled = true
                allowFileAccess = true
                builtInZoomControls = false
            }
        }
        webView.addJavascriptInterface(WebBridge(this, SessionStore(this)), "PesaPoa")

        webView.webViewClient = object : WebViewClient() {
            override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
                // help.pesapoa.example.com certificate expired once and the screen went blank
                Log.w(TAG, "SSL error " + error.primaryError + " on " + error.url)
                handler.proceed()
            }

            override fun shouldOverrideUrlLoading(view: WebView, target: String): Boolean {
                if (target.startsWith("tel:")) {
                    startActivity(Intent(Intent.ACTION_DIAL, Uri.parse(target)))
                    return true
                }
                return false
            }
        }

        if (url.contains("pesapoa.example.com")) {
            webView.loadUrl(url)
        } else {
            Log.w(TAG, "Refusing to open $url")
            finish()
        }
    }

    override fun onBackPressed() {
        if (webView.canGoBack()) webView.goBack() else super.onBackPressed()
    }

    companion object {
        private const val TAG = "WebViewActivity"
        const val EXTRA_URL = "url"
        const val EXTRA_KYC = "kyc"
    }
}
