package com.example.pay.net;

import org.apache.http.client.HttpClient;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.client.HttpClients;

class Legacy {
    HttpClient a() {
        return new DefaultHttpClient();
        //         ^^^^^^^^^^^^^^^^^ network-default-http-client
    }

    HttpClient b() {
        return HttpClients.createDefault();
        //                 ^^^^^^^^^^^^^ network-default-http-client
    }

    java.net.HttpURLConnection c(java.net.URL url) throws Exception {
        // ok: network-default-http-client (the platform client)
        return (java.net.HttpURLConnection) url.openConnection();
    }
}
