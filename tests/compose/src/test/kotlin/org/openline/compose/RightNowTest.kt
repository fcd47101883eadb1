package org.openline.compose

import androidx.compose.ui.geometry.Size
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.v2.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import kotlinx.coroutines.flow.flowOf
import org.junit.Assert.assertTrue
import org.junit.Test
import org.openline.android.CoreRepository
import org.openline.core.Block

/**
 * On a phone (412 x 915 dp), the teen screen's "Right now" steps are all on the first screen,
 * before any scrolling, in every region.
 */
@OptIn(ExperimentalTestApi::class)
class RightNowTest {
    @Test
    fun theRightNowStepsAreOnTheFirstScreenInEveryRegion() {
        for (region in withCore(freshDir()) { regions(it) }) {
            val dir = freshDir()
            val teen = withCore(dir, "en-GB", region) { it.screen("teen") }
            val now = teen.blocks.filterIsInstance<Block.Steps>().first().items
            assertTrue("$region: at most three steps first", now.size in 1..3)
            val density = 2.625f
            runSkikoComposeUiTest(Size(412 * density, 915 * density), Density(density, 1f)) {
                setContent { TestApp(CoreRepository { config(dir, "en-GB", region) }, deepLinks = flowOf("teen")) }
                awaitScreen(teen.title)
                val screen = onRoot().fetchSemanticsNode().boundsInRoot
                for (step in now) {
                    val nodes = onAllNodesWithText(step.title, substring = true, useUnmergedTree = true).fetchSemanticsNodes()
                    assertTrue("$region: \"${step.title}\" is on the screen", nodes.isNotEmpty())
                    val bottom = nodes.first().boundsInRoot.bottom
                    assertTrue("$region: \"${step.title}\" ends at $bottom of ${screen.bottom}", bottom <= screen.bottom)
                }
            }
        }
    }
}
