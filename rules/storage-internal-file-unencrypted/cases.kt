package com.example.wallet.cache

import android.content.Context
import java.io.File

class SessionCache(private val context: Context) {
    fun saveToken(refreshToken: String) {
        File(context.filesDir, "session.dat").writeText(refreshToken)
        //                                              ^^^^^^^^^^^^ storage-internal-file-unencrypted
    }

    fun savePin(pin: String) {
        context.openFileOutput("pin.txt", Context.MODE_PRIVATE).use { it.write(pin.toByteArray()) }
        //                     ^^^^^^^^^ storage-internal-file-unencrypted: pin.txt
        //                                                                     ^^^ storage-internal-file-unencrypted
    }

    fun saveReceipt(receipt: String) {
        // ok: storage-internal-file-unencrypted (not sensitive)
        File(context.cacheDir, "receipt.json").writeText(receipt)
    }

    fun saveEncrypted(vault: Vault, accountNumber: String) {
        // ok: storage-internal-file-unencrypted (encrypted first)
        File(context.filesDir, "acct.bin").writeBytes(vault.encrypt(accountNumber.toByteArray()))
    }

    fun flags(pinEnabled: Boolean) {
        // ok: storage-internal-file-unencrypted (a flag, not the PIN)
        File(context.filesDir, "flags").writeText("pin=$pinEnabled")
    }
}
