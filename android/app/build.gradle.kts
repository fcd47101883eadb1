// The OpenLine app: a Compose shell that renders the Rust core's screens.
//
// The core is built for each ABI with cargo-ndk, and its Kotlin bindings are generated from the
// library that ships, with the project's own uniffi-bindgen. Both are Exec tasks whose outputs
// are registered as generated source directories, so AGP runs them before
// merge<Variant>JniLibFolders and compile<Variant>Kotlin respectively.

import org.jetbrains.kotlin.gradle.dsl.JvmTarget
import java.util.Properties

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.compose)
}

/** The Cargo workspace: the repository root, one level above this Gradle project. */
val workspace: Directory = rootProject.layout.projectDirectory.dir("..")

/** ABIs the app ships, as Android names them; cargo-ndk maps them to Rust targets. */
val rustAbis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")

val keystoreProperties = Properties().apply {
    val file = rootProject.file("keystore.properties")
    if (file.isFile) file.inputStream().use { load(it) }
}

android {
    namespace = "org.openline.android"
    compileSdk = libs.versions.compileSdk.get().toInt()
    ndkVersion = libs.versions.ndk.get()

    defaultConfig {
        applicationId = "org.openline.android"
        minSdk = libs.versions.minSdk.get().toInt()
        targetSdk = libs.versions.targetSdk.get().toInt()
        versionCode = 1
        versionName = "0.1.0"
        ndk { abiFilters += rustAbis }
        val updateUrl = providers.gradleProperty("openline.updateUrl").orElse("").get()
        buildConfigField("String", "UPDATE_URL", "\"$updateUrl\"")
    }

    signingConfigs {
        if (keystoreProperties.isNotEmpty()) {
            create("release") {
                storeFile = rootProject.file(keystoreProperties.getProperty("storeFile"))
                storePassword = keystoreProperties.getProperty("storePassword")
                keyAlias = keystoreProperties.getProperty("keyAlias")
                keyPassword = keystoreProperties.getProperty("keyPassword")
            }
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            // Without keystore.properties the release build is left unsigned, never debug-signed.
            signingConfig = signingConfigs.findByName("release")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
        buildConfig = true
    }

    packaging {
        resources.excludes += "/META-INF/{AL2.0,LGPL2.1}"
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
    implementation(platform(libs.androidx.compose.bom))
    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.compose.ui)
    implementation(libs.androidx.compose.foundation)
    implementation(libs.androidx.compose.material3)
    implementation(libs.androidx.compose.material.icons.core)
    implementation(libs.androidx.compose.ui.tooling.preview)
    implementation(libs.kotlinx.coroutines.android)
    // The AAR carries libjnidispatch.so for every Android ABI; the plain jar does not.
    implementation(libs.jna) { artifact { type = "aar" } }
    debugImplementation(libs.androidx.compose.ui.tooling)
}
