// project: {"catalogLibraries": {"libs.rootbeer": "com.scottyab:rootbeer-lib:0.+", "libs.core": "androidx.core:core-ktx:1.13.1"}}
dependencies {
    implementation("com.google.firebase:firebase-messaging:[23.0,)")
//                                                         ^^^^^^^ gradle-dynamic-version
    implementation(libs.rootbeer)
//                 ^^^^^^^^^^^^^ gradle-dynamic-version: 0.+
    // ok: gradle-dynamic-version (pinned in the catalog)
    implementation(libs.core)
    // ok: gradle-dynamic-version (a closed range is a deliberate constraint)
    implementation("com.example:lib:[1.0,2.0]")
    // ok: gradle-dynamic-version (a BOM-managed dependency has no version of its own)
    implementation("com.squareup.okhttp3:okhttp")
}
