package com.example.pay.net

object Diagnostics {
    fun ping(host: String): Boolean {
        val process = Runtime.getRuntime().exec("ping -c 1 -W 3 " + host)
        //                                      ^^^^^^^^^^^^^^^^^^^^^^^^ code-command-injection
        return process.waitFor() == 0
    }

    fun trace(host: String) {
        Runtime.getRuntime().exec("traceroute $host")
        //                        ^^^^^^^^^^^^^^^^^^ code-command-injection
        ProcessBuilder("sh", "-c", "cat /sdcard/$fileName").start()
        //                         ^^^^^^^^^^^^^^^^^^^^^^^ code-command-injection
        Runtime.getRuntime().exec(arrayOf("/system/bin/sh", "-c", "logcat -d | grep " + filter))
        //                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-command-injection
    }

    fun safe(host: String) {
        // ok: code-command-injection (constant root check)
        Runtime.getRuntime().exec("su")
        // ok: code-command-injection (fixed argument array, no shell)
        Runtime.getRuntime().exec(arrayOf("ping", "-c", "1", host))
        // ok: code-command-injection (constant command)
        Runtime.getRuntime().exec(arrayOf("which", "su"))
        // ok: code-command-injection (constant folded from constants)
        Runtime.getRuntime().exec(CHECK_CMD + " -v")
        // ok: code-command-injection (argument list without a shell)
        ProcessBuilder("getprop", propName).start()
    }

    private const val CHECK_CMD = "busybox"
}
