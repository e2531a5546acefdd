// path: app/src/androidTest/java/com/example/wallet/SmsFallbackTest.kt
package com.example.wallet

class SmsFallbackTest {
    fun sendsCommand() {
        // ok: dfs-sms-as-auth-or-transport (instrumentation test source)
        SmsManager.getDefault().sendTextMessage("22255", null, "PAY 100 1234 $pin", null, null)
    }
}
