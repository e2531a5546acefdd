// path: app/src/test/java/com/example/pay/net/FakeServerTest.kt
package com.example.pay.net

import java.security.cert.X509Certificate
import javax.net.ssl.X509TrustManager

// Test sources do not ship: the engine skips them, so a trust-all manager for a MockWebServer is fine here.
class FakeServerTrust : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
    // ok: network-trust-all-certs (test source set)
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}
