pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.PREFER_PROJECT)
    repositories {
        google()
        mavenCentral()
        // In-house Nexus with the aggregator SDK (USSD bridge, agent tools).
        // TODO ask infra for the TLS certificate, plain http for now.
        maven {
            url = uri("http://nexus.pesapoa.example.com/repository/maven-releases/")
            isAllowInsecureProtocol = true
        }
    }
}

rootProject.name = "PesaPoaWallet"
include(":app")
include(":legacy")
