// A tiny test runner: named tests, each in its own temporary data directory, with a summary line
// the CI reads ("N passed, M failed"). kotlin.test supplies the assertions.
package org.openline.tests

import org.openline.core.Action
import org.openline.core.ActionItem
import org.openline.core.Block
import org.openline.core.Card
import org.openline.core.Config
import org.openline.core.OpenLine
import org.openline.core.Screen
import java.io.File
import java.nio.file.Files

/** The regions the content ships, and the emergency number each must offer first. */
val EMERGENCY_NUMBERS = linkedMapOf(
    "GB" to "999",
    "US" to "911",
    "CA" to "911",
    "AU" to "000",
    "NZ" to "111",
    "IE" to "112",
    "SG" to "999",
    "NL" to "112",
    "INTL" to "112",
)
val REGIONS: List<String> = EMERGENCY_NUMBERS.keys.toList()

/** A fresh, empty data directory for one test; removed when the test ends. */
class DataDir(val file: File) {
    val path: String get() = file.path

    /** Opens the core on this directory, as the app does at start. */
    fun open(locale: String = "en-GB", region: String? = null, utcOffsetMinutes: Int = 0): OpenLine =
        OpenLine.open(Config(dataDir = path, locale = locale, region = region, utcOffsetMinutes = utcOffsetMinutes))

    /** Opens, runs [block], and frees the core object. */
    fun <T> with(locale: String = "en-GB", region: String? = null, utcOffsetMinutes: Int = 0, block: (OpenLine) -> T): T =
        open(locale, region, utcOffsetMinutes).use(block)
}

class Suite {
    private val tests = mutableListOf<Pair<String, (DataDir) -> Unit>>()

    fun test(name: String, body: (DataDir) -> Unit) {
        tests += name to body
    }

    /** Runs every test whose name contains [filter]; returns the number that failed. */
    fun run(filter: String?): Int {
        var passed = 0
        var failed = 0
        for ((name, body) in tests) {
            if (filter != null && !name.contains(filter)) continue
            val dir = Files.createTempDirectory("openline-kt").toFile()
            val started = System.nanoTime()
            try {
                body(DataDir(dir))
                passed++
                println("ok    $name (${(System.nanoTime() - started) / 1_000_000} ms)")
            } catch (error: Throwable) {
                failed++
                println("FAIL  $name")
                println("      ${error::class.qualifiedName}: ${error.message}")
                error.stackTrace
                    .filter { it.className.startsWith("org.openline.tests") }
                    .take(3)
                    .forEach { println("        at $it") }
            } finally {
                dir.deleteRecursively()
            }
        }
        if (passed + failed == 0) {
            println("no test matches \"$filter\"")
            failed = 1
        }
        println("$passed passed, $failed failed")
        return failed
    }
}

// --- Reading screens ---------------------------------------------------------------------------

/** The kind of a block, by an exhaustive `when`: a new kind in the core fails to compile here. */
fun Block.kind(): String = when (this) {
    is Block.Heading -> "heading"
    is Block.Paragraph -> "paragraph"
    is Block.Callout -> "callout"
    is Block.Steps -> "steps"
    is Block.Actions -> "actions"
    is Block.Links -> "links"
    is Block.Cards -> "cards"
    is Block.Bullets -> "bullets"
    is Block.Choice -> "choice"
    is Block.Sources -> "sources"
}

/** The kind of an action, by an exhaustive `when`. */
fun Action.kind(): String = when (this) {
    is Action.Navigate -> "navigate"
    is Action.OpenUrl -> "open_url"
    is Action.Call -> "call"
    is Action.SendText -> "send_text"
    is Action.Copy -> "copy"
    is Action.Share -> "share"
    is Action.Apply -> "apply"
}

/** Every starter card on a screen. */
fun Screen.cards(): List<Card> = blocks.filterIsInstance<Block.Cards>().flatMap { it.items }

/** Every button on a screen, wherever it sits: action lists, steps, cards. */
fun Screen.buttons(): List<ActionItem> = blocks.flatMap { block ->
    when (block) {
        is Block.Actions -> block.items
        is Block.Steps -> block.items.mapNotNull { it.action }
        is Block.Cards -> block.items.flatMap { it.actions }
        else -> emptyList()
    }
}

/** Every action a tap on this screen can trigger, step toggles and choices included. */
fun Screen.allActions(): List<Action> = buttons().map { it.action } + blocks.flatMap { block ->
    when (block) {
        is Block.Steps -> block.items.map { it.toggle }
        is Block.Choice -> block.options.map { it.action }
        else -> emptyList()
    }
}

/** Every route a tap on this screen can open: link rows and navigate buttons. */
fun Screen.routesOut(): List<String> =
    blocks.filterIsInstance<Block.Links>().flatMap { links -> links.items.map { it.route } } +
        allActions().filterIsInstance<Action.Navigate>().map { it.route }

fun Screen.callNumbers(): List<String> = allActions().filterIsInstance<Action.Call>().map { it.number }

inline fun <reified T : Block> Screen.block(): T =
    blocks.filterIsInstance<T>().firstOrNull()
        ?: throw AssertionError("screen \"$route\" has no ${T::class.simpleName} block; it has ${blocks.map { it.kind() }}")
