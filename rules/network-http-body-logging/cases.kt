package com.example.pay.net

import io.ktor.client.HttpClient
import io.ktor.client.plugins.logging.LogLevel
import io.ktor.client.plugins.logging.Logging
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import okhttp3.logging.HttpLoggingInterceptor.Level.BODY

fun client(): OkHttpClient {
    val logging = HttpLoggingInterceptor().apply { level = HttpLoggingInterceptor.Level.BODY }
    //                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-http-body-logging 💡
    return OkHttpClient.Builder()
        .addInterceptor(logging)
        .addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.HEADERS))
        //                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ network-http-body-logging 💡: at HEADERS
        .addNetworkInterceptor(HttpLoggingInterceptor().apply { level = BODY })
        //                                                              ^^^^ network-http-body-logging 💡
        .build()
}

fun ktor() = HttpClient {
    install(Logging) {
        level = LogLevel.ALL
        //      ^^^^^^^^^^^^ network-http-body-logging 💡
    }
}

fun debugOnly(builder: OkHttpClient.Builder) {
    val logging = HttpLoggingInterceptor()
    // ok: network-http-body-logging (level chosen by build type)
    logging.level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BODY else HttpLoggingInterceptor.Level.NONE
    if (BuildConfig.DEBUG) {
        // ok: network-http-body-logging (debug builds only)
        logging.level = HttpLoggingInterceptor.Level.BODY
    }
    // ok: network-http-body-logging (BASIC logs no bodies or headers)
    logging.level = HttpLoggingInterceptor.Level.BASIC
}

fun installedInDebug(builder: OkHttpClient.Builder) {
    // ok: network-http-body-logging (the interceptor is only installed in debug builds)
    val verbose = HttpLoggingInterceptor().apply { level = HttpLoggingInterceptor.Level.BODY }
    if (BuildConfig.DEBUG) builder.addInterceptor(verbose)
}

fun ktorInfo() = HttpClient {
    install(Logging) {
        // ok: network-http-body-logging (INFO logs the request line only)
        level = LogLevel.INFO
    }
}
