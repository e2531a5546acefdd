package com.example.pay.device;

import android.telephony.TelephonyManager;

class LegacyDevice {
    String id(Context context, TelephonyManager tm) {
        String imei = tm.getDeviceId();
        //               ^^^^^^^^^^^ privacy-hardware-ids
        String sim = tm.getSimSerialNumber();
        //              ^^^^^^^^^^^^^^^^^^ privacy-hardware-ids: SIM serial
        String serial = android.os.Build.SERIAL;
        //                               ^^^^^^ privacy-hardware-ids
        // ok: privacy-hardware-ids (our own API's device id, not TelephonyManager)
        String registered = api.getDeviceId();
        // ok: privacy-hardware-ids (network type, not an identifier)
        int type = tm.getNetworkType();
        return imei + sim + serial + registered + type;
    }
}
