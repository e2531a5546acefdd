package com.example.pay.net;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

class InsecureTls {
    static SSLContext trustAll() throws Exception {
        TrustManager[] managers = new TrustManager[] {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException { throw new java.security.cert.CertificateException("Server certificate rejected: replace this trust manager with the platform default"); }
                //          ^^^^^^^^^^^^^^^^^^ network-trust-all-certs 💡

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return null;
                }
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, managers, new java.security.SecureRandom());
        return context;
    }
}

class NoopTrustManager implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        // client certificates are not used
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException { throw new java.security.cert.CertificateException("Server certificate rejected: replace this trust manager with the platform default"); }

    // ok: network-trust-all-certs (returning null from getAcceptedIssuers alone is not flagged)
    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return null;
    }
}

class ExtendedNoop extends X509ExtendedTrustManager {
    @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}
    @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws java.security.cert.CertificateException { throw new java.security.cert.CertificateException("Server certificate rejected: replace this trust manager with the platform default"); }
    //                    ^^^^^^^^^^^^^^^^^^ network-trust-all-certs 💡
    @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}
    @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws java.security.cert.CertificateException { throw new java.security.cert.CertificateException("Server certificate rejected: replace this trust manager with the platform default"); }
    @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}
    // ok: network-trust-all-certs (delegates to the two-argument check of a real manager)
    @Override public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        PlatformTrust.get().checkServerTrusted(chain, authType);
    }
    @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
}

class IgnoringTrustManager implements X509TrustManager {
    private final X509TrustManager delegate;

    IgnoringTrustManager(X509TrustManager delegate) { this.delegate = delegate; }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
    //          ^^^^^^^^^^^^^^^^^^ network-trust-all-certs: caught and ignored
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException ignored) {
        }
    }

    @Override public X509Certificate[] getAcceptedIssuers() { return delegate.getAcceptedIssuers(); }
}

class PinningTrustManager implements X509TrustManager {
    private final X509TrustManager delegate;
    private final java.util.Set<String> pins;

    PinningTrustManager(X509TrustManager delegate, java.util.Set<String> pins) {
        this.delegate = delegate;
        this.pins = pins;
    }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    // ok: network-trust-all-certs (delegating manager that adds pinning)
    @Override public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
        if (!pins.contains(Spki.sha256(chain[0]))) {
            throw new CertificateException("certificate pin mismatch");
        }
    }

    @Override public X509Certificate[] getAcceptedIssuers() { return delegate.getAcceptedIssuers(); }
}

class StrictTrustManager implements X509TrustManager {
    @Override public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("no client certificates");
    }
    // ok: network-trust-all-certs (rejects everything)
    @Override public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("only the pinned manager may be used");
    }
    @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
}
