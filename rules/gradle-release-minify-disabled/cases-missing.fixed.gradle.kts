plugins {
    alias(libs.plugins.android.application)
}

android {
    buildTypes {
        getByName("release") {
            isMinifyEnabled = true
//      ^^^^^^^^^^^^^^^^^^^^ gradle-release-minify-disabled 💡
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
