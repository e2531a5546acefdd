package com.example.wallet.storage

import android.content.Context
import android.content.Context.MODE_WORLD_WRITEABLE
import android.system.Os
import java.io.File

const val SHARED_MODE = 1

class ReceiptStore(private val context: Context) {
    fun open(receipts: File) {
        val prefs = context.getSharedPreferences("wallet", Context.MODE_PRIVATE)
        //                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-world-readable 💡
        val out = context.openFileOutput("statement.pdf", Context.MODE_PRIVATE)
        //                                                ^^^^^^^^^^^^^^^^^^^^ storage-world-readable 💡
        val db = context.openOrCreateDatabase("tx.db", Context.MODE_PRIVATE, null)
        //                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-world-readable 💡
        val dir = context.getDir("exports", Context.MODE_PRIVATE)
        //                                  ^^^^^^^^^^^ storage-world-readable 💡: File mode SHARED_MODE
        val appended = context.openFileOutput("log.txt", Context.MODE_APPEND or Context.MODE_PRIVATE)
        //                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-world-readable 💡
        receipts.setReadable(true, true)
        //                         ^^^^^ storage-world-readable 💡
        receipts.setWritable(writable = true, ownerOnly = true)
        //                                                ^^^^^ storage-world-readable 💡
        Runtime.getRuntime().exec("chmod 777 " + receipts.absolutePath)
        //                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-world-readable: chmod
        Runtime.getRuntime().exec("chmod -R o+rw ${receipts.parent}")
        //                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-world-readable
        Runtime.getRuntime().exec(arrayOf("chmod", "666", receipts.path))
        //                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-world-readable
        Os.chmod(receipts.path, 438)
        //                      ^^^ storage-world-readable

        val legacyMode = MODE_WORLD_WRITEABLE
        // todo-ruleid: storage-world-readable (a bare imported flag stored in a local first; needs data flow)
        val viaLocal = context.getSharedPreferences("wallet", legacyMode)
        // ok: storage-world-readable (private mode)
        val safe = context.getSharedPreferences("wallet", Context.MODE_PRIVATE)
        // ok: storage-world-readable (MODE_APPEND alone is private)
        val log = context.openFileOutput("log.txt", Context.MODE_APPEND)
        // ok: storage-world-readable (owner-only is the default for the one-argument form)
        receipts.setReadable(true)
        // ok: storage-world-readable (ownerOnly = true)
        receipts.setReadable(true, true)
        // ok: storage-world-readable (removing access is fine)
        receipts.setWritable(false, false)
        // ok: storage-world-readable (owner-only permissions)
        Runtime.getRuntime().exec("chmod 600 " + receipts.absolutePath)
        // ok: storage-world-readable (0600)
        Os.chmod(receipts.path, 384)
        // ok: storage-world-readable (SQLiteDatabase.openOrCreateDatabase has no mode argument)
        val raw = android.database.sqlite.SQLiteDatabase.openOrCreateDatabase(receipts, null)
        // ok: storage-world-readable (reading the flag is not setting it)
        if (prefsMode == Context.MODE_WORLD_READABLE) migrate()
    }
}
