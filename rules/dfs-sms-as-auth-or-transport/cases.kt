package com.example.wallet.sms

import android.content.Context
import android.telephony.SmsManager

const val BALANCE_COMMAND = "BAL"
const val SHORT_CODE = "22255"

class SmsBankingFallback(private val context: Context) {
    private val smsManager: SmsManager = context.getSystemService(SmsManager::class.java)

    fun pay(merchant: String, amount: String, pin: String) {
        smsManager.sendTextMessage(SHORT_CODE, null, "PAY $merchant $amount $pin", null, null)
        //                                                                  ^^^^ dfs-sms-as-auth-or-transport: PIN
    }

    fun transfer(to: String, amount: String, userPin: String) {
        val body = "TRANSFER $to $amount PIN $userPin"
        SmsManager.getDefault().sendTextMessage(SHORT_CODE, null, body, null, null)
        //                                                        ^^^^ dfs-sms-as-auth-or-transport: PIN
    }

    fun balance() {
        smsManager.sendTextMessage(SHORT_CODE, null, BALANCE_COMMAND, null, null)
        //                                           ^^^^^^^^^^^^^^^ dfs-sms-as-auth-or-transport: SMS-banking command
    }

    fun send(to: String, amount: String) {
        val parts = smsManager.divideMessage("SEND $to $amount")
        smsManager.sendMultipartTextMessage(SHORT_CODE, null, parts, null, null)
        //                                                    ^^^^^ dfs-sms-as-auth-or-transport: "SEND"
    }

    fun relayOtp(phone: String, otp: String) {
        smsManager.sendTextMessage(destinationAddress = phone, scAddress = null, text = "Your code is $otp", sentIntent = null, deliveryIntent = null)
        //                                                                              ^^^^^^^^^^^^^^^^^^^ dfs-sms-as-auth-or-transport: OTP
    }

    fun invite(friend: String, link: String) {
        // ok: dfs-sms-as-auth-or-transport (an invitation carries no secret and no command)
        smsManager.sendTextMessage(friend, null, "Join me on PayWallet: $link", null, null)
        // ok: dfs-sms-as-auth-or-transport (sentence case text, not a command keyword)
        smsManager.sendTextMessage(friend, null, "Send money home for free with PayWallet", null, null)
        // ok: dfs-sms-as-auth-or-transport (pin length is metadata, not the PIN)
        smsManager.sendTextMessage(friend, null, "Your new PIN has ${pinLength()} digits", null, null)
    }

    fun share(message: String) {
        // ok: dfs-sms-as-auth-or-transport (content unknown)
        smsManager.sendTextMessage("555", null, message, null, null)
        // ok: dfs-sms-as-auth-or-transport (not SmsManager)
        chatClient.sendTextMessage("room", null, "PAY 100", null, null)
    }
}
