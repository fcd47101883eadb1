// What every test shares: named tests with their own temporary data directory, and readers
// for screens. JUnit 5 runs them; kotlin.test supplies the assertions.
package org.openline.tests

import org.junit.jupiter.api.DynamicTest
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

/**
 * The tests, each named and given its own temporary data directory; JUnit runs them as dynamic
 * tests (see [OpenLineTests]), so each file keeps a plain list of named checks.
 */
class Suite {
    private val tests = mutableListOf<Pair<String, (DataDir) -> Unit>>()

    /** Adds a test called [name]; [body] gets a fresh data directory, removed afterwards. */
    fun test(name: String, body: (DataDir) -> Unit) {
        tests += name to body
    }

    /** The tests whose names contain [filter] (all of them when it is null), for JUnit. */
    fun dynamicTests(filter: String?): List<DynamicTest> = tests
        .filter { (name, _) -> filter == null || name.contains(filter) }
        .map { (name, body) ->
            DynamicTest.dynamicTest(name) {
                val dir = Files.createTempDirectory("openline-kt").toFile()
                try {
                    body(DataDir(dir))
                } finally {
                    dir.deleteRecursively()
                }
            }
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

/** The numbers offered with the danger callout, right under it: emergency help first. */
fun Screen.dangerCallNumbers(): List<String> {
    val at = blocks.indexOfFirst { it is Block.Callout && it.tone == org.openline.core.Tone.URGENT }
    val under = blocks.getOrNull(at + 1) as? Block.Actions
        ?: throw AssertionError("screen \"$route\" has no buttons under its danger callout")
    return under.items.map { it.action }.filterIsInstance<Action.Call>().map { it.number }
}

inline fun <reified T : Block> Screen.block(): T =
    blocks.filterIsInstance<T>().firstOrNull()
        ?: throw AssertionError("screen \"$route\" has no ${T::class.simpleName} block; it has ${blocks.map { it.kind() }}")
