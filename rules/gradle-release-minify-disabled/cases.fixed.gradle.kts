plugins {
    id("com.android.application")
}

android {
    signingConfigs {
        create("release") {
            // ok: gradle-release-minify-disabled (a signing config, not a build type)
            storeFile = file("upload.jks")
        }
    }
    buildTypes {
        release {
            isMinifyEnabled = true
//                            ^^^^^ gradle-release-minify-disabled: isMinifyEnabled to true
        }
        create("benchmark") {
            // ok: gradle-release-minify-disabled (not the release build type)
            isMinifyEnabled = false
        }
    }
}
