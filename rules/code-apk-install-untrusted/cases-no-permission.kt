// project: {"permissions": ["android.permission.INTERNET"]}
package com.example.wallet.update

class NoInstallPermission(private val context: Context) {
    fun install() {
        val apk = File(context.externalCacheDir, "update.apk")
        // ok: code-apk-install-untrusted (the app does not hold REQUEST_INSTALL_PACKAGES: the install cannot start)
        val intent = Intent(Intent.ACTION_INSTALL_PACKAGE)
        context.startActivity(intent.setData(Uri.fromFile(apk)))
    }
}
