package org.openline.compose

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.v2.runComposeUiTest
import kotlinx.coroutines.flow.flowOf
import org.junit.Test
import org.openline.android.CoreRepository

/** The whole app against the real core: what a user sees first. */
@OptIn(ExperimentalTestApi::class)
class AppTest {
    @Test
    fun opensOnTheCoresHomeScreen() = runComposeUiTest {
        val dir = freshDir()
        val title = withCore(dir) { it.screen("home").title }
        setContent { TestApp(CoreRepository { config(dir) }) }
        awaitText(title)
    }

    @Test
    fun aDeepLinkOpensItsScreen() = runComposeUiTest {
        val dir = freshDir()
        val title = withCore(dir) { it.screen("teen").title }
        setContent { TestApp(CoreRepository { config(dir) }, deepLinks = flowOf("teen")) }
        awaitText(title)
    }
}
