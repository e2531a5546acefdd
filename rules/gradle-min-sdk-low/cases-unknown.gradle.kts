android {
    defaultConfig {
        // ok: gradle-min-sdk-low (value unknown without a project model: not guessed)
        minSdk = AndroidConfig.MIN_SDK
    }
}
