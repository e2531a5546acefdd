// project: {"permissions": ["android.permission.INTERNET", "android.permission.CAMERA"]}
package com.example.pay.web

class NoLocationClient : WebChromeClient() {
    override fun onGeolocationPermissionsShowPrompt(origin: String, callback: GeolocationPermissions.Callback) {
        // ok: webview-geolocation (the app holds no location permission, so there is nothing to hand out)
        callback.invoke(origin, true, false)
    }
}
