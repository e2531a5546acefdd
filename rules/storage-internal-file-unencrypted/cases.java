package com.example.wallet.cache;

import android.content.Context;
import java.io.File;
import java.io.FileWriter;

public class CardCache {
    void store(Context context, String cardNumber, String cvv) throws Exception {
        FileWriter writer = new FileWriter(new File(context.getFilesDir(), "card.txt"));
        writer.write(cardNumber + "|" + cvv);
        //                              ^^^ storage-internal-file-unencrypted: CVV
        writer.close();
    }

    void storeLabel(Context context, String nickname) throws Exception {
        FileWriter writer = new FileWriter(new File(context.getFilesDir(), "label.txt"));
        // ok: storage-internal-file-unencrypted (not sensitive)
        writer.write(nickname);
    }

    void log(String pin) {
        // ok: storage-internal-file-unencrypted (console output is storage-log-sensitive's concern)
        System.out.println(pin);
    }
}
