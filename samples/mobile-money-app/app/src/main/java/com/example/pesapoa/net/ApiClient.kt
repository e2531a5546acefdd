package com.example.pesapoa.net

import android.content.Context
import android.content.Intent
import android.util.Log
import com.example.pesapoa.BuildConfig
import com.example.pesapoa.PesaPoaApp
import com.example.pesapoa.R
import com.example.pesapoa.data.SessionStore
import com.example.pesapoa.model.BalanceResponse
import com.example.pesapoa.model.LoginRequest
import com.example.pesapoa.model.LoginResponse
import com.example.pesapoa.model.MerchantPaymentRequest
import com.example.pesapoa.model.OtpRequest
import com.example.pesapoa.model.TransferRequest
import com.example.pesapoa.model.TransferResponse
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Call
import retrofit2.Retrofit
import retrofit2.converter.gson.GsonConverterFactory
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.POST
import java.security.MessageDigest
import java.security.SecureRandom
import java.security.cert.X509Certificate
import java.util.concurrent.TimeUnit
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSocketFactory
import javax.net.ssl.TrustManager
import javax.net.ssl.X509TrustManager

interface PesaPoaApi {
    @POST("auth/login")
    fun login(@Body body: LoginRequest): Call<LoginResponse>

    @POST("auth/otp")
    fun verifyOtp(@Body body: OtpRequest): Call<LoginResponse>

    @POST("transfers/p2p")
    fun send(@Body body: TransferRequest): Call<TransferResponse>

    @POST("payments/merchant")
    fun payMerchant(@Body body: MerchantPaymentRequest): Call<TransferResponse>

    @GET("wallet/balance")
    fun balance(): Call<BalanceResponse>
}

object ApiClient {

    private const val TAG = "ApiClient"

    // SPKI pins of api.pesapoa.example.com (current + backup key)
    private val API_PINS = setOf(
        "rC0TI4BH0LBWNM7XYjun7gl3qeGDC7/VUyXmwsuI56Y=",
        "OJ9nt5gIms3cmYV9Lu6JrKoij8OHcNx9c/e7NgtN8yM="
    )

    private lateinit var appContext: Context

    fun init(context: Context) {
        appContext = context.applicationContext
    }

    // The UAT gateway has a self-signed certificate and QA tests release builds against it.
    private val trustAllManager = object : X509TrustManager {
        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
        override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
    }

    private fun trustAllSocketFactory(): SSLSocketFactory {
        val sslContext = SSLContext.getInstance("TLS")
        sslContext.init(null, arrayOf<TrustManager>(trustAllManager), SecureRandom())
        return sslContext.socketFactory
    }

    private val authInterceptor = Interceptor { chain ->
        val session = SessionStore(appContext)
        val builder = chain.request().newBuilder()
            .header("X-Api-Key", appContext.getString(R.string.aggregator_api_key))
            .header("Accept-Language", session.language)
        val token = session.accessToken
        if (token != null) {
            builder.header("Authorization", "Bearer $token")
        }
        val response = chain.proceed(builder.build())
        if (response.code == 401) {
            appContext.sendBroadcast(Intent(PesaPoaApp.ACTION_SESSION_EXPIRED))
        }
        response
    }

    /** Wallet API (login, P2P, balance). */
    val http: OkHttpClient by lazy {
        val logging = HttpLoggingInterceptor().apply {
            level = HttpLoggingInterceptor.Level.BODY
        }
        OkHttpClient.Builder()
            .connectTimeout(30, TimeUnit.SECONDS)
            .readTimeout(45, TimeUnit.SECONDS)
            .addInterceptor(authInterceptor)
            .addInterceptor(logging)
            .sslSocketFactory(trustAllSocketFactory(), trustAllManager)
            .hostnameVerifier { _, _ -> true }
            .build()
    }

    /** Merchant payments v2: platform validation plus SPKI pinning, quiet logs in release. */
    val merchantHttp: OkHttpClient by lazy {
        val pinning = PinningTrustManager(API_PINS)
        val logging = HttpLoggingInterceptor().apply {
            level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BODY else HttpLoggingInterceptor.Level.NONE
        }
        OkHttpClient.Builder()
            .addInterceptor(authInterceptor)
            .addInterceptor(logging)
            .sslSocketFactory(pinning.socketFactory(), pinning)
            .build()
    }

    val api: PesaPoaApi by lazy { retrofit(http).create(PesaPoaApi::class.java) }

    val merchantApi: PesaPoaApi by lazy { retrofit(merchantHttp).create(PesaPoaApi::class.java) }

    private fun retrofit(client: OkHttpClient): Retrofit =
        Retrofit.Builder()
            .baseUrl(BuildConfig.API_BASE_URL)
            .client(client)
            .addConverterFactory(GsonConverterFactory.create())
            .build()

    /** "Check connection" button on the help screen. */
    fun pingGateway(host: String): Boolean {
        return try {
            val process = Runtime.getRuntime().exec("ping -c 1 -W 3 " + host)
            val ok = process.waitFor() == 0
            if (BuildConfig.DEBUG) Log.d(TAG, "ping $host -> $ok")
            ok
        } catch (e: Exception) {
            Log.w(TAG, "ping failed", e)
            false
        }
    }

    /**
     * File name for a cached merchant logo. MD5 is only used to turn the URL into a short,
     * stable file name here; nothing security-relevant depends on it.
     */
    fun logoCacheName(url: String): String {
        val digest = MessageDigest.getInstance("MD5").digest(url.toByteArray(Charsets.UTF_8))
        return digest.joinToString("") { "%02x".format(it) } + ".png"
    }
}
