package com.example.wallet.export

import android.content.Context
import android.os.Environment
import java.io.File

class StatementExporter(private val context: Context) {
    fun export(csv: String): File {
        val tmp = File.createTempFile("statement_", ".csv", context.externalCacheDir)
        //                                                  ^^^^^^^^^^^^^^^^^^^^^^^^ storage-temp-file 💡: statement
        tmp.writeText(csv)
        return tmp
    }

    fun receipt(pdf: ByteArray): File {
        val dir = Environment.getExternalStorageDirectory()
        return File.createTempFile("receipt-", ".pdf", dir)
        //                                             ^^^ storage-temp-file
    }

    fun otpDump(otp: String): File =
        File.createTempFile(otp, null, context.getExternalFilesDir(null))
    //                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-temp-file

    fun named(): File = File.createTempFile(prefix = "kyc_id", suffix = ".jpg", directory = externalCacheDir)
    //                                                                                      ^^^^^^^^^^^^^^^^ storage-temp-file 💡

    fun private(csv: String): File {
        // ok: storage-temp-file (app-private cache directory)
        val tmp = File.createTempFile("statement_", ".csv", context.cacheDir)
        // ok: storage-temp-file (the default temporary directory is app-private on Android)
        val def = File.createTempFile("statement_", ".csv")
        // ok: storage-temp-file (nothing sensitive in the name: an image thumbnail)
        val thumb = File.createTempFile("thumb", ".png", context.externalCacheDir)
        return tmp
    }
}
