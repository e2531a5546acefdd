package com.example.pay.net

import javax.net.ssl.HostnameVerifier
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLSession
import okhttp3.OkHttpClient
import org.apache.http.conn.ssl.NoopHostnameVerifier
import org.apache.http.conn.ssl.SSLSocketFactory

val acceptAll = HostnameVerifier { hostname, session -> javax.net.ssl.HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session) }
//                                         ^^^^ network-hostname-verifier-allow-all 💡

fun insecureClient(): OkHttpClient =
    OkHttpClient.Builder()
        .hostnameVerifier { hostname, session -> javax.net.ssl.HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session) }
        //                          ^^^^ network-hostname-verifier-allow-all 💡
        .build()

fun legacy(conn: HttpsURLConnection) {
    conn.setHostnameVerifier { hostname, session -> javax.net.ssl.HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session) }
    HttpsURLConnection.setDefaultHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER)
    //                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-hostname-verifier-allow-all
    conn.hostnameVerifier = NoopHostnameVerifier.INSTANCE
    //                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-hostname-verifier-allow-all
    val noop = NoopHostnameVerifier()
    //         ^^^^^^^^^^^^^^^^^^^^ network-hostname-verifier-allow-all
}

object TrustingVerifier : HostnameVerifier {
    override fun verify(hostname: String?, session: SSLSession?): Boolean = javax.net.ssl.HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session)
    //           ^^^^^^ network-hostname-verifier-allow-all 💡
}

val anonymous = object : HostnameVerifier {
    override fun verify(hostname: String, session: SSLSession): Boolean = javax.net.ssl.HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session)
}

fun safeClient(pinned: Set<String>): OkHttpClient {
    val platform = HttpsURLConnection.getDefaultHostnameVerifier()
    return OkHttpClient.Builder()
        // ok: network-hostname-verifier-allow-all (calls the default verifier first)
        .hostnameVerifier { hostname, session -> platform.verify(hostname, session) && hostname in pinned }
        .build()
}

// ok: network-hostname-verifier-allow-all (checks the host against an exact name)
val exact = HostnameVerifier { hostname, _ -> hostname == "api.example-bank.com" }

class DelegatingVerifier(private val delegate: HostnameVerifier) : HostnameVerifier {
    // ok: network-hostname-verifier-allow-all (delegates)
    override fun verify(hostname: String, session: SSLSession): Boolean = delegate.verify(hostname, session)
}

// ok: network-hostname-verifier-allow-all (a different callback that happens to return true)
val retry = RetryPolicy { _, _ -> true }
