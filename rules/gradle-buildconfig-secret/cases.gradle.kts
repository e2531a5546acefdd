android {
    defaultConfig {
        buildConfigField("String", "AUTH_TOKEN", "\"eyJhbGciOiJIUzI1NiJ9.payload\"")
//                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-buildconfig-secret: AUTH_TOKEN
        // ok: gradle-buildconfig-secret (value from the environment)
        buildConfigField("String", "API_KEY", "\"${System.getenv("API_KEY")}\"")
        // ok: gradle-buildconfig-secret (built from a property, not a literal)
        buildConfigField("String", "HMAC_SECRET", "\"" + localProps["hmacSecret"] + "\"")
        // ok: gradle-buildconfig-secret (an identifier, not a secret)
        buildConfigField("String", "MERCHANT_ID", "\"MER-0001-KE-7788\"")
    }
    productFlavors {
        create("prod") {
            buildConfigField("String", "PRIVATE_KEY", "\"-----BEGIN PRIVATE KEY-----MIIE\"")
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gradle-buildconfig-secret
        }
    }
}
