package com.example.pay.net;

class TlsHelper {
    private static final String CLIENT_KEY =
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----";
    //  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret: PEM private key
    static final String DB_PASSWORD = "P@ssw0rd2024!";
    //                                ^^^^^^^^^^^^^^^ secrets-hardcoded-secret
    private String slackHook = "xoxb-123456789012-abcdefABCDEF";
    //                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret

    void call(HttpURLConnection connection, Gateway gateway) {
        connection.setRequestProperty("Authorization", "Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0");
        //                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret: bearer
        gateway.setApiKey("a8F3kL0qZ7xW2pR5");
        //                ^^^^^^^^^^^^^^^^^^ secrets-hardcoded-secret
        // ok: secrets-hardcoded-secret (from BuildConfig)
        connection.setRequestProperty("X-Api-Secret", BuildConfig.API_SECRET);
        // ok: secrets-hardcoded-secret (a label)
        String passwordLabel = "Password1234";
        // ok: secrets-hardcoded-secret (a key name)
        String EXTRA_TOKEN = "com.example.pay.extra.TOKEN";
    }
}
