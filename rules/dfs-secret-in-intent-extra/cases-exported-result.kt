// project: {"components": [{"tag": "activity", "name": "com.example.pay.PinEntryActivity", "exported": true, "hasIntentFilter": true, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}}}]}
package com.example.pay

import android.content.Intent

class PinEntryActivity : AppCompatActivity() {
    private fun finishWithPin(pin: String) {
        val result = Intent().putExtra(EXTRA_PIN, pin)
        //                                        ^^^ dfs-secret-in-intent-extra: exported activity
        setResult(RESULT_OK, result)
        finish()
    }

    private fun finishWithRef(ref: String) {
        // ok: dfs-secret-in-intent-extra (a reference, not the PIN)
        setResult(RESULT_OK, Intent().putExtra(EXTRA_REF, ref))
    }
}
