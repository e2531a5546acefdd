package com.example.wallet

import android.app.Application
import android.os.StrictMode

class WalletApp : Application() {
    override fun onCreate() {
        super.onCreate()
        if (BuildConfig.DEBUG) {
            StrictMode.setThreadPolicy(
            //         ^^^^^^^^^^^^^^^ resilience-strictmode-in-release 💡: penaltyDeath
                StrictMode.ThreadPolicy.Builder().detectAll().penaltyLog().penaltyDeath().build()
            )
        }
        if (BuildConfig.DEBUG) enableVmChecks()
        enableDiskChecks()
    }

    private fun enableDiskChecks() {
        val policy = StrictMode.VmPolicy.Builder()
            .detectLeakedClosableObjects()
            .penaltyLog()
            .build()
        if (BuildConfig.DEBUG) {
            StrictMode.setVmPolicy(policy)
        }
        //         ^^^^^^^^^^^ resilience-strictmode-in-release 💡
    }

    private fun enableVmChecks() {
        // ok: resilience-strictmode-in-release (only called under if (BuildConfig.DEBUG))
        StrictMode.setVmPolicy(StrictMode.VmPolicy.Builder().detectAll().penaltyLog().build())
    }

    fun guarded() {
        if (BuildConfig.DEBUG) {
            // ok: resilience-strictmode-in-release (debug guard)
            StrictMode.setThreadPolicy(StrictMode.ThreadPolicy.Builder().detectAll().penaltyDialog().build())
        }
    }

    fun earlyReturn() {
        if (!BuildConfig.DEBUG) return
        // ok: resilience-strictmode-in-release (early return in release)
        StrictMode.setVmPolicy(StrictMode.VmPolicy.Builder().detectAll().penaltyLog().build())
    }

    fun <T> withDiskReads(block: () -> T): T {
        val old = StrictMode.allowThreadDiskReads()
        try {
            return block()
        } finally {
            // ok: resilience-strictmode-in-release (restores the previous policy, no penalty)
            StrictMode.setThreadPolicy(old)
        }
    }
}
