package com.example.pay.device

import android.os.Build
import android.provider.Settings
import android.telephony.TelephonyManager

class DeviceFingerprint(private val context: Context) {
    fun ids(telephonyManager: TelephonyManager, wifiManager: WifiManager): List<String?> {
        val imei = telephonyManager.imei
        //                          ^^^^ privacy-hardware-ids: IMEI
        val legacy = telephonyManager.deviceId
        //                            ^^^^^^^^ privacy-hardware-ids
        val imsi = telephonyManager.subscriberId
        //                          ^^^^^^^^^^^^ privacy-hardware-ids: IMSI
        val serial = Build.getSerial()
        //                 ^^^^^^^^^ privacy-hardware-ids
        val mac = wifiManager.connectionInfo.macAddress
        //                                   ^^^^^^^^^^ privacy-hardware-ids: MAC
        val androidId = Settings.Secure.getString(context.contentResolver, Settings.Secure.ANDROID_ID)
        //                                                                                 ^^^^^^^^^^ privacy-hardware-ids: Keystore key pair
        // ok: privacy-hardware-ids (the app's own installation id)
        val install = session.deviceId
        // ok: privacy-hardware-ids (a resettable, app-scoped id)
        val fid = FirebaseInstallations.getInstance().id
        return listOf(imei, legacy, imsi, serial, mac, androidId)
    }
}
