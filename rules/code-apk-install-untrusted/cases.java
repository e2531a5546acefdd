package com.example.wallet.update;

import static android.content.Intent.ACTION_INSTALL_PACKAGE;

import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Environment;
import java.io.File;

class AgentAppUpdater {
    private static final String MIME_APK = "application/vnd.android.package-archive";
    private final Context context;

    AgentAppUpdater(Context context) { this.context = context; }

    void installFromSdcard() {
        File apk = new File(Environment.getExternalStorageDirectory(), "agent.apk");
        Intent intent = new Intent(Intent.ACTION_VIEW);
        intent.setDataAndType(Uri.fromFile(apk), MIME_APK);
        //     ^^^^^^^^^^^^^^ code-apk-install-untrusted: getExternalStorageDirectory
        context.startActivity(intent);
    }

    void installStaticImport() {
        Intent intent = new Intent(ACTION_INSTALL_PACKAGE);
        //                  ^^^^^^ code-apk-install-untrusted
        intent.setData(Uri.parse("file:///sdcard/Download/agent.apk"));
        context.startActivity(intent);
    }

    void installFromUrl() throws Exception {
        File apk = download("http://cdn.example.com/agent-2.4.apk");
        Intent intent = new Intent();
        intent.setAction("android.intent.action.INSTALL_PACKAGE");
        //     ^^^^^^^^^ code-apk-install-untrusted
        intent.setData(Uri.fromFile(apk));
        context.startActivity(intent);
    }

    void installDebugBuild() {
        if (BuildConfig.DEBUG) {
            File apk = new File(Environment.getExternalStorageDirectory(), "debug.apk");
            // ok: code-apk-install-untrusted (debug builds only)
            context.startActivity(new Intent(Intent.ACTION_VIEW).setDataAndType(Uri.fromFile(apk), MIME_APK));
        }
    }

    void installInternal() {
        File apk = new File(context.getFilesDir(), "agent.apk");
        // ok: code-apk-install-untrusted (internal storage)
        context.startActivity(new Intent(Intent.ACTION_VIEW).setDataAndType(toContentUri(apk), MIME_APK));
    }

    void shareAppApk() {
        File copy = new File(Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_DOWNLOADS), "wallet.apk");
        Intent send = new Intent(Intent.ACTION_SEND);
        // ok: code-apk-install-untrusted (sharing the app's APK with a friend, not installing it)
        send.setType(MIME_APK);
        context.startActivity(Intent.createChooser(send, "Share PayWallet"));
    }

    void shareFromDownloads() {
        File f = new File(Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_DOWNLOADS), "receipt.png");
        // ok: code-apk-install-untrusted (not an install)
        context.startActivity(new Intent(Intent.ACTION_SEND).setType("image/png"));
    }
}
