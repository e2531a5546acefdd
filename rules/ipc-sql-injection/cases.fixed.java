package com.example.wallet.data;

import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteQueryBuilder;

public class BeneficiaryDao {
    private static final String TABLE = "beneficiaries";
    private final SQLiteDatabase db;

    BeneficiaryDao(SQLiteDatabase db) {
        this.db = db;
    }

    Cursor find(String name, long id, SQLiteQueryBuilder qb) {
        Cursor c = db.rawQuery("SELECT * FROM " + TABLE + " WHERE name = ?", new String[] {String.valueOf(name)});
        //                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-sql-injection 💡: name
        db.execSQL(String.format("UPDATE %s SET nick = '%s'", TABLE, name));
        //         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-sql-injection
        qb.appendWhere("owner = " + currentUser.getMsisdn());
        //             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ipc-sql-injection
        String sql = "SELECT * FROM " + TABLE + " WHERE nick LIKE '%" + name + "%'";
        Cursor d = db.rawQuery(sql, null);
        //                     ^^^ ipc-sql-injection
        db.update(TABLE, values, "name = '" + name + "'", null);
        //                       ^^^^^^^^^^^^^^^^^^^^^^^ ipc-sql-injection

        // ok: ipc-sql-injection (bound argument)
        Cursor ok1 = db.rawQuery("SELECT * FROM " + TABLE + " WHERE name = ?", new String[] {name});
        // ok: ipc-sql-injection (a long parameter cannot inject)
        Cursor ok2 = db.rawQuery("SELECT * FROM " + TABLE + " WHERE id = " + id, null);
        // ok: ipc-sql-injection (constant statement)
        db.execSQL("DROP TABLE IF EXISTS " + TABLE);
        // ok: ipc-sql-injection (selection with placeholders)
        Cursor ok3 = db.query(TABLE, null, "name = ?", new String[] {name}, null, null, null);
        return c;
    }
}
