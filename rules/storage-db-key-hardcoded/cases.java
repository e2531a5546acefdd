package com.example.wallet.db;

import net.sqlcipher.database.SQLiteDatabase;
import net.sqlcipher.database.SupportFactory;

public class CipherDb {
    private static final byte[] KEY = new byte[] {1, 2, 3, 4, 5, 6, 7, 8};

    SupportFactory factory() {
        return new SupportFactory(KEY);
        //                        ^^^ storage-db-key-hardcoded
    }

    SQLiteDatabase open(WalletDbHelper helper) {
        return helper.getWritableDatabase("p@ssw0rd".toCharArray());
        //                                ^^^^^^^^^^^^^^^^^^^^^^^^ storage-db-key-hardcoded
    }

    SQLiteDatabase openSafely(WalletDbHelper helper, char[] passphrase) {
        // ok: storage-db-key-hardcoded (passphrase supplied at run time)
        return helper.getWritableDatabase(passphrase);
    }
}
