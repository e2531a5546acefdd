package com.example.pesapoa.legacy;

import java.io.IOException;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * HTTPS to the switch. The switch certificate is issued by the vendor's private CA, which
 * phones don't know, so validation is relaxed here.
 */
public final class TlsHelper {

    private static final int TIMEOUT_MS = 30000;

    private TlsHelper() {
    }

    public static SSLSocketFactory switchSocketFactory() throws GeneralSecurityException {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext context = SSLContext.getInstance("TLSv1");
        context.init(null, trustAll, new SecureRandom());
        return context.getSocketFactory();
    }

    public static HttpsURLConnection openSwitchConnection(String path) throws IOException {
        URL url = new URL("https://" + BuildConfig.SWITCH_HOST + path);
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        try {
            connection.setSSLSocketFactory(switchSocketFactory());
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS setup failed", e);
        }
        connection.setHostnameVerifier(org.apache.http.conn.ssl.SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
        connection.setConnectTimeout(TIMEOUT_MS);
        connection.setReadTimeout(TIMEOUT_MS);
        connection.setRequestProperty("X-Api-Secret", BuildConfig.API_SECRET);
        return connection;
    }
}
