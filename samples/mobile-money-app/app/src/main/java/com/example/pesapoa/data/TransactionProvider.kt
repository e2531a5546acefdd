package com.example.pesapoa.data

import android.content.ContentProvider
import android.content.ContentUris
import android.content.ContentValues
import android.content.Context
import android.content.UriMatcher
import android.database.Cursor
import android.database.sqlite.SQLiteDatabase
import android.database.sqlite.SQLiteOpenHelper
import android.net.Uri

class TransactionDbHelper(context: Context) : SQLiteOpenHelper(context, DB_NAME, null, DB_VERSION) {

    override fun onCreate(db: SQLiteDatabase) {
        db.execSQL(
            "CREATE TABLE " + TABLE + " (" +
                "_id INTEGER PRIMARY KEY AUTOINCREMENT, " +
                "reference TEXT NOT NULL, " +
                "counterparty_msisdn TEXT, " +
                "counterparty_name TEXT, " +
                "amount REAL, " +
                "balance_after REAL, " +
                "type TEXT, " +
                "created_at INTEGER)"
        )
    }

    override fun onUpgrade(db: SQLiteDatabase, oldVersion: Int, newVersion: Int) {
        db.execSQL("DROP TABLE IF EXISTS $TABLE")
        onCreate(db)
    }

    fun insertTransfer(reference: String, msisdn: String, amount: Double, balanceAfter: Double) {
        val values = ContentValues()
        values.put("reference", reference)
        values.put("counterparty_msisdn", msisdn)
        values.put("amount", amount)
        values.put("balance_after", balanceAfter)
        values.put("type", "P2P")
        values.put("created_at", System.currentTimeMillis())
        writableDatabase.insert(TABLE, null, values)
    }

    /** Recipient suggestions while typing (name or number). */
    fun searchRecipients(query: String): List<String> {
        val sql = "SELECT DISTINCT counterparty_msisdn, counterparty_name FROM " + TABLE +
            " WHERE counterparty_name LIKE '%" + query + "%' OR counterparty_msisdn LIKE '%" + query + "%'" +
            " ORDER BY created_at DESC LIMIT 10"
        val result = ArrayList<String>()
        readableDatabase.rawQuery(sql, null).use { cursor ->
            while (cursor.moveToNext()) {
                result.add(cursor.getString(1) ?: cursor.getString(0))
            }
        }
        return result
    }

    fun findByReference(reference: String): Cursor =
        readableDatabase.rawQuery("SELECT * FROM $TABLE WHERE reference = ?", arrayOf(reference))

    companion object {
        const val DB_NAME = "pesapoa.db"
        const val DB_VERSION = 3
        const val TABLE = "transactions"
    }
}

/**
 * content://com.example.pesapoa.transactions/transactions
 * Used by the partner budgeting app to import the customer's history.
 */
class TransactionProvider : ContentProvider() {

    private lateinit var dbHelper: TransactionDbHelper

    override fun onCreate(): Boolean {
        dbHelper = TransactionDbHelper(context!!)
        return true
    }

    override fun query(
        uri: Uri,
        projection: Array<String>?,
        selection: String?,
        selectionArgs: Array<String>?,
        sortOrder: String?
    ): Cursor? {
        if (matcher.match(uri) != CODE_TRANSACTIONS) return null
        val where = if (selection.isNullOrBlank()) "" else " WHERE $selection"
        val order = sortOrder ?: "created_at DESC"
        return dbHelper.readableDatabase.rawQuery(
            "SELECT * FROM " + TransactionDbHelper.TABLE + where + " ORDER BY " + order,
            selectionArgs
        )
    }

    override fun insert(uri: Uri, values: ContentValues?): Uri? {
        val id = dbHelper.writableDatabase.insert(TransactionDbHelper.TABLE, null, values)
        return ContentUris.withAppendedId(uri, id)
    }

    override fun update(uri: Uri, values: ContentValues?, selection: String?, selectionArgs: Array<String>?): Int =
        dbHelper.writableDatabase.update(TransactionDbHelper.TABLE, values, selection, selectionArgs)

    override fun delete(uri: Uri, selection: String?, selectionArgs: Array<String>?): Int =
        dbHelper.writableDatabase.delete(TransactionDbHelper.TABLE, selection, selectionArgs)

    override fun getType(uri: Uri): String = "vnd.android.cursor.dir/vnd.pesapoa.transaction"

    companion object {
        private const val AUTHORITY = "com.example.pesapoa.transactions"
        private const val CODE_TRANSACTIONS = 1
        private val matcher = UriMatcher(UriMatcher.NO_MATCH).apply {
            addURI(AUTHORITY, "transactions", CODE_TRANSACTIONS)
        }
    }
}
