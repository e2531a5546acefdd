package com.example.pay.sms

import android.provider.Telephony

/** Reads the operator's mobile-money confirmation messages to show a transaction history. */
class StatementImporter(private val resolver: ContentResolver) {
    fun import(): List<String> {
        val cursor = resolver.query(Telephony.Sms.Inbox.CONTENT_URI, null, "address = ?", arrayOf("MPESA"), null)
        //                                              ^^^^^^^^^^^ dfs-sms-otp-read: operator confirmations
        // ok: dfs-sms-otp-read (a different provider)
        val contacts = resolver.query(ContactsContract.Contacts.CONTENT_URI, null, null, null, null)
        return emptyList()
    }
}
