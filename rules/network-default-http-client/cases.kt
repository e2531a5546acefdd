package com.example.pay.net

import android.net.http.AndroidHttpClient
import io.ktor.client.HttpClient
import okhttp3.OkHttpClient
import org.apache.http.impl.client.DefaultHttpClient

fun legacy() {
    val client = DefaultHttpClient()
    //           ^^^^^^^^^^^^^^^^^ network-default-http-client
    val android = AndroidHttpClient.newInstance("PayApp/1.0")
    //                              ^^^^^^^^^^^ network-default-http-client: AndroidHttpClient
    // ok: network-default-http-client (OkHttp)
    val ok = OkHttpClient()
    // ok: network-default-http-client (Ktor's HttpClient is not Apache)
    val ktor = HttpClient()
}
