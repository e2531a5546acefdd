package com.example.wallet.plugins;

import android.content.Context;
import android.os.Environment;
import dalvik.system.DexClassLoader;
import dalvik.system.InMemoryDexClassLoader;
import dalvik.system.PathClassLoader;
import java.io.File;
import java.nio.ByteBuffer;

public class PluginLoader {
    private static final String PLUGIN = "/storage/emulated/0/Download/plugin.apk";
    private static final String SYSTEM_LIB = "/system/lib64/libcrypto.so";
    private final Context context;

    PluginLoader(Context context) { this.context = context; }

    ClassLoader fromDownloads() {
        File dir = Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_DOWNLOADS);
        String apk = new File(dir, "update.apk").getAbsolutePath();
        return new DexClassLoader(apk, context.getCodeCacheDir().getPath(), null, getClass().getClassLoader());
        //         ^^^^^^^^^^^^^^ code-dynamic-code-loading: external storage
    }

    ClassLoader fromConstant() {
        return new PathClassLoader(PLUGIN, getClass().getClassLoader());
        //         ^^^^^^^^^^^^^^^ code-dynamic-code-loading: external storage
    }

    ClassLoader fromInternal(String name) {
        String path = new File(context.getFilesDir(), name).getPath();
        return new DexClassLoader(path, context.getCodeCacheDir().getPath(), null, null);
        //         ^^^^^^^^^^^^^^ code-dynamic-code-loading: signed APK
    }

    ClassLoader fromBytes(byte[] dex) {
        return new InMemoryDexClassLoader(ByteBuffer.wrap(dex), null);
        //         ^^^^^^^^^^^^^^^^^^^^^^ code-dynamic-code-loading
    }

    void natives(String updatePath) {
        System.load(context.getExternalFilesDir(null) + "/libpay.so");
        //          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-dynamic-code-loading: external storage
        System.load(updatePath);
        //          ^^^^^^^^^^ code-dynamic-code-loading: run time
        Runtime.getRuntime().load(updatePath);
        //                        ^^^^^^^^^^ code-dynamic-code-loading
    }

    void fine() {
        // ok: code-dynamic-code-loading (bundled library)
        System.loadLibrary("pay");
        // ok: code-dynamic-code-loading (the app's own native library folder)
        System.load(context.getApplicationInfo().nativeLibraryDir + "/libpay.so");
        // ok: code-dynamic-code-loading (constant system path)
        System.load(SYSTEM_LIB);
        // ok: code-dynamic-code-loading (the app's own APK)
        ClassLoader own = new PathClassLoader(context.getApplicationInfo().sourceDir, null);
        // ok: code-dynamic-code-loading (SplitCompat installs signed splits)
        SplitCompat.install(context);
        // ok: code-dynamic-code-loading (a different load())
        properties.load(stream);
    }
}
