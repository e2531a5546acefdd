// project: {"minSdk": 23}
android {
    defaultConfig {
        minSdk = libs.versions.minSdk.get().toInt()
//               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-min-sdk-low: minSdk 23
    }
    productFlavors {
        create("agent") {
            // ok: gradle-min-sdk-low (recent enough)
            minSdk = 26
        }
        create("legacy") {
            minSdk = 24
//                   ^^ gradle-min-sdk-low 💡
        }
    }
}
