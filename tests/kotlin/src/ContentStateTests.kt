// The Android shell's view state (android/.../nav/ContentState.kt, compiled into this suite)
// driven by the real core's screens: loading, a screen, a failure, a late answer, an update.
package org.openline.tests

import org.openline.android.nav.ContentState
import org.openline.android.nav.ContentState.Shown
import org.openline.core.Action
import org.openline.core.OpenLine
import org.openline.core.OpenLineException
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNull
import kotlin.test.assertSame
import kotlin.test.assertTrue

/** Asks the core for the state's route, as the shell does, and hands the answer to the state. */
private fun ContentState.load(core: OpenLine): ContentState = try {
    loaded(route, core.screen(route))
} catch (error: OpenLineException) {
    failed(route, error.message ?: "")
}

fun contentStateTests(suite: Suite) {
    suite.test("view state: it starts loading home, then shows home and needs nothing more") { dir ->
        dir.with(region = "GB") { core ->
            val start = ContentState.start
            assertEquals(Shown.Loading, start.shown)
            assertTrue(start.needsLoad)
            assertNull(start.screen)
            assertFalse(start.showsUp, "home has no Up")
            val shown = start.load(core)
            assertEquals("home", shown.screen?.route)
            assertFalse(shown.needsLoad, "the screen on show is current")
        }
    }

    suite.test("view state: a route in another form settles on the canonical one; Up without history goes to the core's parent") { dir ->
        dir.with(region = "GB") { core ->
            val reordered = ContentState.start.navigate("parent?moment=holidays&age=8-10", replace = false).load(core)
            assertEquals(listOf("home", "parent?age=8-10&moment=holidays"), reordered.stack.routes)
            assertFalse(reordered.needsLoad, "settling doesn't load the screen again")
            val linked = ContentState.restore(listOf("report/instagram")).load(core)
            assertTrue(linked.showsUp, "a screen with a parent offers Up even without history")
            assertEquals("report", linked.up().load(core).screen?.route, "Up goes to the parent the core names")
        }
    }

    suite.test("view state: an answer for a screen the user has left changes nothing") { dir ->
        dir.with(region = "GB") { core ->
            val onHome = ContentState.start.load(core)
            val teen = core.screen("teen")
            val moved = onHome.navigate("report", replace = false)
            assertTrue(moved.needsLoad)
            assertSame(moved, moved.loaded("teen", teen), "a late answer for teen doesn't show over report")
            assertSame(moved, moved.applied("teen", teen), "nor does the answer to an event sent from teen")
            assertSame(moved, moved.failed("teen", "late"), "nor a late failure")
            assertEquals("report", moved.load(core).screen?.route)
        }
    }

    suite.test("view state: a route the core doesn't know shows the core's words, and Back leaves it") { dir ->
        dir.with(region = "GB") { core ->
            val broken = ContentState.start.load(core).navigate("no-such-screen", replace = false).load(core)
            val failed = assertIs<Shown.Failed>(broken.shown)
            assertTrue(failed.message.contains("no-such-screen"), failed.message)
            val back = broken.back()
            assertEquals("home", back.route)
            assertTrue(back.needsLoad, "the screen below loads again")
        }
    }

    suite.test("view state: a tick shows the screen the core returns; new content reloads the screen on show") { dir ->
        dir.with(region = "GB") { core ->
            val teen = ContentState.start.navigate("teen", replace = false).load(core)
            val step = teen.screen!!.steps().first()
            val tick = assertIs<Action.Apply>(step.toggle).event
            val ticked = teen.applied("teen", core.apply(tick, "teen"))
            assertTrue(ticked.screen!!.step(step.id).done, "the tick shows at once")
            val updated = ticked.contentUpdated()
            assertTrue(updated.needsLoad, "an update makes the screen on show stale")
            assertFalse(updated.load(core).needsLoad)
        }
    }

    suite.test("view state: a filter choice replaces the list, and the saved stack restores loading") { dir ->
        dir.with(region = "GB") { core ->
            val filtered = ContentState.start.navigate("parent", replace = false).load(core)
                .navigate("parent?age=11-13", replace = true).load(core)
            assertEquals(listOf("home", "parent?age=11-13"), filtered.stack.routes)
            val restored = ContentState.restore(filtered.stack.routes)
            assertEquals(filtered.stack, restored.stack)
            assertEquals(Shown.Loading, restored.shown)
        }
    }
}
