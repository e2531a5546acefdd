package com.example.pay.net;

import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

class AgentTerminal {
    Socket open(String host) throws Exception {
        Socket s = new Socket(host, 5000);
        //             ^^^^^^ network-unencrypted-socket
        return s;
    }

    ServerSocket serve() throws Exception {
        return new java.net.ServerSocket(9000);
        //                  ^^^^^^^^^^^^ network-unencrypted-socket
    }

    Socket secure(String host) throws Exception {
        // ok: network-unencrypted-socket (TLS socket)
        return SSLSocketFactory.getDefault().createSocket(host, 443);
    }
}

class BluetoothPrinterBridge {
    Socket open(String ip, int port) throws Exception {
        // ok: network-unencrypted-socket (printer bridge on the local network)
        return new Socket(ip, port);
    }
}
