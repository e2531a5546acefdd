package com.example.wallet.export

import android.content.Context
import android.os.Environment
import java.io.File

class StatementExporter(private val context: Context) {
    fun export(pdf: ByteArray, accountNumber: String) {
        val out = File(Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_DOWNLOADS), "statement_$accountNumber.pdf")
        //                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-external-write: a statement file
        out.writeBytes(pdf)
    }

    fun cachePin(pin: String) {
        val f = File(context.filesDir, "cache.bin")
        //                   ^^^^^^^^^^^^^^^^^^^^^^^^^ storage-external-write 💡: PIN
        f.writeText(pin)
    }

    fun logs(): File {
        val root = Environment.getExternalStorageDirectory()
        //                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-external-write: Shared external storage
        return File(context.cacheDir, "logs")
        //                  ^^^^^^^^^^^^^^^^ storage-external-write 💡: App-specific
    }

    fun pictures(): File? = context.getExternalFilesDir(Environment.DIRECTORY_PICTURES)
    //                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-external-write

    fun nested(): String? {
        // todo-ruleid: storage-external-write (a property read inside a longer chain is not a member trigger)
        return context.externalCacheDir?.absolutePath
    }

    fun ok(): File {
        // ok: storage-external-write (internal storage)
        val a = File(context.filesDir, "statement.pdf")
        // ok: storage-external-write (internal cache)
        return File(context.cacheDir, "tmp")
    }
}
