// Benchmark: the time the Android shell waits for one screen through the FFI (render in Rust,
// serialise into a RustBuffer, lift into Kotlin objects). Printed, never asserted: timings on a
// shared 2-core machine are too noisy to fail a build on. Target: 200 µs or less.
package org.openline.tests

import org.openline.core.Config
import org.openline.core.OpenLine
import java.nio.file.Files

private const val WARMUP = 1_000
private const val CALLS = 2_000

private fun percentile(sorted: LongArray, p: Double): Long = sorted[((sorted.size - 1) * p).toInt()]

private fun measure(name: String, call: () -> Unit) {
    repeat(WARMUP) { call() }
    val samples = LongArray(CALLS)
    for (i in 0 until CALLS) {
        val start = System.nanoTime()
        call()
        samples[i] = System.nanoTime() - start
    }
    samples.sort()
    val us = { ns: Long -> ns / 1_000 }
    println(
        "bench: $name median ${us(percentile(samples, 0.5))} µs " +
            "(p10 ${us(percentile(samples, 0.1))}, p90 ${us(percentile(samples, 0.9))}, $CALLS calls after $WARMUP warm-up)",
    )
}

fun main() {
    val dir = Files.createTempDirectory("openline-bench").toFile()
    try {
        OpenLine.open(Config(dataDir = dir.path, locale = "en-GB")).use { core ->
            measure("screen(teen)") { core.screen("teen") }
            measure("screen(home)") { core.screen("home") }
            measure("screen(parent)") { core.screen("parent") }
        }
    } finally {
        dir.deleteRecursively()
    }
}
