package org.openline.compose

import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.v2.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import kotlinx.coroutines.flow.flowOf
import org.junit.AfterClass
import org.junit.Assert.assertTrue
import org.junit.Test
import org.openline.android.CoreRepository
import java.io.File
import javax.imageio.ImageIO

/**
 * Phone-size pictures of the app against the real core, 412 x 915 dp at 2.625 px per dp (a
 * Pixel 7), into target/screenshots/android with an index.html to look at them side by side.
 */
@OptIn(ExperimentalTestApi::class)
class ScreenshotTest {
    /** One picture: what it shows and how. */
    data class Shot(val route: String, val region: String, val locale: String, val dark: Boolean, val fontScale: Float) {
        val name: String
            get() = listOf(
                route.replace(Regex("[^A-Za-z0-9]+"), "_").trim('_'),
                region,
                locale,
                if (dark) "dark" else "light",
                if (fontScale != 1f) "font$fontScale" else null,
            ).filterNotNull().joinToString("-")
    }

    private fun capture(shot: Shot) {
        val dir = freshDir()
        val title = withCore(dir, shot.locale, shot.region) { it.screen(shot.route).title }
        val density = 2.625f
        runSkikoComposeUiTest(Size(412 * density, 915 * density), Density(density, shot.fontScale)) {
            setContent {
                TestApp(
                    CoreRepository { config(dir, shot.locale, shot.region) },
                    deepLinks = flowOf(shot.route),
                    dark = shot.dark,
                )
            }
            awaitScreen(title)
            val file = File(out, "${shot.name}.png")
            ImageIO.write(onRoot().captureToImage().toAwtImage(), "png", file)
            assertTrue("${file.name} has a picture in it", file.length() > 10_000)
        }
        synchronized(taken) { taken += shot }
    }

    /** The routes the gallery shows, checked against the core's own. */
    private fun galleryRoutes(): List<String> = withCore(freshDir()) { core ->
        val routes = core.routes()
        val chosen = listOf("home", "teen", "report", "report/instagram", "parent") +
            routes.first { it.startsWith("parent?") } +
            routes.first { it.startsWith("starter/") } +
            listOf("parent/disclosure", "parent/reminders", "settings", "about")
        chosen.onEach { require(it in routes) { "the core has no route $it" } }
    }

    @Test
    fun everyGalleryScreenLightAndDarkInGB() {
        for (route in galleryRoutes()) for (dark in listOf(false, true)) capture(Shot(route, "GB", "en-GB", dark, 1f))
    }

    @Test
    fun teenAndHomeInTheUSInEnglishAndSpanish() {
        for (locale in listOf("en-US", "es-US")) for (route in listOf("home", "teen")) capture(Shot(route, "US", locale, false, 1f))
    }

    @Test
    fun teenAndHomeAtFontScale2() {
        for (route in listOf("home", "teen")) capture(Shot(route, "GB", "en-GB", false, 2f))
    }

    companion object {
        private val out = File(System.getProperty("screenshots.out", "target/screenshots/android")).apply { mkdirs() }
        private val taken = mutableListOf<Shot>()

        /** The gallery: every picture this run took, grouped by screen, side by side. */
        @JvmStatic
        @AfterClass
        fun writeGallery() {
            val html = buildString {
                append("<!doctype html><meta charset=utf-8><title>OpenLine Android screenshots</title>\n")
                append("<style>body{font-family:sans-serif;margin:16px}figure{display:inline-block;margin:8px;vertical-align:top}")
                append("img{width:260px;border:1px solid #999}figcaption{font-size:12px;max-width:260px}</style>\n")
                append("<h1>OpenLine for Android, rendered on the JVM</h1>\n")
                append("<p>412 x 915 dp at 2.625x, against the real core. Text is in this machine's fonts, not Roboto.</p>\n")
                for ((route, shots) in taken.groupBy { it.route }) {
                    append("<h2>").append(route).append("</h2>\n")
                    for (shot in shots) {
                        append("<figure><a href=\"${shot.name}.png\"><img src=\"${shot.name}.png\" alt=\"${shot.name}\"></a>")
                        append("<figcaption>${shot.name}</figcaption></figure>\n")
                    }
                }
            }
            File(out, "index.html").writeText(html)
        }
    }
}
