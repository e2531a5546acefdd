package com.example.wallet.update

import android.app.DownloadManager
import android.content.Context
import android.content.Intent
import android.content.pm.PackageInstaller
import android.net.Uri
import android.os.Environment
import androidx.core.content.FileProvider
import java.io.File

const val APK_TYPE = "application/vnd.android.package-archive"

class SelfUpdater(private val context: Context) {

    fun installFromDownloads() {
        val apk = File(Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_DOWNLOADS), "wallet.apk")
        val intent = Intent(Intent.ACTION_VIEW).apply {
            setDataAndType(FileProvider.getUriForFile(context, "com.example.files", apk), APK_TYPE)
//          ^^^^^^^^^^^^^^ code-apk-install-untrusted: external storage
            addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        }
        context.startActivity(intent)
    }

    fun installLegacy() {
        val apk = File(context.externalCacheDir, "update.apk")
        val intent = Intent(Intent.ACTION_INSTALL_PACKAGE)
        //           ^^^^^^ code-apk-install-untrusted
        intent.data = Uri.fromFile(apk)
        intent.type = "application/vnd.android.package-archive"
        context.startActivity(intent)
    }

    fun downloadAndInstall(dm: DownloadManager, id: Long) {
        val uri = dm.getUriForDownloadedFile(id)
        context.startActivity(Intent(Intent.ACTION_VIEW).setDataAndType(uri, APK_TYPE))
        //                                               ^^^^^^^^^^^^^^ code-apk-install-untrusted: downloaded
    }

    fun sessionInstall() {
        val url = "https://updates.example.com/wallet-latest.apk"
        val installer = context.packageManager.packageInstaller
        val sessionId = installer.createSession(PackageInstaller.SessionParams(PackageInstaller.SessionParams.MODE_FULL_INSTALL))
        //                        ^^^^^^^^^^^^^ code-apk-install-untrusted
        writeFrom(url, installer.openSession(sessionId))
    }

    fun installBundled() {
        val apk = File(context.filesDir, "plugin.apk")
        // ok: code-apk-install-untrusted (internal storage, no download in this function)
        val intent = Intent(Intent.ACTION_VIEW).setDataAndType(FileProvider.getUriForFile(context, "com.example.files", apk), APK_TYPE)
        context.startActivity(intent)
    }

    fun openPdf() {
        val file = File(context.getExternalFilesDir(null), "statement.pdf")
        // ok: code-apk-install-untrusted (not an APK)
        context.startActivity(Intent(Intent.ACTION_VIEW).setDataAndType(Uri.fromFile(file), "application/pdf"))
    }

    fun playUpdate() {
        // ok: code-apk-install-untrusted (Play In-App Updates)
        appUpdateManager.startUpdateFlowForResult(info, AppUpdateType.IMMEDIATE, activity, 7)
    }
}
