dependencyResolutionManagement {
    repositories {
        google()
        maven("https://maven.ussd-gateway.example.net/releases")
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-insecure-repository 💡
        maven(url = "https://repo2.example.org/maven2")
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-insecure-repository 💡
        maven {
            url = uri("https://sdk.example-psp.com/android")
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-insecure-repository 💡
            isAllowInsecureProtocol = false
//                                    ^^^^ gradle-insecure-repository 💡
        }
        maven { setUrl("https://old-mirror.example.org/m2") }
//                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-insecure-repository 💡
        // ok: gradle-insecure-repository (https)
        maven { url = uri("https://maven.example-psp.com/android") }
    }
}

android {
    defaultConfig {
        // ok: gradle-insecure-repository (not a repository URL)
        buildConfigField("String", "LEGACY_URL", "\"http://legacy.example.com\"")
    }
}
