package com.example.wallet.export;

import android.content.Context;
import android.os.Environment;
import java.io.File;
import java.io.IOException;

class ReceiptStore {
    private static final String PREFIX = "txn_history";
    private final Context context;

    ReceiptStore(Context context) {
        this.context = context;
    }

    File save() throws IOException {
        File a = File.createTempFile(PREFIX, ".json", context.getCacheDir());
        //                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-temp-file 💡: transaction
        File b = File.createTempFile("pin_backup", ".bin", Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_DOWNLOADS));
        //                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-temp-file: PIN
        // ok: storage-temp-file (private cache)
        File c = File.createTempFile(PREFIX, ".json", context.getCacheDir());
        // ok: storage-temp-file (spinner: not a PIN, whole words only)
        File d = File.createTempFile("spinner", ".gif", context.getExternalCacheDir());
        return a;
    }
}
