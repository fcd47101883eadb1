package org.openline.compose

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasScrollToNodeAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.v2.runComposeUiTest
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.receiveAsFlow
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.openline.android.CoreRepository

/** The quick exit is on exactly the screens the core marks, in its words, and leaves. */
@OptIn(ExperimentalTestApi::class)
class QuickExitTest {
    @Test
    fun presentExactlyWhereTheCoreMarksIt() = runComposeUiTest {
        val dir = freshDir()
        val screens = withCore(dir) { core -> core.routes().map { core.screen(it) } }
        val label = screens.firstNotNullOf { it.quickExit }.label
        val links = Channel<String>(Channel.UNLIMITED)
        setContent { TestApp(CoreRepository { config(dir) }, deepLinks = links.receiveAsFlow()) }
        val wrong = mutableListOf<String>()
        var marked = 0
        for (screen in screens) {
            links.trySend(screen.route)
            // The top bar's title is the screen's, and the list shows once the core answered
            // (home's title is the app's name, shown while loading too). Screens in a row with
            // one title are of one kind, so marked alike.
            awaitText(screen.title)
            waitUntil(timeoutMillis = 15_000) { onAllNodes(hasScrollToNodeAction()).fetchSemanticsNodes().isNotEmpty() }
            waitForIdle()
            val shown = onAllNodes(hasText(label) and hasClickAction()).fetchSemanticsNodes().size
            val expected = if (screen.quickExit != null) 1 else 0
            if (screen.quickExit != null) marked++
            if (shown != expected) wrong += "${screen.route}: $shown quick exits, expected $expected"
        }
        assertTrue("some screens are marked", marked > 0)
        assertTrue("some screens are not", marked < screens.size)
        assertEquals(emptyList<String>(), wrong)
    }

    @Test
    fun tappingItLeaves() = runComposeUiTest {
        val dir = freshDir()
        val teen = withCore(dir) { it.screen("teen") }
        val label = checkNotNull(teen.quickExit).label
        var left by mutableStateOf(0)
        setContent {
            TestApp(CoreRepository { config(dir) }, deepLinks = kotlinx.coroutines.flow.flowOf("teen"), onQuickExit = { left++ })
        }
        awaitText(teen.title)
        onNode(hasText(label) and hasClickAction()).performClick()
        waitForIdle()
        assertEquals(1, left)
    }
}
