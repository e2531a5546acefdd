package com.example.pay.net;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import okhttp3.ConnectionSpec;
import okhttp3.TlsVersion;

class Tls {
    private static final String PROTO = "SSLv3";

    void configure(SSLSocket socket) throws Exception {
        SSLContext a = SSLContext.getInstance("TLSv1.1");
        //                                    ^^^^^^^^^ network-weak-tls-protocol 💡
        SSLContext b = SSLContext.getInstance(PROTO);
        //                                    ^^^^^ network-weak-tls-protocol
        socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.2"});
        //                                       ^^^^^^^ network-weak-tls-protocol
        ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
            .tlsVersions(TlsVersion.TLS_1_0)
            //           ^^^^^^^^^^^^^^^^^^ network-weak-tls-protocol 💡
            .build();
        // ok: network-weak-tls-protocol (the default "TLS" context)
        SSLContext c = SSLContext.getInstance("TLS");
        // ok: network-weak-tls-protocol (modern versions)
        socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
    }
}
