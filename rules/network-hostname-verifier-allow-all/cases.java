package com.example.pay.net;

import static org.apache.http.conn.ssl.SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import okhttp3.OkHttpClient;
import org.apache.http.conn.ssl.AllowAllHostnameVerifier;
import org.apache.http.conn.ssl.SSLSocketFactory;

class Verifiers {
    static final HostnameVerifier ACCEPT_ALL = (hostname, session) -> true;
    //                                                                ^^^^ network-hostname-verifier-allow-all 💡

    OkHttpClient client() {
        return new OkHttpClient.Builder()
            .hostnameVerifier((h, s) -> { return true; })
            //                                   ^^^^ network-hostname-verifier-allow-all 💡
            .build();
    }

    void legacy(HttpsURLConnection conn, SSLSocketFactory factory) {
        conn.setHostnameVerifier(new HostnameVerifier() {
            @Override
            public boolean verify(String hostname, SSLSession session) {
            //             ^^^^^^ network-hostname-verifier-allow-all 💡
                return true;
            }
        });
        factory.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
        //                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-hostname-verifier-allow-all
        factory.setHostnameVerifier(new AllowAllHostnameVerifier());
        //                              ^^^^^^^^^^^^^^^^^^^^^^^^ network-hostname-verifier-allow-all
    }

    void viaStaticImport(SSLSocketFactory factory) {
        factory.setHostnameVerifier(ALLOW_ALL_HOSTNAME_VERIFIER);
        //                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-hostname-verifier-allow-all: ALLOW_ALL_HOSTNAME_VERIFIER disables
    }

    OkHttpClient pinned(final java.util.Set<String> allowed) {
        final HostnameVerifier platform = HttpsURLConnection.getDefaultHostnameVerifier();
        return new OkHttpClient.Builder()
            // ok: network-hostname-verifier-allow-all (the default verifier runs first)
            .hostnameVerifier((host, session) -> platform.verify(host, session) && allowed.contains(host))
            .build();
    }

    // ok: network-hostname-verifier-allow-all (exact host check)
    static final HostnameVerifier EXACT = (host, session) -> "api.example-bank.com".equals(host);
}

class StrictVerifier implements HostnameVerifier {
    // ok: network-hostname-verifier-allow-all (delegates to the platform verifier)
    @Override
    public boolean verify(String hostname, SSLSession session) {
        return HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session);
    }
}
