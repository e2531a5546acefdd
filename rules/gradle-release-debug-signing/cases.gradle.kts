android {
    buildTypes {
        getByName("release") {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("debug")
//                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-release-debug-signing
        }
        named("release") {
            setSigningConfig(signingConfigs["debug"])
//                           ^^^^^^^^^^^^^^^^^^^^^^^ gradle-release-debug-signing
        }
        getByName("debug") {
            // ok: gradle-release-debug-signing (debug type)
            signingConfig = signingConfigs.getByName("debug")
        }
        getByName("release") {
            // ok: gradle-release-debug-signing (a release signing config)
            signingConfig = signingConfigs.getByName("upload")
        }
    }
}
