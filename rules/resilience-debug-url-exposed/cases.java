package com.example.wallet.net;

class ApiConfig {
    static final String BASE_URL = "https://uat.api.pesa.example.com/";
    //                                      ^^^^^^^^^^^^^^^^^^^^^^^^ resilience-debug-url-exposed
    static final String MOCK = "http://172.20.1.5:8443/mock";
    //                                 ^^^^^^^^^^ resilience-debug-url-exposed: private network
    static final String DEV_HOST = "dev.api.pesa.example.com";
    //                              ^^^^^^^^^^^^^^^^^^^^^^^^ resilience-debug-url-exposed

    // ok: resilience-debug-url-exposed (production)
    static final String PROD_URL = "https://api.pesa.example.com/";
    // ok: resilience-debug-url-exposed (a version string that looks like an IP)
    static final String LIB_VERSION = "172.16.0.1";
    // ok: resilience-debug-url-exposed (latest.example.com: "test" only inside a word)
    static final String CDN = "https://latest.cdn.example.com/";

    String pick() {
        if (BuildConfig.DEBUG) {
            // ok: resilience-debug-url-exposed (debug guard)
            return "http://10.0.2.2:8080/";
        }
        return PROD_URL;
    }

    boolean allowed(String url) {
        // ok: resilience-debug-url-exposed (a check)
        return url.startsWith("http://localhost");
    }
}
