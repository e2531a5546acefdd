package com.example.wallet

import android.app.Activity
import android.content.Intent

class UnknownActivity : Activity() {
    fun forward() {
        // ok: ipc-intent-redirection (no manifest facts: exported-ness unknown, so no finding)
        startActivity(intent.getParcelableExtra<Intent>("next"))
    }
}
