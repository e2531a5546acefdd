package com.example.wallet.data

import android.content.ContentProvider
import android.database.Cursor
import android.database.sqlite.SQLiteDatabase
import android.net.Uri
import androidx.sqlite.db.SimpleSQLiteQuery

private const val TABLE = "transactions"

class TransactionDao(private val db: SQLiteDatabase) {
    fun byRecipient(msisdn: String, limit: Int): Cursor {
        val c = db.rawQuery("SELECT * FROM $TABLE WHERE recipient = ? LIMIT $limit", arrayOf(msisdn.toString()))
        //                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-sql-injection 💡
        db.execSQL("DELETE FROM $TABLE WHERE reference = ?", arrayOf<Any?>(intentRef()))
        //         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-sql-injection 💡: intentRef()
        val where = "status = " + status
        db.query(TABLE, null, where, null, null, null, null)
        //                    ^^^^^ ipc-sql-injection
        db.delete(TABLE, "id = " + txId, null)
        //               ^^^^^^^^^^^^^^ ipc-sql-injection
        val q = SimpleSQLiteQuery("SELECT * FROM $TABLE ORDER BY %s".format(sortColumn))
        //                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-sql-injection

        // ok: ipc-sql-injection (placeholders and selectionArgs)
        val ok1 = db.rawQuery("SELECT * FROM $TABLE WHERE recipient = ?", arrayOf(msisdn))
        // ok: ipc-sql-injection (a numeric parameter cannot inject)
        val ok2 = db.rawQuery("SELECT * FROM $TABLE LIMIT $limit", null)
        // ok: ipc-sql-injection (constant table and column names)
        db.execSQL("CREATE TABLE " + TABLE + " (" + Columns._ID + " INTEGER PRIMARY KEY)")
        // ok: ipc-sql-injection (ContentResolver query with placeholders)
        resolver.query(uri, null, "msisdn = ?", arrayOf(msisdn), null)
        // ok: ipc-sql-injection (not a SQL API)
        file.delete()
    }
}

class StatementProvider : ContentProvider() {
    override fun query(uri: Uri, projection: Array<String>?, selection: String?, args: Array<String>?, sort: String?): Cursor? {
        val id = uri.lastPathSegment
        return db.rawQuery("SELECT * FROM statements WHERE id = " + id, null)
        //                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-sql-injection: ContentProvider
    }
}
