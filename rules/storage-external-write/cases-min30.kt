// project: {"minSdk": 30}
package com.example.wallet.export

import android.content.Context
import android.os.Environment
import java.io.File

fun appSpecific(context: Context): File {
    // ok: storage-external-write (app-specific external storage is private from API 30)
    val dir = context.getExternalFilesDir(null)
    // ruleid: storage-external-write
    val shared = Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_DOCUMENTS)
    return File(dir, "x")
}
