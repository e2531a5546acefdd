plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.google.services)
    alias(libs.plugins.firebase.crashlytics)
}

android {
    namespace = "com.example.pesapoa"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.example.pesapoa"
        minSdk = 21
        // Kept at 27 until the agent network finishes testing on Android 9+ devices.
        targetSdk = 27
        versionCode = 231
        versionName = "2.3.1"

        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"

        buildConfigField("String", "API_BASE_URL", "\"https://api.pesapoa.example.com/v2/\"")
        buildConfigField("String", "SUPPORT_PHONE", "\"+255700000000\"")
    }

    signingConfigs {
        create("upload") {
            storeFile = file("../keystore/pesapoa-upload.jks")
            storePassword = "demo-store-pass-0000"
            keyAlias = "pesapoa-upload"
            keyPassword = "demo-key-pass-0000"
        }
    }

    buildTypes {
        debug {
            applicationIdSuffix = ".debug"
            isMinifyEnabled = false
        }
        release {
            // R8 broke the Retrofit models in 2.1.0, switched off until someone writes keep rules
            isMinifyEnabled = false
            proguardFiles(
                getDefaultProguardFile("proguard-android-optimize.txt"),
                "proguard-rules.pro"
            )
            // TODO use signingConfigs "upload" once the CI secrets are set up
            signingConfig = signingConfigs.getByName("debug")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    kotlinOptions {
        jvmTarget = "17"
    }

    buildFeatures {
        buildConfig = true
    }
}

dependencies {
    implementation(project(":legacy"))

    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.appcompat)
    implementation(libs.androidx.constraintlayout)
    implementation(libs.androidx.biometric)
    implementation(libs.material)

    implementation(libs.okhttp)
    implementation(libs.okhttp.logging)
    implementation(libs.retrofit)
    implementation(libs.retrofit.gson)
    implementation("com.google.code.gson:gson:2.+")

    // Device check required by the aggregator onboarding checklist (2020)
    implementation(libs.play.services.safetynet)

    implementation(platform(libs.firebase.bom))
    implementation(libs.firebase.analytics)
    implementation(libs.firebase.crashlytics)

    testImplementation(libs.junit)
}
