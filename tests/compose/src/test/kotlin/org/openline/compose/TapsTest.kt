package org.openline.compose

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.state.ToggleableState
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.assertIsOff
import androidx.compose.ui.test.assertIsOn
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasScrollToNodeAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.isToggleable
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.test.v2.runComposeUiTest
import kotlinx.coroutines.flow.flowOf
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import org.openline.android.CoreRepository
import org.openline.android.ui.ActionHandler
import org.openline.android.ui.blocks.BlockView
import org.openline.android.ui.theme.OpenLineTheme
import org.openline.core.Action
import org.openline.core.ActionItem
import org.openline.core.Block
import org.openline.core.Emphasis
import org.openline.core.Screen
import java.io.File

/** Taps in the whole app, against the real core: each does what its button says. */
@OptIn(ExperimentalTestApi::class)
class TapsTest {
    /** Where a button of one kind is: the region, the route and the button. */
    data class Found(val region: String, val route: String, val item: ActionItem)

    /** The first button whose action is an [A], in the first region that has one. */
    private inline fun <reified A : Action> find(dir: File): Found = withCore(dir) { regions(it) }.firstNotNullOf { region ->
        withCore(dir, region = region) { core ->
            core.routes().firstNotNullOfOrNull { route ->
                coreValues(core.screen(route)).filterIsInstance<ActionItem>().firstOrNull { it.action is A }?.let { Found(region, route, it) }
            }
        }
    }

    /** Scrolls the screen to the clickable control labelled [label] and taps it. */
    private fun ComposeUiTest.tap(label: String): SemanticsNodeInteraction {
        val control = hasText(label) and hasClickAction()
        // The list appears with the screen; while the core loads there is none.
        waitUntil(timeoutMillis = 15_000) { onAllNodes(hasScrollToNodeAction()).fetchSemanticsNodes().isNotEmpty() }
        onNode(hasScrollToNodeAction()).performScrollToNode(control)
        return onAllNodes(control).onFirst().performClick()
    }

    /** Opens [route] in the app as a deep link, taps [item] and returns what the phone was asked. */
    private fun tapItem(dir: File, found: Found): List<PlatformCall> {
        val (region, route, item) = found
        val platform = RecordingPlatform()
        val title = withCore(dir, region = region) { it.screen(route).title }
        runComposeUiTest {
            setContent { TestApp(CoreRepository { config(dir, region = region) }, platform, deepLinks = flowOf(route)) }
            awaitText(title)
            tap(item.label)
            waitForIdle()
        }
        return platform.calls
    }

    @Test
    fun callDialsTheNumberOnTheButton() {
        val dir = freshDir()
        val found = find<Action.Call>(dir)
        val item = found.item
        val number = (item.action as Action.Call).number
        assertTrue("a number to dial, not words: $number", number.matches(Regex("\\+?[0-9]+")))
        assertEquals(listOf(PlatformCall("dial", listOf(number))), tapItem(dir, found))
    }

    @Test
    fun sendTextFillsInTheNumberAndTheMessage() {
        val dir = freshDir()
        val found = find<Action.SendText>(dir)
        val item = found.item
        val text = item.action as Action.SendText
        assertTrue(text.body.isNotBlank())
        assertEquals(listOf(PlatformCall("sendText", listOf(text.number, text.body))), tapItem(dir, found))
    }

    @Test
    fun openUrlOpensTheHttpsPage() {
        val dir = freshDir()
        val found = find<Action.OpenUrl>(dir)
        val item = found.item
        val url = (item.action as Action.OpenUrl).url
        assertTrue(url.startsWith("https://"))
        assertEquals(listOf(PlatformCall("openPage", listOf(url))), tapItem(dir, found))
    }

    @Test
    fun copyPutsTheTextOnTheClipboard() = runComposeUiTest {
        // No screen offers a Copy button yet, so the test builds one: the app's own block view
        // and action handler, as they would show it.
        val platform = RecordingPlatform()
        val item = ActionItem(label = "Copy the number", detail = "116 123", action = Action.Copy("116 123"), sources = emptyList())
        val handler = ActionHandler(platform, navigate = { _, _ -> }, apply = {}, failed = {})
        setContent { OpenLineTheme { BlockView(Block.Actions(listOf(item), Emphasis.NORMAL), "home", handler::handle) } }
        onNode(hasText(item.label) and hasClickAction()).performClick()
        waitForIdle()
        assertEquals(listOf(PlatformCall("copy", listOf("116 123"))), platform.calls)
    }

    @Test
    fun shareOffersTheText() {
        val dir = freshDir()
        val found = find<Action.Share>(dir)
        val item = found.item
        val text = (item.action as Action.Share).text
        assertEquals(listOf(PlatformCall("share", listOf(text))), tapItem(dir, found))
    }

    @Test
    fun onlyHttpsPagesOpenAndRefusalsSaySo() {
        val platform = RecordingPlatform()
        var failures = 0
        val handler = ActionHandler(platform, navigate = { _, _ -> }, apply = {}, failed = { failures++ })
        for (url in listOf("http://example.org/", "javascript:alert(1)", "file:///etc/passwd", "https:nohost", "not a url")) {
            handler.handle(Action.OpenUrl(url))
        }
        assertEquals("nothing reached the browser", emptyList<PlatformCall>(), platform.calls)
        assertEquals("each refusal shows the fallback", 5, failures)
        handler.handle(Action.OpenUrl("https://example.org/"))
        assertEquals(listOf(PlatformCall("openPage", listOf("https://example.org/"))), platform.calls)
    }

    @Test
    fun aPhoneThatCannotShowsTheFallback() {
        val dir = freshDir()
        val (region, route, item) = find<Action.Call>(dir)
        val platform = RecordingPlatform(works = false)
        val title = withCore(dir, region = region) { it.screen(route).title }
        runComposeUiTest {
            setContent { TestApp(CoreRepository { config(dir, region = region) }, platform, deepLinks = flowOf(route)) }
            awaitText(title)
            tap(item.label)
            awaitText(shellStrings.errorFallback)
        }
    }

    @Test
    fun aLinkPushesItsScreenAndBackPopsIt() {
        val dir = freshDir()
        val (home, link) = withCore(dir) { core ->
            val home = core.screen("home")
            home to home.blocks.filterIsInstance<Block.Links>().first().items.first()
        }
        val target = withCore(dir) { it.screen(link.route).title }
        val back = SystemBack()
        runComposeUiTest {
            setContent { TestApp(CoreRepository { config(dir) }, back = back) }
            awaitText(home.title)
            waitForIdle()
            assertFalse("on home, back leaves the app", back.enabled)
            awaitText(link.label)
            tap(link.label)
            awaitText(target)
            waitForIdle()
            assertTrue(back.press())
            awaitText(home.title)
            waitForIdle()
            assertFalse(back.enabled)
        }
    }

    @Test
    fun aFilterChoiceReplacesTheScreenRatherThanStacking() {
        val dir = freshDir()
        val (route, screen) = withCore(dir) { core ->
            core.routes().firstNotNullOf { route ->
                core.screen(route).takeIf { s -> s.choices().any { (it.action as? Action.Navigate)?.replace == true } }?.let { route to it }
            }
        }
        val home = withCore(dir) { it.screen("home").title }
        val options = screen.choices().filter { !it.selected && (it.action as? Action.Navigate)?.replace == true }.take(2)
        assertEquals("two filter choices to make on $route", 2, options.size)
        val back = SystemBack()
        runComposeUiTest {
            setContent { TestApp(CoreRepository { config(dir) }, back = back, deepLinks = flowOf(route)) }
            awaitText(screen.title)
            for (option in options) {
                tap(option.label)
                waitUntil(timeoutMillis = 15_000) { selected(option.label) }
            }
            waitForIdle()
            // Two choices made, one press: back at home, not at the first choice.
            assertTrue(back.press())
            awaitText(home)
            waitForIdle()
            assertFalse("home is the bottom of the stack", back.enabled)
        }
    }

    @Test
    fun tickingAStepPersistsWhenTheCoreIsOpenedAgain() {
        val dir = freshDir()
        val step = withCore(dir) { core -> core.screen("teen").blocks.filterIsInstance<Block.Steps>().first().items.first() }
        assertFalse(step.done)
        val label = "${step.number}. ${step.title}"
        val first = CoreRepository { config(dir) }
        runComposeUiTest {
            setContent { TestApp(first, deepLinks = flowOf("teen")) }
            awaitText(label)
            onNode(isToggleable() and hasText(label)).assertIsOff().performClick()
            waitUntil(timeoutMillis = 15_000) {
                onNode(isToggleable() and hasText(label)).fetchSemanticsNode().config
                    .getOrNull(SemanticsProperties.ToggleableState) == ToggleableState.On
            }
        }
        first.close()
        assertTrue("the store has it", withCore(dir) { core -> core.screen("teen").steps().first { it.id == step.id }.done })
        runComposeUiTest {
            setContent { TestApp(CoreRepository { config(dir) }, deepLinks = flowOf("teen")) }
            awaitText(label)
            onNode(isToggleable() and hasText(label)).assertIsOn()
        }
    }

    @Test
    fun turningRemindersOnHandsTheCoresReminderToThePhone() {
        val dir = freshDir()
        val platform = RecordingPlatform()
        runComposeUiTest {
            setContent { TestApp(CoreRepository { config(dir) }, platform, deepLinks = flowOf("parent/reminders")) }
            awaitText("Reminders are off.")
            waitUntil(timeoutMillis = 15_000) { platform.reminders.isNotEmpty() }
            assertEquals("off at start: the app cancels any reminder", null, platform.reminders.last())
            tap("Every 4 weeks")
            waitUntil(timeoutMillis = 15_000) { platform.reminders.lastOrNull() != null }
        }
        val scheduled = platform.reminders.last()
        assertEquals(withCore(dir) { it.nextReminder() }, scheduled)
        assertEquals("A good moment for a chat?", scheduled?.title)
    }

    private fun ComposeUiTest.selected(label: String): Boolean =
        onAllNodes(hasText(label) and androidx.compose.ui.test.isSelected()).fetchSemanticsNodes().isNotEmpty()
}

/** The options of every choice on the screen. */
fun Screen.choices() = blocks.filterIsInstance<Block.Choice>().flatMap { it.options }

/** The steps of every list of steps on the screen. */
fun Screen.steps() = blocks.filterIsInstance<Block.Steps>().flatMap { it.items }
