package com.example.wallet.plugins

import android.content.Context
import android.os.Environment
import dalvik.system.DexClassLoader
import dalvik.system.InMemoryDexClassLoader
import dalvik.system.PathClassLoader
import java.io.File
import java.nio.ByteBuffer

const val PLUGIN_DIR = "/sdcard/Download/plugins.dex"
const val VENDOR_LIB = "/vendor/lib64/libsecure.so"

class PluginHost(private val context: Context) {
    fun loadFromSdcard(): ClassLoader {
        val dex = File(Environment.getExternalStorageDirectory(), "promo.dex").absolutePath
        return DexClassLoader(dex, context.codeCacheDir.absolutePath, null, javaClass.classLoader)
        //     ^^^^^^^^^^^^^^ code-dynamic-code-loading: external storage
    }

    fun loadFromAppFiles(name: String): ClassLoader {
        val dex = File(context.filesDir, name).path
        return DexClassLoader(dex, context.codeCacheDir.path, null, javaClass.classLoader)
        //     ^^^^^^^^^^^^^^ code-dynamic-code-loading: not in the signed APK
    }

    fun loadConstant(): ClassLoader {
        return DexClassLoader(PLUGIN_DIR, context.codeCacheDir.path, null, null)
        //     ^^^^^^^^^^^^^^ code-dynamic-code-loading: external storage
    }

    fun loadInMemory(bytes: ByteArray): ClassLoader {
        val loader = InMemoryDexClassLoader(ByteBuffer.wrap(bytes), javaClass.classLoader)
        //           ^^^^^^^^^^^^^^^^^^^^^^ code-dynamic-code-loading
        return loader
    }

    fun loadPath(path: String): ClassLoader = PathClassLoader(path, javaClass.classLoader)
    //                                        ^^^^^^^^^^^^^^^ code-dynamic-code-loading

    fun loadQualified(path: String): ClassLoader = dalvik.system.PathClassLoader(path, null)
    //                                                           ^^^^^^^^^^^^^^^ code-dynamic-code-loading

    fun loadNative() {
        val lib = context.getExternalFilesDir(null)!!.absolutePath + "/libpay.so"
        System.load(lib)
        //          ^^^ code-dynamic-code-loading: external storage
        System.load(downloadedPath())
        //          ^^^^^^^^^^^^^^^^ code-dynamic-code-loading: System.loadLibrary
        Runtime.getRuntime().load("${context.filesDir}/libupdate.so")
        //                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-dynamic-code-loading
    }

    fun fine() {
        // ok: code-dynamic-code-loading (bundled library from the APK)
        System.loadLibrary("pay")
        // ok: code-dynamic-code-loading (the app's own read-only native library folder)
        System.load(context.applicationInfo.nativeLibraryDir + "/libpay.so")
        // ok: code-dynamic-code-loading (constant system path, not writable by apps)
        System.load(VENDOR_LIB)
        // ok: code-dynamic-code-loading (the app's own APK)
        val own = PathClassLoader(context.packageCodePath, javaClass.classLoader)
        // ok: code-dynamic-code-loading (Play Feature Delivery installs signed splits)
        SplitCompat.installActivity(context)
        // ok: code-dynamic-code-loading (a different load())
        prefs.load(context)
    }

    private fun downloadedPath(): String = ""
}
