package com.example.wallet.export;

import android.app.Activity;
import android.os.Environment;
import java.io.File;
import java.io.FileWriter;

public class ReceiptActivity extends Activity {
    void save(String receiptJson, String otp) throws Exception {
        File dir = getExternalFilesDir(null);
        //         ^^^^^^^^^^^^^^^^^^^^^^^^^ storage-external-write 💡
        File f = new File(dir, "receipt.json");
        FileWriter w = new FileWriter(f);
        w.write(receiptJson);
        File legacy = new File(Environment.getExternalStorageDirectory(), "wallet/receipts");
        //                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-external-write: a receipts file
    }

    void otpDump(String otp) throws Exception {
        File cache = getExternalCacheDir();
        //           ^^^^^^^^^^^^^^^^^^^^^ storage-external-write 💡: OTP
        new FileWriter(new File(cache, "last.txt")).write(otp);
        // ok: storage-external-write (internal storage)
        File internal = new File(getFilesDir(), "receipt.json");
    }
}
