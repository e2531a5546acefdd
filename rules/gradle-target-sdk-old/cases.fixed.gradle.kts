// project: {"targetSdk": 33}
android {
    defaultConfig {
        targetSdk = libs.versions.targetSdk.get().toInt()
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-target-sdk-old: targetSdk 33
    }
    productFlavors {
        create("agent") {
            targetSdk = 35
//                      ^^ gradle-target-sdk-old 💡
        }
        create("next") {
            // ok: gradle-target-sdk-old (newer than required)
            targetSdk = 36
        }
    }
}
