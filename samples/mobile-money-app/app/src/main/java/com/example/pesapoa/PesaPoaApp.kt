package com.example.pesapoa

import android.app.Application
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.util.Log
import com.example.pesapoa.data.SessionStore
import com.example.pesapoa.net.ApiClient
import com.example.pesapoa.ui.LoginActivity
import com.google.firebase.crashlytics.FirebaseCrashlytics

class PesaPoaApp : Application() {

    lateinit var session: SessionStore
        private set

    /** ApiClient broadcasts ACTION_SESSION_EXPIRED when the backend answers 401. */
    private val sessionExpiredReceiver = object : BroadcastReceiver() {
        override fun onReceive(context: Context, intent: Intent) {
            Log.i(TAG, "Session expired, back to login")
            session.accessToken = null
            val login = Intent(context, LoginActivity::class.java)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TASK)
            context.startActivity(login)
        }
    }

    override fun onCreate() {
        super.onCreate()
        session = SessionStore(this)
        ApiClient.init(this)

        val crashlytics = FirebaseCrashlytics.getInstance()
        val msisdn = session.msisdn
        if (msisdn != null) {
            // Support asked for this so they can find a customer's crashes by phone number
            crashlytics.setUserId(msisdn)
            crashlytics.setCustomKey("msisdn", msisdn)
        }
        crashlytics.setCustomKey("app_flavour", "production")

        registerReceiver(sessionExpiredReceiver, IntentFilter(ACTION_SESSION_EXPIRED))
    }

    companion object {
        const val TAG = "PesaPoa"
        const val ACTION_SESSION_EXPIRED = "com.example.pesapoa.SESSION_EXPIRED"
    }
}
