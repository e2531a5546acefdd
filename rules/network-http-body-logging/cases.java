package com.example.pay.net;

import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.logging.HttpLoggingInterceptor.Level;

class ApiClient {
    OkHttpClient build() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.setLevel(HttpLoggingInterceptor.Level.BODY);
        //               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-http-body-logging 💡
        return new OkHttpClient.Builder()
            .addInterceptor(logging)
            .addInterceptor(new HttpLoggingInterceptor().setLevel(Level.HEADERS))
            //                                                    ^^^^^^^^^^^^^ network-http-body-logging 💡
            .build();
    }

    OkHttpClient guarded() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        // ok: network-http-body-logging (level chosen by build type)
        logging.setLevel(BuildConfig.DEBUG ? Level.BODY : Level.NONE);
        return new OkHttpClient.Builder().addInterceptor(logging).build();
    }

    void debugBranch(OkHttpClient.Builder builder) {
        if (BuildConfig.DEBUG) {
            HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
            // ok: network-http-body-logging (debug builds only)
            logging.setLevel(Level.BODY);
            builder.addInterceptor(logging);
        }
    }
}
