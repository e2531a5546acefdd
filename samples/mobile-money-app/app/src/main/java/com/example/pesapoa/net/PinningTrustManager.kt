package com.example.pesapoa.net

import android.util.Base64
import java.security.KeyStore
import java.security.MessageDigest
import java.security.cert.CertificateException
import java.security.cert.X509Certificate
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSocketFactory
import javax.net.ssl.TrustManager
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager

/**
 * Delegates to the platform trust manager and then checks that one certificate in the
 * validated chain carries one of our SPKI pins.
 */
class PinningTrustManager(private val pins: Set<String>) : X509TrustManager {

    private val platform: X509TrustManager = run {
        val factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        factory.init(null as KeyStore?)
        factory.trustManagers.filterIsInstance<X509TrustManager>().first()
    }

    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {
        platform.checkClientTrusted(chain, authType)
    }

    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        platform.checkServerTrusted(chain, authType)
        val matched = chain.any { spkiSha256(it) in pins }
        if (!matched) {
            throw CertificateException("No pinned key in chain for " + chain[0].subjectX500Principal.name)
        }
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = platform.acceptedIssuers

    fun socketFactory(): SSLSocketFactory {
        val context = SSLContext.getInstance("TLSv1.2")
        context.init(null, arrayOf<TrustManager>(this), null)
        return context.socketFactory
    }

    private fun spkiSha256(cert: X509Certificate): String {
        val digest = MessageDigest.getInstance("SHA-256").digest(cert.publicKey.encoded)
        return Base64.encodeToString(digest, Base64.NO_WRAP)
    }
}
