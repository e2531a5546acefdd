package com.example.wallet.ui

import android.content.ClipData
import android.content.ClipDescription
import android.content.ClipboardManager
import android.os.PersistableBundle
import androidx.compose.ui.platform.ClipboardManager as ComposeClipboard
import androidx.compose.ui.text.AnnotatedString

class CopyHelper(private val clipboard: ClipboardManager, private val composeClipboard: ComposeClipboard) {
    fun copyOtp(otp: String) {
        clipboard.setPrimaryClip(ClipData.newPlainText("OTP", otp).apply { description.extras = android.os.PersistableBundle().apply { putBoolean("android.content.extra.IS_SENSITIVE", true) } })
        //                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-clipboard-sensitive 💡: OTP
    }

    fun copyAccount(accountNumber: String) {
        val clip = ClipData.newPlainText("Account", accountNumber)
        clipboard.primaryClip = clip.apply { description.extras = android.os.PersistableBundle().apply { putBoolean("android.content.extra.IS_SENSITIVE", true) } }
        //                      ^^^^ storage-clipboard-sensitive 💡
    }

    fun copyToken(token: String) {
        composeClipboard.setText(AnnotatedString(token))
        //                       ^^^^^^^^^^^^^^^^^^^^^^ storage-clipboard-sensitive
    }

    fun copyMarked(cardNumber: String) {
        val clip = ClipData.newPlainText("Card", cardNumber)
        clip.description.extras = PersistableBundle().apply { putBoolean(ClipDescription.EXTRA_IS_SENSITIVE, true) }
        // ok: storage-clipboard-sensitive (marked sensitive)
        clipboard.setPrimaryClip(clip)
    }

    fun copyReference(reference: String) {
        // ok: storage-clipboard-sensitive (a transaction reference is not secret)
        clipboard.setPrimaryClip(ClipData.newPlainText("Reference", reference))
        // ok: storage-clipboard-sensitive (the word PIN in the label only)
        clipboard.setPrimaryClip(ClipData.newPlainText("PIN hint", "Ask your agent"))
    }
}
