android {
    signingConfigs {
        create("release") {
            storeFile = file("release.jks")
            storePassword = "hunter2hunter2"
//                          ^^^^^^^^^^^^^^^^ gradle-hardcoded-signing-secret: storePassword
            keyAlias = "upload"
            keyPassword = System.getenv("UPLOAD_KEY_PASSWORD") ?: ""
        }
        create("agentRelease") {
            setKeyPassword("agentKeyPw!")
//                         ^^^^^^^^^^^^^ gradle-hardcoded-signing-secret 💡
            // ok: gradle-hardcoded-signing-secret (Gradle provider, not a literal)
            storePassword = providers.gradleProperty("agentStorePassword").get()
            // ok: gradle-hardcoded-signing-secret (a template)
            storePassword = "$agentStorePassword"
            // ok: gradle-hardcoded-signing-secret (placeholder)
            keyPassword = "changeme"
        }
    }
}

dependencyResolutionManagement {
    repositories {
        maven {
            credentials {
                // ok: gradle-hardcoded-signing-secret (read from gradle.properties)
                password = providers.gradleProperty("repoPassword").get()
            }
        }
    }
}
