plugins {
    id("com.android.application")
}

android {
    buildTypes {
        getByName("release") {
            isMinifyEnabled = true
            isDebuggable = false
//                         ^^^^ gradle-release-debuggable 💡
        }
        named("release").configure {
            isJniDebuggable = false
//                            ^^^^ gradle-release-debuggable 💡
        }
        release { setDebuggable(false) }
//                              ^^^^ gradle-release-debuggable: set debuggable to false
        getByName("debug") {
            // ok: gradle-release-debuggable (debug builds are debuggable by design)
            isDebuggable = true
        }
        create("uat") {
            // ok: gradle-release-debuggable (a separate distribution type, not release)
            isDebuggable = true
        }
        getByName("release") {
            // ok: gradle-release-debuggable (false)
            isDebuggable = false
        }
    }
}
