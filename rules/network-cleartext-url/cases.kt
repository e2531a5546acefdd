package com.example.pay.net

import okhttp3.HttpUrl.Companion.toHttpUrl
import okhttp3.Request
import retrofit2.Retrofit

const val BASE_URL = "http://api.example-wallet.co.ke/v1/"
//                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-cleartext-url 💡
// ok: network-cleartext-url (emulator alias of the development machine)
const val DEV_HOST = "http://10.0.2.2:8080/"
// ok: network-cleartext-url (XML namespace, not an endpoint)
const val ANDROID_NS = "http://schemas.android.com/apk/res/android"
// ok: network-cleartext-url (a licence link, and not an endpoint name)
const val LICENSE = "http://www.apache.org/licenses/LICENSE-2.0"
// ok: network-cleartext-url (https)
const val PROD_URL = "https://api.example-wallet.co.ke/v1/"

fun retrofit(): Retrofit = Retrofit.Builder()
    .baseUrl("http://payments.example-wallet.co.ke/")
    //       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-cleartext-url 💡
    .build()

fun request(path: String, host: String) {
    val r = Request.Builder().url("http://$host/v1/" + path).build()
    //                            ^^^^^^^^^^^^^^^^^^ network-cleartext-url 💡
    val u = "http://agent.example-wallet.co.ke/float".toHttpUrl()
    //      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-cleartext-url 💡
    val client = ApiClient(endpoint = "http://float.example-wallet.co.ke")
    //                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-cleartext-url 💡
    // ok: network-cleartext-url (debug builds only)
    val dev = if (BuildConfig.DEBUG) "http://staging.example-wallet.internal/" else PROD_URL
    // ok: network-cleartext-url (loopback)
    val local = java.net.URL("http://127.0.0.1:4723/wd/hub")
    // ok: network-cleartext-url (a plain message, not an endpoint)
    showToast("Visit http://help.example-wallet.co.ke for help")
}
