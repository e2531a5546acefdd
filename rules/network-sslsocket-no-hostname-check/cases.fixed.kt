package com.example.pay.net

import android.net.SSLCertificateSocketFactory
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLSocket
import javax.net.ssl.SSLSocketFactory

fun insecureFactory() = SSLCertificateSocketFactory.getDefault(5_000, null)
//                                                  ^^^^^^^^^^^ network-sslsocket-no-hostname-check 💡

fun rawSocket(host: String): SSLSocket {
    val socket = SSLSocketFactory.getDefault().createSocket(host, 443) as SSLSocket
    //                                         ^^^^^^^^^^^^ network-sslsocket-no-hostname-check
    socket.startHandshake()
    return socket
}

fun verifiedSocket(host: String): SSLSocket {
    // ok: network-sslsocket-no-hostname-check (the host name is verified after the handshake)
    val socket = SSLSocketFactory.getDefault().createSocket(host, 443) as SSLSocket
    socket.startHandshake()
    if (!HttpsURLConnection.getDefaultHostnameVerifier().verify(host, socket.session)) {
        socket.close()
        throw javax.net.ssl.SSLPeerUnverifiedException("host name mismatch")
    }
    return socket
}

fun endpointIdentification(host: String): SSLSocket {
    // ok: network-sslsocket-no-hostname-check (the handshake checks the host)
    val socket = SSLSocketFactory.getDefault().createSocket(host, 443) as SSLSocket
    socket.sslParameters = socket.sslParameters.apply { endpointIdentificationAlgorithm = "HTTPS" }
    return socket
}

fun secureFactory() {
    // ok: network-sslsocket-no-hostname-check (the validating factory)
    val f = SSLCertificateSocketFactory.getDefault(5_000, null)
}
