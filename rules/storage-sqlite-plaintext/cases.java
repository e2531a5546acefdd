// project: {"dependencies": []}
package com.example.wallet.db;

import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteOpenHelper;

public abstract class WalletDbHelper extends SQLiteOpenHelper {
    static final String CREATE = "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, msisdn TEXT, password TEXT)";

    @Override
    public void onCreate(SQLiteDatabase db) {
        db.execSQL(CREATE);
        //         ^^^^^^ storage-sqlite-plaintext: password
        // ok: storage-sqlite-plaintext (no sensitive columns)
        db.execSQL("CREATE TABLE settings (key TEXT, value TEXT)");
    }
}
