package com.example.wallet.db

import android.content.Context
import androidx.room.Room
import io.realm.RealmConfiguration
import net.sqlcipher.database.SQLiteDatabase
import net.sqlcipher.database.SupportFactory

private const val DB_PASSPHRASE = "w4ll3t-s3cr3t"

class DatabaseModule(private val context: Context) {
    fun room(): AppDatabase {
        val factory = SupportFactory(SQLiteDatabase.getBytes(DB_PASSPHRASE.toCharArray()))
        //                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-db-key-hardcoded
        return Room.databaseBuilder(context, AppDatabase::class.java, "wallet.db").openHelperFactory(factory).build()
    }

    fun legacy() {
        val db = SQLiteDatabase.openOrCreateDatabase(context.getDatabasePath("tx.db"), "hunter2", null)
        //                                                                             ^^^^^^^^^ storage-db-key-hardcoded
        db.execSQL("PRAGMA rekey = 'n3w-s3cr3t'")
        //         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-db-key-hardcoded
        val helper = WalletDbHelper(context)
        val w = helper.getWritableDatabase(BuildConfig.DB_KEY)
        //                                 ^^^^^^^^^^^^^^^^^^ storage-db-key-hardcoded
    }

    fun realm(): RealmConfiguration = RealmConfiguration.Builder()
        .encryptionKey("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".toByteArray())
        //             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-db-key-hardcoded
        .build()

    fun ok(keyStore: KeyVault) {
        // ok: storage-db-key-hardcoded (key unwrapped from the Keystore at run time)
        val factory = SupportFactory(keyStore.databaseKey())
        // ok: storage-db-key-hardcoded (platform openOrCreateDatabase has no password)
        val plain = android.database.sqlite.SQLiteDatabase.openOrCreateDatabase(context.getDatabasePath("cache.db"), null)
        // ok: storage-db-key-hardcoded (passphrase from a parameter)
        val w = WalletDbHelper(context).getWritableDatabase(keyStore.passphrase())
    }
}
