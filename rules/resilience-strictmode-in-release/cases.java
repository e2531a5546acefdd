package com.example.wallet;

import android.app.Application;
import android.os.StrictMode;

public class WalletApp extends Application {
    @Override
    public void onCreate() {
        super.onCreate();
        StrictMode.setThreadPolicy(new StrictMode.ThreadPolicy.Builder().detectNetwork().penaltyLog().build());
        //         ^^^^^^^^^^^^^^^ resilience-strictmode-in-release 💡
        StrictMode.VmPolicy vm = new StrictMode.VmPolicy.Builder().detectAll().penaltyDeath().build();
        StrictMode.setVmPolicy(vm);
        //         ^^^^^^^^^^^ resilience-strictmode-in-release 💡
        if (BuildConfig.DEBUG) {
            // ok: resilience-strictmode-in-release (debug guard)
            StrictMode.setVmPolicy(new StrictMode.VmPolicy.Builder().detectAll().penaltyLog().build());
        }
        // ok: resilience-strictmode-in-release (LAX policy, no penalty)
        StrictMode.setThreadPolicy(StrictMode.ThreadPolicy.LAX);
    }
}
