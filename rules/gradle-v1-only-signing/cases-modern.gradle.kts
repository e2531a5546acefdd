android {
    defaultConfig {
        minSdk = 26
    }
    signingConfigs {
        create("release") {
            // ok: gradle-v1-only-signing (minSdk 26: every device checks v2/v3, AGP signs accordingly)
            enableV2Signing = false
        }
    }
}
