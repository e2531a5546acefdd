// project: {"targetSdk": 34, "components": [{"tag": "activity", "name": ".ForwardActivity", "exported": true, "hasIntentFilter": true, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}, {"tag": "activity", "name": "com.example.wallet.InternalActivity", "exported": false, "hasIntentFilter": false, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}, {"tag": "activity", "name": ".CheckedActivity", "exported": true, "hasIntentFilter": true, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}]}
package com.example.wallet

import android.app.Activity
import android.content.Intent
import android.os.Bundle

class ForwardActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val next = intent.getParcelableExtra<Intent>("next")
        startActivity(next)
        //            ^^^^ ipc-intent-redirection
        setResult(RESULT_OK, intent.getParcelableExtra("result"))
        //                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-intent-redirection
    }
}

class InternalActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // ok: ipc-intent-redirection (not exported)
        startActivity(intent.getParcelableExtra<Intent>("next"))
    }
}

class CheckedActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val next = intent.getParcelableExtra<Intent>("next") ?: return
        if (next.component?.packageName != packageName) return
        // ok: ipc-intent-redirection (the target is checked first)
        startActivity(next)
    }
}
