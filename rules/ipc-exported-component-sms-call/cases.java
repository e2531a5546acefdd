// project: {"targetSdk": 30, "components": [{"tag": "service", "name": ".UssdService", "hasIntentFilter": true}, {"tag": "activity", "name": ".InviteActivity", "exported": true, "hasIntentFilter": true}]}
package com.example.wallet;

import android.app.Service;
import android.content.Intent;
import android.net.Uri;
import android.telephony.SmsManager;

public class UssdService extends Service {
    @Override
    public int onStartCommand(Intent intent, int flags, int startId) {
        String code = intent.getStringExtra("ussd");
        Intent dial = new Intent(Intent.ACTION_CALL, Uri.parse("tel:" + Uri.encode(code)));
        //                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-exported-component-sms-call: exported service
        dial.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK);
        startActivity(dial);
        SmsManager.getDefault().sendTextMessage("+255700000000", null, intent.getStringExtra("cmd"), null, null);
        //                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-exported-component-sms-call
        return START_NOT_STICKY;
    }
}

class InviteActivity extends android.app.Activity {
    void invite(String friend) {
        // ok: ipc-exported-component-sms-call (number typed by the user, fixed text)
        SmsManager.getDefault().sendTextMessage(friend, null, "Join PesaPoa", null, null);
    }
}
