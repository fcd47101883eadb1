// Top-level build file. Versions live in gradle/libs.versions.toml.

buildscript {
    repositories {
        google()
        mavenCentral()
    }
    dependencies {
        // AGP 9 compiles Kotlin itself ("built-in Kotlin") with the Kotlin Gradle plugin it
        // depends on. Pin that plugin to the project's Kotlin so the Compose compiler plugin,
        // which is versioned with Kotlin, matches the compiler it runs in.
        classpath(libs.kotlin.gradle.plugin)
    }
}

plugins {
    alias(libs.plugins.android.application) apply false
    alias(libs.plugins.android.library) apply false
    alias(libs.plugins.kotlin.compose) apply false
}
