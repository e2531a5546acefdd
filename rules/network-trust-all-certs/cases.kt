package com.example.pay.net

import java.security.KeyStore
import java.security.cert.CertificateException
import java.security.cert.X509Certificate
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager

object TrustEverything : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) = Unit
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) = Unit
    //           ^^^^^^^^^^^^^^^^^^ network-trust-all-certs 💡
    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

class LenientTrustManager : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
    //           ^^^^^^^^^^^^^^^^^^ network-trust-all-certs 💡
        // TODO: staging uses a self-signed certificate
    }
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}

fun insecureContext(): SSLContext {
    val trustAll = object : X509TrustManager {
        override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
        override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {
        //           ^^^^^^^^^^^^^^^^^^ network-trust-all-certs 💡: accepts any certificate
            Log.d("TLS", "accepting ${chain?.size} certificates")
            return
        }
        override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
    }
    return SSLContext.getInstance("TLS").apply { init(null, arrayOf(trustAll), null) }
}

class SwallowingTrustManager(private val delegate: X509TrustManager) : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) = delegate.checkClientTrusted(chain, authType)
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
    //           ^^^^^^^^^^^^^^^^^^ network-trust-all-certs: caught and ignored
        try {
            delegate.checkServerTrusted(chain, authType)
        } catch (e: CertificateException) {
            Log.w("TLS", "ignoring certificate error", e)
        }
    }
    override fun getAcceptedIssuers(): Array<X509Certificate> = delegate.acceptedIssuers
}

// ok: network-trust-all-certs (delegates to the platform trust manager, then pins)
class PinningTrustManager(private val delegate: X509TrustManager, private val pins: Set<String>) : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) = delegate.checkClientTrusted(chain, authType)
    // ok: network-trust-all-certs (delegating manager)
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        delegate.checkServerTrusted(chain, authType)
        if (chain.none { spkiSha256(it) in pins }) throw CertificateException("pin mismatch")
    }
    // ok: network-trust-all-certs (getAcceptedIssuers returning an empty list alone is not the problem)
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}

class RejectingTrustManager : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {
        throw CertificateException("no client auth")
    }
    // ok: network-trust-all-certs (always throws)
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        throw CertificateException("not trusted")
    }
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}

class RethrowingTrustManager(private val delegate: X509TrustManager) : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
    // ok: network-trust-all-certs (the catch block logs and rethrows)
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        try {
            delegate.checkServerTrusted(chain, authType)
        } catch (e: CertificateException) {
            Log.e("TLS", "rejected", e)
            throw e
        }
    }
    override fun getAcceptedIssuers(): Array<X509Certificate> = delegate.acceptedIssuers
}

// ok: network-trust-all-certs (not a trust manager: an unrelated method with the same name)
class Auditor {
    fun checkServerTrusted(host: String) {}
}

fun platformDefault(): X509TrustManager {
    val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
    tmf.init(null as KeyStore?)
    return tmf.trustManagers.filterIsInstance<X509TrustManager>().first()
}
