// project: {"targetSdk": 30, "components": [{"tag": "activity", "name": "com.example.wallet.LinkActivity", "hasIntentFilter": true, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}, {"tag": "service", "name": ".RelayService", "exported": true, "permission": "com.example.wallet.permission.RELAY", "hasIntentFilter": false, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}]}
package com.example.wallet;

import android.app.Activity;
import android.app.Service;
import android.content.Intent;

public class LinkActivity extends Activity {
    void route() {
        Intent target = (Intent) getIntent().getParcelableExtra("target");
        startActivity(target);
        //            ^^^^^^ ipc-intent-redirection
        // ok: ipc-intent-redirection (an Intent built here, not taken from extras)
        startActivity(new Intent(this, HomeActivity.class));
    }
}

abstract class RelayService extends Service {
    void relay(Intent incoming) {
        Intent inner = incoming.getParcelableExtra("inner");
        // ok: ipc-intent-redirection (callers need a permission)
        startService(inner);
    }
}
