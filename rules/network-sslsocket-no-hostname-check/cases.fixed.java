package com.example.pay.net;

import android.net.SSLCertificateSocketFactory;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

class PosLink {
    SSLSocketFactory factory() {
        return SSLCertificateSocketFactory.getDefault(0, null);
        //                                 ^^^^^^^^^^^ network-sslsocket-no-hostname-check 💡
    }

    SSLSocket open(SSLSocketFactory factory, String host) throws Exception {
        SSLSocket socket = (SSLSocket) factory.createSocket(host, 8443);
        //                                     ^^^^^^^^^^^^ network-sslsocket-no-hostname-check
        socket.startHandshake();
        return socket;
    }

    Socket plain(SSLSocketFactory factory, String host) throws Exception {
        // ok: network-sslsocket-no-hostname-check (not used as an SSLSocket here; unencrypted-socket rules judge plain sockets)
        Socket s = factory.createSocket(host, 8443);
        return s;
    }
}
