// The Compose UI: every file that needs only androidx.compose.*, Kotlin and the core's
// bindings. tests/compose/ compiles the same sources for the JVM and tests them there.
//
// This module also owns the core: it is built for each ABI with cargo-ndk, and its Kotlin
// bindings are generated from the library that ships, with the project's own uniffi-bindgen.
// Both are Exec tasks whose outputs are registered as generated source directories, so AGP
// runs them before merge<Variant>JniLibFolders and compile<Variant>Kotlin respectively; the
// libraries reach the APK through the app's dependency on this module.

import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.compose)
}

/** The Cargo workspace: the repository root, one level above this Gradle project. */
val workspace: Directory = rootProject.layout.projectDirectory.dir("..")

/** ABIs the app ships, as Android names them; cargo-ndk maps them to Rust targets. */
val rustAbis = providers.gradleProperty("openline.abis").get().split(",")

android {
    namespace = "org.openline.android.ui"
    compileSdk = libs.versions.compileSdk.get().toInt()
    ndkVersion = libs.versions.ndk.get()

    defaultConfig {
        minSdk = libs.versions.minSdk.get().toInt()
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

/**
 * Builds libopenline_core.so for every ABI with `cargo ndk`, into [outputDir]/<abi>/.
 * Rust is always built with the release profile: a debug core is tens of megabytes per ABI
 * and slow, and the shell is what one debugs on a device.
 */
abstract class CargoNdkTask : Exec() {
    @get:Input abstract val abis: ListProperty<String>
    @get:Input abstract val platform: Property<Int>
    @get:InputFiles @get:PathSensitive(PathSensitivity.RELATIVE) abstract val rustSources: ConfigurableFileCollection
    @get:OutputDirectory abstract val outputDir: DirectoryProperty

    init {
        group = "rust"
        description = "Builds the OpenLine core for each Android ABI with cargo-ndk."
        commandLine("cargo", "ndk")
        argumentProviders.add(
            CommandLineArgumentProvider {
                abis.get().flatMap { listOf("--target", it) } +
                    listOf("--platform", platform.get().toString()) +
                    listOf("--output-dir", outputDir.get().asFile.absolutePath) +
                    listOf("build", "--release", "--locked", "-p", "openline-core")
            },
        )
    }
}

/**
 * Generates the Kotlin bindings (package org.openline.core) from [library], the arm64 library
 * that ships, so the bindings always match the code in the APK.
 */
abstract class UniffiBindgenTask : Exec() {
    @get:InputFile @get:PathSensitive(PathSensitivity.NONE) abstract val library: RegularFileProperty
    @get:InputFile @get:PathSensitive(PathSensitivity.NONE) abstract val config: RegularFileProperty
    @get:OutputDirectory abstract val outputDir: DirectoryProperty

    init {
        group = "rust"
        description = "Generates the Kotlin bindings of the OpenLine core with uniffi-bindgen."
        // A separate cargo command from the library build, so the bindgen's features are not
        // merged into the library.
        commandLine("cargo", "run", "--release", "--locked", "-q", "-p", "uniffi-bindgen", "--", "generate")
        argumentProviders.add(
            CommandLineArgumentProvider {
                listOf(
                    library.get().asFile.absolutePath,
                    "--language", "kotlin",
                    "--config", config.get().asFile.absolutePath,
                    "--out-dir", outputDir.get().asFile.absolutePath,
                    "--no-format",
                )
            },
        )
        doFirst { outputDir.get().asFile.apply { deleteRecursively(); mkdirs() } }
    }
}

val ndkDirectory = androidComponents.sdkComponents.ndkDirectory

androidComponents {
    onVariants { variant ->
        val name = variant.name.replaceFirstChar { it.uppercase() }
        val cargoNdk = tasks.register<CargoNdkTask>("cargoNdk$name") {
            workingDir(workspace.asFile)
            abis.set(rustAbis)
            platform.set(libs.versions.minSdk.get().toInt())
            rustSources.from(
                workspace.files("Cargo.toml", "Cargo.lock", "core/Cargo.toml", "core/build.rs"),
                workspace.dir("core/src"),
                workspace.dir("content"),
            )
            environment("ANDROID_NDK_HOME", ndkDirectory.get().asFile.absolutePath)
        }
        // AGP points outputDir at build/generated/... and makes merge<Variant>JniLibFolders
        // depend on cargoNdk<Variant>.
        variant.sources.jniLibs?.addGeneratedSourceDirectory(cargoNdk, CargoNdkTask::outputDir)

        val bindings = tasks.register<UniffiBindgenTask>("uniffiBindings$name") {
            workingDir(workspace.asFile)
            library.set(cargoNdk.flatMap { it.outputDir.file("arm64-v8a/libopenline_core.so") })
            config.set(workspace.file("bindings/uniffi.toml"))
        }
        variant.sources.kotlin?.addGeneratedSourceDirectory(bindings, UniffiBindgenTask::outputDir)
    }
}

dependencies {
    api(platform(libs.androidx.compose.bom))
    api(libs.androidx.compose.ui)
    api(libs.androidx.compose.foundation)
    api(libs.androidx.compose.material3)
    implementation(libs.androidx.compose.material.icons.core)
    implementation(libs.androidx.compose.ui.tooling.preview)
    api(libs.kotlinx.coroutines.android)
    // The AAR carries libjnidispatch.so for every Android ABI; the plain jar does not.
    api(libs.jna) { artifact { type = "aar" } }
}
