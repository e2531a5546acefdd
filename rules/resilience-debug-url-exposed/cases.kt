package com.example.wallet.net

import com.example.wallet.BuildConfig

const val STAGING_BASE = "https://api.staging.pesa.example.com/v2/"
//                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ resilience-debug-url-exposed: development or staging host

object Endpoints {
    val local = "http://10.0.2.2:8080/api"
    //                  ^^^^^^^^ resilience-debug-url-exposed: emulator
    val lan = "http://192.168.1.20:3000"
    //                ^^^^^^^^^^^^ resilience-debug-url-exposed: private network
    val uat = "https://wallet-uat.example.com"
    //                 ^^^^^^^^^^^^^^^^^^^^^^ resilience-debug-url-exposed
    val box = "https://pesa-dev.example.com/callback?env=$env"
    //                 ^^^^^^^^^^^^^^^^^^^^ resilience-debug-url-exposed
    val mdns = "http://build-server.local/ping"
    //                 ^^^^^^^^^^^^^^^^^^ resilience-debug-url-exposed
    val loopback = "localhost:9000"
    //              ^^^^^^^^^ resilience-debug-url-exposed

    // ok: resilience-debug-url-exposed (production host)
    val prod = "https://api.pesa.example.com/v2/"
    // ok: resilience-debug-url-exposed (a version number, not an IP address)
    val version = "10.4.0.1"
    // ok: resilience-debug-url-exposed (public address)
    val dns = "https://8.8.8.8/resolve"
    // ok: resilience-debug-url-exposed (dev.to is a registrable domain, .dev is a production TLD)
    val blog = "https://dev.to/pesapoa"
    // ok: resilience-debug-url-exposed (words in text, not hosts)
    val hint = "Contact the dev team or staging support"
    // A comment mentioning http://10.0.2.2 is not code.
    // ok: resilience-debug-url-exposed (debug-only branch)
    val base = if (BuildConfig.DEBUG) "http://10.0.2.2:8080/" else "https://api.pesa.example.com/"

    fun isLocal(host: String): Boolean {
        // ok: resilience-debug-url-exposed (a comparison, not an endpoint)
        return host == "localhost" || host.startsWith("http://192.168.")
    }
}
