package com.example.pesapoa.legacy;

import android.content.Context;
import android.os.Environment;
import android.util.Log;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * File helpers carried over from the agent app.
 */
public class FileStore {

    private static final String TAG = "FileStore";

    private final Context context;

    public FileStore(Context context) {
        this.context = context.getApplicationContext();
    }

    /** Last balance, read by the home-screen widget (runs in the agent app's process). */
    public void saveBalanceSnapshot(String msisdn, String json) throws IOException {
        FileOutputStream out = context.openFileOutput("balance_" + msisdn + ".json", Context.MODE_WORLD_READABLE);
        try {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } finally {
            out.close();
        }
    }

    /** Mini statement as CSV on the SD card so the customer can print it at an agent shop. */
    public File exportStatement(String accountNumber, List<String> rows) throws IOException {
        File dir = new File(Environment.getExternalStorageDirectory(), "PesaPoa/statements");
        if (!dir.exists() && !dir.mkdirs()) {
            throw new IOException("Cannot create " + dir);
        }
        File file = new File(dir, "statement_" + accountNumber + ".csv");
        FileWriter writer = new FileWriter(file);
        try {
            writer.write("date,reference,counterparty,amount,balance\n");
            for (String row : rows) {
                writer.write(row);
                writer.write('\n');
            }
        } finally {
            writer.close();
        }
        Log.i(TAG, "statement written to " + file.getAbsolutePath());
        return file;
    }

    /** Receipt for sharing through the FileProvider ("receipts" path). */
    public File receiptFile(String reference) throws IOException {
        File dir = new File(context.getFilesDir(), "receipts");
        if (!dir.exists() && !dir.mkdirs()) {
            throw new IOException("Cannot create " + dir);
        }
        return new File(dir, reference + ".txt");
    }
}
