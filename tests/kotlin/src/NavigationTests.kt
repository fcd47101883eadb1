// The Android shell's back stack (android/.../nav/RouteStack.kt, compiled into this suite)
// driven against the real core: deep links, Up, and every link on every screen.
package org.openline.tests

import org.openline.android.nav.RouteStack
import org.openline.core.Action
import org.openline.core.Block
import org.openline.core.deepLinkRoute
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertSame
import kotlin.test.assertTrue

fun navigationTests(suite: Suite) {
    suite.test("navigation: the stack starts at home, pushes, pops and never empties") { _ ->
        val start = RouteStack.start
        assertEquals(listOf("home"), start.routes)
        assertFalse(start.canGoBack)
        assertSame(start, start.pop(), "back on home leaves the app to the system")
        val deeper = start.push("teen").push("report")
        assertEquals(listOf("home", "teen", "report"), deeper.routes)
        assertSame(deeper, deeper.push("report"), "opening the screen on show does nothing")
        assertEquals("teen", deeper.pop().current)
        var long = start
        repeat(100) { long = long.push("starter/s$it") }
        assertEquals(RouteStack.MAX_DEPTH, long.routes.size, "the saved stack stays small")
        assertEquals(start, RouteStack.restore(emptyList()))
        assertEquals(start, RouteStack.restore(listOf("teen", " ")))
        assertEquals(deeper, RouteStack.restore(deeper.routes), "survives save and restore")
    }

    suite.test("navigation: the core names the route of a deep link; other links are ignored") { _ ->
        assertEquals("teen", deepLinkRoute("openline://teen"))
        assertEquals("report/instagram", deepLinkRoute("openline://report/instagram/"))
        assertEquals("parent?age=14-17", deepLinkRoute("openline://parent?age=14-17"))
        assertEquals("parent?age=8-10&moment=holidays", deepLinkRoute("openline://parent/?moment=holidays&age=8-10"))
        assertEquals("teen", deepLinkRoute("OpenLine:teen#steps"))
        assertNull(deepLinkRoute("https://example.org/teen"))
        assertNull(deepLinkRoute("tel:999"))
        assertEquals("home", deepLinkRoute("openline://"), "an empty deep link opens home")
    }

    suite.test("navigation: a filter choice replaces the list on show; links and buttons push") { dir ->
        dir.with(region = "GB") { core ->
            var stack = RouteStack.start.push("parent")
            val filters = core.screen(stack.current).blocks.filterIsInstance<Block.Choice>()
                .flatMap { choice -> choice.options.map { it.action } }
                .filterIsInstance<Action.Navigate>()
            assertTrue(filters.isNotEmpty() && filters.all { it.replace }, "every filter choice replaces")
            for (filter in filters.take(3)) {
                stack = stack.replace(filter.route)
                stack = stack.settle(core.screen(stack.current).route)
            }
            assertEquals(listOf("home", filters[2].route), stack.routes, "Back from a filtered list leaves it")
            val pushes = core.screen("parent").routesOut() - filters.map { it.route }.toSet()
            assertTrue(pushes.isNotEmpty(), "the list links to guides and starters")
            assertEquals(listOf("home", "parent?age=8-10"), RouteStack.start.replace("parent?age=8-10").routes, "home stays")
        }
    }

    suite.test("navigation: a deep link to every route opens its screen and settles on the canonical route") { dir ->
        dir.with(region = "GB") { core ->
            for (route in core.routes()) {
                val link = deepLinkRoute("openline://$route") ?: error("no route in openline://$route")
                var stack = RouteStack.start.push(link)
                val screen = core.screen(stack.current)
                stack = stack.settle(screen.route)
                assertEquals(route, stack.current)
                assertEquals(listOf("home", route).distinct(), stack.routes, "back from a deep link goes home")
            }
        }
    }

    suite.test("navigation: every link on every screen opens a screen, and Up always leads home") { dir ->
        dir.with(region = "US") { core ->
            var links = 0
            for (route in core.routes()) {
                val screen = core.screen(route)
                for (target in screen.routesOut()) {
                    val stack = RouteStack.restore(listOf("home", route)).push(target)
                    val opened = core.screen(stack.current)
                    assertEquals(stack, stack.settle(opened.route), "$route → $target is already canonical")
                    links++
                }
                // Up from a screen opened without history, as after a deep link and process death.
                var stack = RouteStack.restore(listOf(route))
                var steps = 0
                while (stack.current != "home") {
                    stack = stack.up(core.screen(stack.current).up)
                    steps++
                    assertTrue(steps <= 4, "Up from $route reaches home (at ${stack.current})")
                }
            }
            println("      followed $links links")
        }
    }
}
