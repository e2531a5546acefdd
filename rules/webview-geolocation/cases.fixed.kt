package com.example.pay.web

import android.webkit.GeolocationPermissions
import android.webkit.WebChromeClient

const val ALLOW = true
const val AGENT_MAP_ORIGIN = "https://agents.example.com"

class AgentLocatorClient : WebChromeClient() {
    override fun onGeolocationPermissionsShowPrompt(origin: String?, callback: GeolocationPermissions.Callback?) {
        callback?.invoke(origin, false, true)
        //                       ^^^^ webview-geolocation 💡: granted to whatever origin asks
    }
}

val chrome = object : WebChromeClient() {
    override fun onGeolocationPermissionsShowPrompt(origin: String, callback: GeolocationPermissions.Callback) {
        Log.d("Geo", "prompt from $origin")
        callback.invoke(origin, false, false)
        //                      ^^^^^ webview-geolocation 💡
    }
}

class CheckedClient : WebChromeClient() {
    override fun onGeolocationPermissionsShowPrompt(origin: String, callback: GeolocationPermissions.Callback) {
        // ok: webview-geolocation (granted only to the agent map's origin)
        callback.invoke(origin, origin == AGENT_MAP_ORIGIN, false)
    }
}

class EarlyReturnClient : WebChromeClient() {
    override fun onGeolocationPermissionsShowPrompt(origin: String, callback: GeolocationPermissions.Callback) {
        if (origin != AGENT_MAP_ORIGIN) {
            callback.invoke(origin, false, false)
            return
        }
        // ok: webview-geolocation (the origin was checked above)
        callback.invoke(origin, true, false)
    }
}

class DenyingClient : WebChromeClient() {
    override fun onGeolocationPermissionsShowPrompt(origin: String, callback: GeolocationPermissions.Callback) {
        // ok: webview-geolocation (denied)
        callback.invoke(origin, false, false)
    }
}
