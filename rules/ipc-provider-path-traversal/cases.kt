package com.example.wallet.files

import android.content.ContentProvider
import android.content.Context
import android.net.Uri
import android.os.ParcelFileDescriptor
import android.provider.OpenableColumns
import java.io.File

abstract class ReceiptProvider : ContentProvider() {
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
        val file = File(context!!.filesDir, "receipts/" + uri.lastPathSegment)
        //                                                    ^^^^^^^^^^^^^^^ ipc-provider-path-traversal
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY)
    }
}

abstract class SafeReceiptProvider : ContentProvider() {
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
        val base = File(context!!.filesDir, "receipts")
        // ok: ipc-provider-path-traversal (canonical path checked below)
        val file = File(base, uri.lastPathSegment ?: return null)
        if (!file.canonicalPath.startsWith(base.canonicalPath + File.separator)) throw SecurityException("bad path")
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY)
    }
}

class Importer(private val context: Context) {
    fun importShared(uri: Uri) {
        val cursor = context.contentResolver.query(uri, null, null, null, null) ?: return
        cursor.moveToFirst()
        val name = cursor.getString(cursor.getColumnIndexOrThrow(OpenableColumns.DISPLAY_NAME))
        //                                                                       ^^^^^^^^^^^^ ipc-provider-path-traversal: DISPLAY_NAME
        val target = File(context.filesDir, name)
        context.contentResolver.openInputStream(uri)?.use { input -> target.outputStream().use { input.copyTo(it) } }
    }

    fun importSafely(uri: Uri, cursorName: String) {
        val name = File(cursorName).name
        // ok: ipc-provider-path-traversal (only the last path component is kept)
        val column = OpenableColumns.DISPLAY_NAME
        val target = File(context.filesDir, name)
    }
}
