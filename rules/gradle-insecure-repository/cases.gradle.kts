dependencyResolutionManagement {
    repositories {
        google()
        maven("http://maven.ussd-gateway.example.net/releases")
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-insecure-repository 💡
        maven(url = "http://repo2.example.org/maven2")
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-insecure-repository 💡
        maven {
            url = uri("http://sdk.example-psp.com/android")
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-insecure-repository 💡
            isAllowInsecureProtocol = true
//                                    ^^^^ gradle-insecure-repository 💡
        }
        maven { setUrl("http://old-mirror.example.org/m2") }
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
