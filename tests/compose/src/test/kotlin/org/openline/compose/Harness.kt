package org.openline.compose

import androidx.compose.runtime.Composable
import androidx.compose.runtime.SideEffect
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.test.ComposeTimeoutException
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasScrollToNodeAction
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.printToString
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.emptyFlow
import org.openline.android.CoreRepository
import org.openline.android.ui.OpenLineApp
import org.openline.android.ui.PlatformActions
import org.openline.android.ui.ShellStrings
import org.openline.android.ui.theme.OpenLineTheme
import org.openline.core.Action
import org.openline.core.Block
import org.openline.core.Config
import org.openline.core.Event
import org.openline.core.OpenLine
import org.openline.core.Reminder
import java.io.File
import java.nio.file.Files
import kotlin.reflect.KClass
import kotlin.reflect.full.memberProperties

/** The shell's own words, as the Android app passes them from strings.xml. */
val shellStrings = ShellStrings(appName = "OpenLine", back = "Back", errorFallback = "Something went wrong.")

/** A fresh data folder, removed when the JVM exits. */
fun freshDir(): File = Files.createTempDirectory("openline-compose").toFile().also { dir ->
    Runtime.getRuntime().addShutdownHook(Thread { dir.deleteRecursively() })
}

/** Opening the core as the app does, with the test's locale and region in place of the phone's. */
fun config(dir: File, locale: String = "en-GB", region: String? = null) =
    Config(dataDir = dir.path, locale = locale, region = region)

/** A second door to the same folder: what the test expects to see, straight from the core. */
fun <T> withCore(dir: File, locale: String = "en-GB", region: String? = null, block: (OpenLine) -> T): T =
    OpenLine.open(config(dir, locale, region)).use(block)

/** One call the app made to the phone: the kind and its arguments. */
data class PlatformCall(val kind: String, val args: List<String>)

/** The phone, recording what it was asked to do; [works] false plays a tablet with no dialler. */
class RecordingPlatform(var works: Boolean = true) : PlatformActions {
    val calls = mutableListOf<PlatformCall>()

    override fun dial(number: String) = record("dial", number)
    override fun sendText(number: String, body: String) = record("sendText", number, body)
    override fun openPage(url: String) = record("openPage", url)
    override fun copy(text: String) = record("copy", text)
    override fun share(text: String) = record("share", text)

    /** The reminders the app handed to the phone, latest last. */
    val reminders = mutableListOf<Reminder?>()
    override fun scheduleReminder(reminder: Reminder?) {
        reminders += reminder
    }

    private fun record(kind: String, vararg args: String): Boolean {
        calls += PlatformCall(kind, args.toList())
        return works
    }
}

/** System back, as the host would deliver it: the app says whether it wants it. */
class SystemBack {
    var enabled = false
        private set
    private var onBack: () -> Unit = {}

    /** The handler the app composes; records the latest state. */
    val handler: @Composable (Boolean, () -> Unit) -> Unit = { enabled, onBack ->
        SideEffect {
            this.enabled = enabled
            this.onBack = onBack
        }
    }

    /** Presses back; true when the app took it, false when the host would leave the app. */
    fun press(): Boolean {
        if (enabled) onBack()
        return enabled
    }
}

/** The whole app, as MainActivity composes it, around [core]. */
@Composable
fun TestApp(
    core: CoreRepository,
    platform: PlatformActions = RecordingPlatform(),
    back: SystemBack = SystemBack(),
    deepLinks: Flow<String> = emptyFlow(),
    dark: Boolean = false,
    onQuickExit: () -> Unit = {},
) {
    OpenLineTheme(darkTheme = dark) {
        OpenLineApp(
            core = core,
            platform = platform,
            strings = shellStrings,
            deepLinks = deepLinks,
            onQuickExit = onQuickExit,
            backHandler = back.handler,
        )
    }
}

/** Waits (on real time: the core runs on its own threads) until [text] is on screen. */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.awaitText(text: String, timeoutMillis: Long = 15_000): List<SemanticsNode> {
    try {
        waitUntil(timeoutMillis = timeoutMillis) {
            onAllNodesWithText(text, substring = false, useUnmergedTree = true).fetchSemanticsNodes().isNotEmpty()
        }
    } catch (error: ComposeTimeoutException) {
        throw AssertionError("\"$text\" never appeared; on screen:\n${onRoot().printToString(maxDepth = 6)}", error)
    }
    return onAllNodesWithText(text, useUnmergedTree = true).fetchSemanticsNodes()
}

/** Waits until the core's screen titled [title] is shown, its blocks included. */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.awaitScreen(title: String) {
    awaitText(title)
    // Home's title is the app's name, shown while the core loads too; the list comes with the screen.
    waitUntil(timeoutMillis = 15_000) { onAllNodes(hasScrollToNodeAction()).fetchSemanticsNodes().isNotEmpty() }
    waitForIdle()
}

/** Every region the content ships, as the settings screen offers them: no list of our own. */
fun regions(core: OpenLine): List<String> = core.screen("settings").blocks
    .filterIsInstance<Block.Choice>()
    .flatMap { it.options }
    .mapNotNull { (it.action as? Action.Apply)?.event as? Event.SetRegion }
    .map { it.code }
    .also { check(it.isNotEmpty()) { "the settings screen offers no region" } }

/**
 * Every value of the core's types inside [root], found by reflection so that a block or action
 * kind added to the core is seen without a list kept here.
 */
fun coreValues(root: Any): List<Any> {
    val found = mutableListOf<Any>()
    fun walk(value: Any?) {
        when {
            value == null -> Unit
            value is List<*> -> value.forEach(::walk)
            value::class.qualifiedName?.startsWith("org.openline.core.") == true -> {
                found += value
                if (value !is Enum<*>) {
                    value::class.memberProperties.forEach { property -> walk(property.getter.call(value)) }
                }
            }
        }
    }
    walk(root)
    return found
}

/** The names of the subclasses of a sealed core type: every kind the shells must handle. */
fun kinds(sealed: KClass<*>): Set<String> = sealed.sealedSubclasses.map { it.simpleName!! }.toSet()

/** The languages the tests render every screen in. */
val LANGUAGES = listOf("en", "es", "fr")
