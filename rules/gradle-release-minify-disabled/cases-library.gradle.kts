plugins {
    id("com.android.library")
}

android {
    buildTypes {
        release {
            // ok: gradle-release-minify-disabled (library modules are minified by the consuming app)
            isMinifyEnabled = false
        }
    }
}
