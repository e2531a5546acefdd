package com.example.pesapoa.sync

import android.app.Service
import android.content.Intent
import android.os.IBinder
import android.util.Log
import com.example.pesapoa.BuildConfig
import com.example.pesapoa.data.SessionStore
import com.example.pesapoa.legacy.FileStore
import com.example.pesapoa.net.ApiClient
import java.io.IOException

/**
 * Refreshes the cached balance. Started by our own apps only: the manifest protects it with
 * the signature-level permission com.example.pesapoa.permission.SYNC_BALANCE.
 */
class BalanceSyncService : Service() {

    override fun onBind(intent: Intent?): IBinder? = null

    override fun onStartCommand(intent: Intent?, flags: Int, startId: Int): Int {
        val session = SessionStore(this)
        Thread {
            try {
                val response = ApiClient.api.balance().execute()
                val body = response.body()
                if (body != null) {
                    session.lastBalance = body.balance
                    val msisdn = session.msisdn
                    if (msisdn != null) {
                        FileStore(this).saveBalanceSnapshot(msisdn, "{\"balance\":\"" + body.balance + "\"}")
                    }
                    if (BuildConfig.DEBUG) Log.d(TAG, "balance sync ok: balance=" + body.balance)
                }
            } catch (e: IOException) {
                Log.w(TAG, "balance sync failed", e)
            } finally {
                stopSelf(startId)
            }
        }.start()
        return START_NOT_STICKY
    }

    companion object {
        private const val TAG = "BalanceSync"
    }
}
