plugins {
    alias(libs.plugins.android.application)
}

android {
    buildTypes {
        getByName("release") {
//      ^^^^^^^^^^^^^^^^^^^^ gradle-release-minify-disabled 💡
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
