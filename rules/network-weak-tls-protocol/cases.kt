package com.example.pay.net

import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSocket
import okhttp3.ConnectionSpec
import okhttp3.TlsVersion

const val LEGACY_PROTOCOL = "TLSv1.1"

fun contexts(socket: SSLSocket) {
    val a = SSLContext.getInstance("TLSv1")
    //                             ^^^^^^^ network-weak-tls-protocol 💡
    val b = SSLContext.getInstance(LEGACY_PROTOCOL)
    //                             ^^^^^^^^^^^^^^^ network-weak-tls-protocol: "TLSv1.1"
    socket.enabledProtocols = arrayOf("TLSv1.2", "SSLv3")
    //                                           ^^^^^^^ network-weak-tls-protocol
    // ok: network-weak-tls-protocol ("TLS" negotiates the best version)
    val c = SSLContext.getInstance("TLS")
    // ok: network-weak-tls-protocol (TLS 1.3)
    val d = SSLContext.getInstance("TLSv1.3")
    // ok: network-weak-tls-protocol (modern versions only)
    socket.enabledProtocols = arrayOf("TLSv1.2", "TLSv1.3")
}

val spec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
//                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-weak-tls-protocol 💡
    .tlsVersions(TlsVersion.TLS_1_2, TlsVersion.TLS_1_1)
    //                               ^^^^^^^^^^^^^^^^^^ network-weak-tls-protocol 💡
    .build()

// ok: network-weak-tls-protocol (modern spec)
val modern = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2).build()
