// The core is thread-safe: the Android shell calls it from Dispatchers.IO/Default freely.
package org.openline.tests

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.yield
import org.openline.core.Event
import kotlin.random.Random
import kotlin.test.assertEquals
import kotlin.test.assertTrue

private const val WORKERS = 8
private const val SECONDS = 3L

fun concurrencyTests(suite: Suite) {
    suite.test("concurrency: 8 coroutines on Dispatchers.Default share one core for ${SECONDS}s") { dir ->
        val (stepIds, starterIds, counts) = dir.with(locale = "en-GB") { core ->
            val routes = core.routes()
            val stepIds = core.screen("teen").steps().map { it.id }.take(WORKERS)
            val starterIds = routes.filter { it.startsWith("starter/") }.take(WORKERS).map { core.screen(it).cards().single().id }
            assertEquals(WORKERS, stepIds.size)
            assertEquals(WORKERS, starterIds.size)
            val deadline = System.nanoTime() + SECONDS * 1_000_000_000
            val counts = runBlocking {
                (0 until WORKERS).map { worker ->
                    async(Dispatchers.Default) {
                        val random = Random(worker)
                        var calls = 0
                        var round = 0
                        while (System.nanoTime() < deadline) {
                            val route = routes[random.nextInt(routes.size)]
                            assertEquals(route, core.screen(route).route)
                            // Worker 7 flips the region; the others see either, never a mix-up.
                            val event = when (round % 4) {
                                0 -> Event.TickStep(stepIds[worker])
                                1 -> Event.SaveStarter(starterIds[worker])
                                2 -> if (worker == 7) Event.SetRegion(if (round % 8 == 2) "US" else "GB") else Event.UntickStep(stepIds[worker])
                                else -> Event.UnsaveStarter(starterIds[worker])
                            }
                            // Each caller gets the screen it named, whatever the others asked for.
                            assertEquals(route, core.apply(event, route).route)
                            val first = core.screen("home").callNumbers().first()
                            assertTrue(first == "999" || first == "911", "home offers $first")
                            calls += 3
                            round++
                            yield()
                        }
                        // Leave a known state: even workers tick their step, odd ones save their starter.
                        core.apply(if (worker % 2 == 0) Event.TickStep(stepIds[worker]) else Event.UntickStep(stepIds[worker]), "teen")
                        core.apply(if (worker % 2 == 1) Event.SaveStarter(starterIds[worker]) else Event.UnsaveStarter(starterIds[worker]), "parent/saved")
                        if (worker == 7) core.apply(Event.SetRegion("GB"), "settings")
                        calls
                    }
                }.awaitAll()
            }
            Triple(stepIds, starterIds, counts)
        }
        println("      ${counts.sum()} calls in ${SECONDS}s, per coroutine ${counts.joinToString(" ")}")
        assertTrue(counts.all { it > 30 }, "every coroutine made progress: $counts")
        val expectedSteps = stepIds.filterIndexed { index, _ -> index % 2 == 0 }.toSet()
        val expectedStarters = starterIds.filterIndexed { index, _ -> index % 2 == 1 }.toSet()
        // Checked through a fresh core on the same directory, off the main thread like the app.
        runBlocking {
            withContext(Dispatchers.IO) {
                dir.with(locale = "en-US") { core ->
                    assertEquals("GB", core.region())
                    assertEquals(expectedSteps, core.screen("teen").steps().filter { it.done }.map { it.id }.toSet())
                    assertEquals(expectedStarters, core.screen("parent/saved").cardIds().toSet())
                }
            }
        }
    }

    suite.test("concurrency: two coroutines open, use and close cores on separate directories") { dir ->
        runBlocking {
            (0 until 2).map { n ->
                async(Dispatchers.Default) {
                    val own = DataDir(java.io.File(dir.file, "d$n"))
                    repeat(20) {
                        own.with(region = REGIONS[n]) { core -> assertEquals(EMERGENCY_NUMBERS[REGIONS[n]], core.screen("teen").dangerCallNumbers().first()) }
                    }
                }
            }.awaitAll()
        }
    }
}
