package com.example.wallet.storage;

import static android.content.Context.MODE_WORLD_READABLE;

import android.app.Activity;
import android.content.Context;
import android.content.SharedPreferences;
import java.io.File;
import java.io.FileOutputStream;

public class LegacyExportActivity extends Activity {
    private static final int EXPORT_MODE = Context.MODE_PRIVATE;
    //                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-world-readable 💡
    private static final int LEGACY_MODE = 2;

    void export(File statement) throws Exception {
        SharedPreferences prefs = getSharedPreferences("session", Context.MODE_PRIVATE);
        //                                                        ^^^^^^^^^^^^^^^^^^^ storage-world-readable 💡
        FileOutputStream out = openFileOutput("statement.csv", Context.MODE_PRIVATE);
        //                                                     ^^^^^^^^^^^ storage-world-readable 💡
        FileOutputStream raw = openFileOutput("statement.csv", Context.MODE_PRIVATE);
        //                                                     ^ storage-world-readable 💡
        File dir = getDir("exports", android.content.Context.MODE_PRIVATE);
        //                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-world-readable 💡
        statement.setReadable(true, true);
        //                          ^^^^^ storage-world-readable 💡
        statement.setWritable(true, true);
        //                          ^^^^^ storage-world-readable 💡
        Runtime.getRuntime().exec(new String[] {"chmod", "0666", statement.getPath()});
        //                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-world-readable
        android.system.Os.chmod(statement.getPath(), 0644);
        //                                           ^^^^ storage-world-readable
        new ProcessBuilder("chmod", "777", statement.getPath()).start();
        //                          ^^^^^ storage-world-readable

        // ok: storage-world-readable (private)
        SharedPreferences safe = getSharedPreferences("session", MODE_PRIVATE);
        // ok: storage-world-readable (literal 0 is MODE_PRIVATE)
        FileOutputStream zero = openFileOutput("statement.csv", 0);
        // ok: storage-world-readable (owner-only)
        statement.setReadable(true, true);
        // ok: storage-world-readable (0600)
        android.system.Os.chmod(statement.getPath(), 0600);
        // ok: storage-world-readable (not a chmod)
        Runtime.getRuntime().exec("ls -l 777");
        // ok: storage-world-readable (a comparison reads the mode)
        boolean legacy = mode == Context.MODE_WORLD_READABLE;
    }
}
