package org.openline.compose

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.itemsIndexed
import androidx.compose.material3.Surface
import androidx.compose.ui.Alignment
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import org.openline.android.ui.blocks.BlockView
import org.openline.android.ui.theme.OpenLineTheme
import org.openline.core.Screen
import kotlin.system.exitProcess

private const val WARM_UP = 20
private const val RUNS = 50

/**
 * The benchmark tests/compose/run.sh prints after the tests: the first composition of the
 * teen screen, from the core's Screen to its first frame (composition, layout and drawing, at
 * 412 x 915 dp and 2.625 px per dp) in a new scene each run, as the app lays the blocks out.
 * The core's own time is tests/kotlin's benchmark; this one is Compose's share.
 */
fun main() {
    val screen = withCore(freshDir()) { it.screen("teen") }
    check(screen.blocks.isNotEmpty()) { "the teen screen has no blocks" }
    val times = (1..WARM_UP + RUNS).map { firstFrame(screen) }.drop(WARM_UP).sorted()
    val median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2
    println(
        "bench: first composition of teen median %.1f ms (min %.1f, max %.1f; %d runs after %d warm-up)"
            .format(median / 1e6, times.first() / 1e6, times.last() / 1e6, RUNS, WARM_UP),
    )
    // Compose's dispatchers keep non-daemon threads alive.
    exitProcess(0)
}

/** Nanoseconds from a new scene to its first rendered frame of [screen]. */
private fun firstFrame(screen: Screen): Long {
    val density = 2.625f
    val start = System.nanoTime()
    val scene = ImageComposeScene((412 * density).toInt(), (915 * density).toInt(), Density(density)) {
        OpenLineTheme(darkTheme = false) {
            Surface {
                // The app's ScreenContent: a lazy list, so only the blocks in view are composed.
                LazyColumn(
                    modifier = Modifier.fillMaxSize(),
                    contentPadding = PaddingValues(horizontal = 16.dp, vertical = 8.dp),
                    horizontalAlignment = Alignment.CenterHorizontally,
                    verticalArrangement = Arrangement.spacedBy(16.dp),
                ) {
                    itemsIndexed(screen.blocks, contentType = { _, block -> block::class }) { _, block ->
                        BlockView(block, screen.route, {}, Modifier.widthIn(max = 640.dp).fillMaxWidth())
                    }
                }
            }
        }
    }
    try {
        scene.render()
        return System.nanoTime() - start
    } finally {
        scene.close()
    }
}
