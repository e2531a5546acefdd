// project: {"minSdk": 21}
android {
    signingConfigs {
        create("release") {
            enableV1Signing = true
            enableV2Signing = true
//                            ^^^^^ gradle-v1-only-signing: enableV2Signing to true
        }
        getByName("debug") {
            isV2SigningEnabled = true
//                               ^^^^^ gradle-v1-only-signing 💡
        }
    }
    buildTypes {
        release {
            // ok: gradle-v1-only-signing (not a signing config)
            enableV2Signing = false
        }
    }
}
