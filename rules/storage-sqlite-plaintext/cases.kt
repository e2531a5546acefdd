// project: {"dependencies": ["androidx.room:room-runtime:2.6.1"]}
package com.example.wallet.db

import android.database.sqlite.SQLiteDatabase
import androidx.room.Entity
import androidx.room.PrimaryKey

@Entity(tableName = "beneficiaries")
data class Beneficiary(
    @PrimaryKey val id: Long,
    val name: String,
    val accountNumber: String,
    //  ^^^^^^^^^^^^^ storage-sqlite-plaintext
    // ok: storage-sqlite-plaintext (a flag, not the secret)
    val pinProtected: Boolean,
)

// ok: storage-sqlite-plaintext (not a Room entity)
data class BeneficiaryUi(val accountNumber: String)

class Schema {
    fun create(db: SQLiteDatabase) {
        db.execSQL("CREATE TABLE session (id INTEGER PRIMARY KEY, access_token TEXT, pin TEXT)")
        //         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-sqlite-plaintext: "pin"
        // ok: storage-sqlite-plaintext (no sensitive columns)
        db.execSQL("CREATE TABLE rates (id INTEGER PRIMARY KEY, currency TEXT, rate REAL)")
    }
}
