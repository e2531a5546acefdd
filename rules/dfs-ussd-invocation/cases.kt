package com.example.pay.ussd

import android.content.Intent
import android.net.Uri

class UssdFallback(private val activity: Activity) {

    fun sendViaUssd(recipient: String, amount: Long, pin: String) {
        val dial = Intent(Intent.ACTION_CALL)
        dial.data = Uri.parse("tel:*150*01*$recipient*$amount*$pin" + Uri.encode("#"))
        //                                                    ^^^^ dfs-ussd-invocation: type it in the USSD dialogue
        activity.startActivity(dial)
    }

    fun payBill(tillNumber: String, userPin: String) {
        val code = "*150*03*$tillNumber*${userPin}#"
        //                                ^^^^^^^ dfs-ussd-invocation: USSD string
        // ok: dfs-ussd-invocation (already reported on the PIN in the code above)
        activity.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:" + Uri.encode(code))))
    }

    fun checkBalance(telephony: TelephonyManager, mpin: String) {
        telephony.sendUssdRequest("*150*00*" + mpin + "#", callback, handler)
        //                                     ^^^^ dfs-ussd-invocation
    }

    fun openMenu() {
        activity.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:*150%23")))
        //                                                    ^^^^^ dfs-ussd-invocation: (*150%23)
        // ok: dfs-ussd-invocation (a normal phone number, not USSD)
        activity.startActivity(Intent(Intent.ACTION_DIAL, Uri.parse("tel:+255712345678")))
        // ok: dfs-ussd-invocation (a web link)
        val help = Uri.parse("https://help.example.com/pin")
        // ok: dfs-ussd-invocation (the PIN length is not the PIN)
        val hint = "*150*00# then enter ${pin.length} digits"
    }
}
