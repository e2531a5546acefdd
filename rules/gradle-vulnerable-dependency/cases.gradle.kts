// project: {"catalogLibraries": {"libs.security.crypto": "androidx.security:security-crypto:1.1.0-alpha06", "libs.okhttp": "com.squareup.okhttp3:okhttp:4.12.0"}}
dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.9.1")
//                                              ^^^^^ gradle-vulnerable-dependency 💡
    implementation(libs.security.crypto)
//                 ^^^^^^^^^^^^^^^^^^^^ gradle-vulnerable-dependency: deprecated
    implementation("org.jsoup:jsoup:1.14.3")
//                                  ^^^^^^ gradle-vulnerable-dependency 💡
    // ok: gradle-vulnerable-dependency (the catalog pins a fixed version)
    implementation(libs.okhttp)
    // ok: gradle-vulnerable-dependency (fixed release)
    implementation("org.bouncycastle:bcprov-jdk18on:1.78.1")
    // ok: gradle-vulnerable-dependency (a pre-release of a fixed version is not older than the fix)
    implementation("com.google.code.gson:gson:2.10-rc1")
    // todo-ruleid: gradle-vulnerable-dependency (string-named configurations are not read)
    "implementation"("com.squareup.okhttp3:okhttp:3.14.9")
}
