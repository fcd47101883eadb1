package org.openline.compose

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasScrollToNodeAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.test.v2.runComposeUiTest
import kotlinx.coroutines.flow.flowOf
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.openline.android.CoreRepository
import org.openline.core.Action
import org.openline.core.Block
import org.openline.core.Event

/** Longer paths through the app: events, Up, errors and settings, against the real core. */
@OptIn(ExperimentalTestApi::class)
class FlowTest {
    @Test
    fun savingAStarterChangesItsButtonAndTheStore() = runComposeUiTest {
        val dir = freshDir()
        val route = withCore(dir) { core -> core.routes().first { it.startsWith("starter/") } }
        val (title, save) = withCore(dir) { core ->
            val screen = core.screen(route)
            screen.title to screen.blocks.filterIsInstance<Block.Cards>().first().items.first().actions
                .first { (it.action as? Action.Apply)?.event is Event.SaveStarter }
        }
        setContent { TestApp(CoreRepository { config(dir) }, deepLinks = flowOf(route)) }
        awaitText(title)
        val button = hasText(save.label) and hasClickAction()
        onNode(hasScrollToNodeAction()).performScrollToNode(button)
        onAllNodes(button).onFirst().performClick()
        waitUntil(timeoutMillis = 15_000) { withCore(dir) { core -> core.screen(route).coreCards().first().saved } }
        val unsave = withCore(dir) { core ->
            core.screen(route).blocks.filterIsInstance<Block.Cards>().first().items.first().actions
                .first { (it.action as? Action.Apply)?.event is Event.UnsaveStarter }
        }
        assertNotEquals(save.label, unsave.label)
        awaitText(unsave.label)
    }

    @Test
    fun upFromADeepLinkGoesToTheScreenTheCoreNames() = runComposeUiTest {
        val dir = freshDir()
        val screen = withCore(dir) { it.screen("report/instagram") }
        val parent = withCore(dir) { it.screen(checkNotNull(screen.up)) }
        setContent { TestApp(CoreRepository { config(dir) }, deepLinks = flowOf("report/instagram")) }
        awaitText(screen.title)
        waitForIdle()
        onNode(hasContentDescription(shellStrings.back) and hasClickAction()).performClick()
        awaitText(parent.title)
    }

    @Test
    fun aBadLinkShowsTheCoresMessageAndAWayBack() = runComposeUiTest {
        val dir = freshDir()
        val home = withCore(dir) { it.screen("home") }
        val message = withCore(dir) { core -> runCatching { core.screen("report/no-such-app") }.exceptionOrNull()?.message }
        assertTrue("the core explains: $message", !message.isNullOrBlank())
        setContent { TestApp(CoreRepository { config(dir) }, deepLinks = flowOf("report/no-such-app")) }
        awaitText(checkNotNull(message))
        onNode(hasText(shellStrings.back) and hasClickAction()).performClick()
        awaitText(home.blocks.filterIsInstance<Block.Links>().first().items.first().label)
    }

    @Test
    fun choosingARegionInSettingsChangesTheNumbersOnTeen() = runComposeUiTest {
        val dir = freshDir()
        val settings = withCore(dir) { it.screen("settings") }
        val gbCall = withCore(dir) { it.screen("teen").coreCalls().first() }
        val us = settings.choices().first { ((it.action as? Action.Apply)?.event as? Event.SetRegion)?.code == "US" }
        setContent { TestApp(CoreRepository { config(dir) }, deepLinks = flowOf("settings")) }
        awaitText(settings.title)
        val option = hasText(us.label) and hasClickAction()
        onNode(hasScrollToNodeAction()).performScrollToNode(option)
        onNode(option).performClick()
        waitUntil(timeoutMillis = 15_000) { withCore(dir) { it.region() } == "US" }
        val usCall = withCore(dir) { it.screen("teen").coreCalls().first() }
        assertNotEquals("the US teen screen calls another number", gbCall, usCall)
    }

    @Test
    fun theFirstScreenOfHelpIsTheTeenScreenWithItsCallFirst() = runComposeUiTest {
        val dir = freshDir()
        val teen = withCore(dir) { it.screen("teen") }
        setContent { TestApp(CoreRepository { config(dir) }, deepLinks = flowOf("teen")) }
        awaitText(teen.title)
        val first = coreValues(teen).filterIsInstance<org.openline.core.ActionItem>().first { it.action is Action.Call }
        awaitText(first.label)
        assertEquals(1, onAllNodes(hasText(first.label) and hasClickAction()).fetchSemanticsNodes().size.coerceAtMost(1))
    }
}

/** The starter cards on the screen. */
fun org.openline.core.Screen.coreCards() = blocks.filterIsInstance<Block.Cards>().flatMap { it.items }

/** Every number the screen offers to call, in order. */
fun org.openline.core.Screen.coreCalls() = coreValues(this).filterIsInstance<Action.Call>().map { it.number }
