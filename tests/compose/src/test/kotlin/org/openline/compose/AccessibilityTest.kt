package org.openline.compose

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.mutableStateOf
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.state.ToggleableState
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.isToggleable
import androidx.compose.ui.test.v2.runComposeUiTest
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.flow.flowOf
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.openline.android.CoreRepository
import org.openline.android.ui.blocks.BlockView
import org.openline.android.ui.theme.OpenLineTheme
import org.openline.core.Block
import org.openline.core.OpenLine
import org.openline.core.Screen

/** What TalkBack and large text need, on every screen the core has (GB, English). */
@OptIn(ExperimentalTestApi::class)
class AccessibilityTest {
    /**
     * Composes every route's blocks, 360 dp wide unless told, at [fontScale], and calls [check]
     * with the route and its screen once each is laid out.
     */
    private fun eachScreen(
        fontScale: Float = 1f,
        widthDp: Int = 412,
        check: ComposeUiTest.(route: String, screen: Screen) -> Unit,
    ) = runComposeUiTest {
        val shown = mutableStateOf<Screen?>(null)
        setContent {
            val density = LocalDensity.current
            CompositionLocalProvider(LocalDensity provides Density(density.density, fontScale)) {
                OpenLineTheme(darkTheme = false) {
                    Column(Modifier.width(widthDp.dp).verticalScroll(rememberScrollState())) {
                        val screen = shown.value ?: return@Column
                        for (block in screen.blocks) BlockView(block, screen.route, onAction = {})
                    }
                }
            }
        }
        val dir = freshDir()
        withCore(dir, region = "GB") { core: OpenLine ->
            for (route in core.routes()) {
                val screen = core.screen(route)
                shown.value = screen
                waitForIdle()
                check(route, screen)
            }
        }
    }

    private fun ComposeUiTest.nodes(matcher: androidx.compose.ui.test.SemanticsMatcher, merged: Boolean = true) =
        onAllNodes(matcher, useUnmergedTree = !merged).fetchSemanticsNodes()

    private fun SemanticsNode.words(): String =
        (config.getOrNull(SemanticsProperties.Text)?.joinToString(" ") ?: "") +
            (config.getOrNull(SemanticsProperties.ContentDescription)?.joinToString(" ") ?: "")

    @Test
    fun everyControlIsAtLeast48dpSquare() {
        val small = mutableListOf<String>()
        eachScreen { route, _ ->
            val density = density.density
            for (node in nodes(hasClickAction())) {
                val width = node.size.width / density
                val height = node.size.height / density
                if (width < 47.5f || height < 47.5f) small += "$route: \"${node.words()}\" is ${width}x$height dp"
            }
        }
        assertEquals("controls smaller than 48 x 48 dp", emptyList<String>(), small)
    }

    @Test
    fun everyControlSaysWhatItDoes() {
        val silent = mutableListOf<String>()
        eachScreen { route, _ ->
            for (node in nodes(hasClickAction())) if (node.words().isBlank()) silent += "$route: a control at ${node.boundsInRoot}"
        }
        assertEquals("controls with neither words nor a description", emptyList<String>(), silent)
    }

    @Test
    fun headingsAreHeadings() {
        val plain = mutableListOf<String>()
        var headings = 0
        eachScreen { route, screen ->
            val marked = nodes(androidx.compose.ui.test.SemanticsMatcher.keyIsDefined(SemanticsProperties.Heading), merged = false)
                .flatMap { it.config.getOrNull(SemanticsProperties.Text).orEmpty().map { text -> text.text } }
                .toSet()
            for (heading in screen.blocks.filterIsInstance<Block.Heading>()) {
                headings++
                if (heading.text !in marked) plain += "$route: \"${heading.text}\""
            }
        }
        assertTrue("the content has headings", headings > 0)
        assertEquals("headings without heading semantics", emptyList<String>(), plain)
    }

    @Test
    fun stepCheckboxesAnnounceTheirState() {
        var steps = 0
        val wrong = mutableListOf<String>()
        eachScreen { route, screen ->
            val toggles = nodes(isToggleable())
            for (step in screen.steps()) {
                steps++
                val label = "${step.number}. ${step.title}"
                val node = toggles.firstOrNull { it.words().contains(label) }
                val state = node?.config?.getOrNull(SemanticsProperties.ToggleableState)
                val expected = if (step.done) ToggleableState.On else ToggleableState.Off
                val role = node?.config?.getOrNull(SemanticsProperties.Role)
                if (state != expected || role != androidx.compose.ui.semantics.Role.Checkbox) {
                    wrong += "$route: step \"$label\" is $state, $role"
                }
            }
        }
        assertTrue("the content has steps", steps > 0)
        assertEquals("steps not announced as checkboxes with their state", emptyList<String>(), wrong)
    }

    @Test
    fun noTextIsCutOffAtFontScale2At360dp() {
        val cut = mutableListOf<String>()
        eachScreen(fontScale = 2f, widthDp = 360) { route, _ ->
            for (node in nodes(androidx.compose.ui.test.SemanticsMatcher.keyIsDefined(SemanticsProperties.Text), merged = false)) {
                val layouts = mutableListOf<TextLayoutResult>()
                node.config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action?.invoke(layouts)
                for (layout in layouts) {
                    if (cutOff(layout)) cut += "$route: \"${node.words().take(40)}\""
                }
            }
        }
        assertEquals("text cut off at font scale 2.0, 360 dp wide", emptyList<String>(), cut)
    }

    /**
     * Whether [layout] lost words: lines beyond its height or its line limit, an ellipsis, or a
     * line running past its width. (Its didOverflowWidth compares against the widest layout the
     * semantics action tried, not the one drawn, so it is not used.)
     */
    private fun cutOff(layout: TextLayoutResult): Boolean = layout.didOverflowHeight ||
        layout.multiParagraph.didExceedMaxLines ||
        (0 until layout.lineCount).any { layout.isLineEllipsized(it) || layout.getLineRight(it) > layout.size.width + 0.5f }

    @Test
    fun theTopBarIsLabelledAndItsTitleIsAHeading() = runComposeUiTest {
        val dir = freshDir()
        val teen = withCore(dir) { it.screen("teen") }
        setContent { TestApp(CoreRepository { config(dir) }, deepLinks = flowOf("teen")) }
        awaitText(teen.title)
        val title = nodes(androidx.compose.ui.test.hasText(teen.title), merged = false)
        assertTrue("the title is a heading", title.any { SemanticsProperties.Heading in it.config })
        val up = nodes(androidx.compose.ui.test.hasContentDescription(shellStrings.back))
        assertEquals("the up arrow says Back", 1, up.size)
        assertTrue(nodes(hasClickAction()).all { it.words().isNotBlank() })
    }
}
