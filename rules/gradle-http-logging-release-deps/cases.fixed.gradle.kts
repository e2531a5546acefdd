// project: {"catalogLibraries": {"libs.chucker": "com.github.chuckerteam.chucker:library:4.0.0", "libs.chucker.noop": "com.github.chuckerteam.chucker:library-no-op:4.0.0"}}
dependencies {
    debugImplementation(libs.chucker)
//  ^^^^^^^^^^^^^^ gradle-http-logging-release-deps 💡
    debugImplementation("com.facebook.flipper:flipper:0.250.0")
//  ^^^^^^^^^^^^^^ gradle-http-logging-release-deps 💡
    // ok: gradle-http-logging-release-deps (debug only)
    debugImplementation(libs.chucker)
    // ok: gradle-http-logging-release-deps (no-op for release)
    releaseImplementation(libs.chucker.noop)
    // ok: gradle-http-logging-release-deps (a debuggable flavour-build-type combination)
    stagingDebugImplementation("com.facebook.flipper:flipper:0.250.0")
}
