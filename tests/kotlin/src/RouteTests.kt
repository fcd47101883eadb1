// Opening the core, and every screen in every region, as the Android shell asks for them.
package org.openline.tests

import org.openline.core.Action
import org.openline.core.Block
import org.openline.core.Event
import org.openline.core.Tone
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

fun openTests(suite: Suite) {
    suite.test("open: a fresh data directory gets a database and the home screen") { dir ->
        dir.with(locale = "en-GB") { core ->
            val home = core.screen("home")
            assertEquals("home", home.route)
            assertNull(home.up, "home has no up")
            assertTrue(home.title.isNotBlank())
            assertTrue(home.blocks.isNotEmpty())
        }
        assertTrue(File(dir.file, "openline.sqlite3").isFile, "the database is in the data directory")
    }

    suite.test("open: a data directory that does not exist yet is created") { dir ->
        val nested = File(dir.file, "files/openline")
        DataDir(nested).with { core -> assertEquals("teen", core.screen("teen").route) }
        assertTrue(File(nested, "openline.sqlite3").isFile)
    }

    suite.test("open: region and language follow the device locale at first open") { dir ->
        // locale → region, language
        val cases = mapOf(
            "en-GB" to ("GB" to "en"), "en-US" to ("US" to "en"), "es-US" to ("US" to "es"),
            "fr-CA" to ("CA" to "fr"), "en-AU" to ("AU" to "en"), "en-NZ" to ("NZ" to "en"),
            "ga-IE" to ("IE" to "en"), "de-DE" to ("INTL" to "en"), "en" to ("INTL" to "en"),
        )
        for ((locale, expected) in cases) {
            val (region, language) = expected
            val own = DataDir(File(dir.file, locale))
            own.with(locale = locale) { core ->
                assertEquals(region, core.region(), "region for $locale")
                assertEquals(language, core.language(), "language for $locale")
                assertTrue(
                    EMERGENCY_NUMBERS.getValue(region) in core.screen("home").callNumbers(),
                    "home for $locale offers ${EMERGENCY_NUMBERS[region]}",
                )
            }
        }
    }

    suite.test("open: Config.region overrides the locale for the session") { dir ->
        dir.with(locale = "en-GB", region = "us") { core -> assertEquals("US", core.region()) }
        dir.with(locale = "en-GB") { core -> assertEquals("GB", core.region(), "the override is not saved") }
    }

    suite.test("open: close() frees the core, and a closed core refuses calls") { dir ->
        val core = dir.open()
        core.use { assertEquals("home", it.screen("home").route) }
        assertTrue(core.uniffiIsDestroyed)
        val refused = runCatching { core.screen("home") }.exceptionOrNull()
        assertIs<IllegalStateException>(refused)
    }
}

fun routeTests(suite: Suite) {
    suite.test("routes: every route renders in every region, and every link on it leads somewhere") { dir ->
        var rendered = 0
        for (region in REGIONS) {
            dir.with(region = region) { core ->
                val routes = core.routes()
                assertTrue(routes.size > 20, "routes() lists the fixed screens, platforms, filters and starters")
                for (fixed in listOf("home", "teen", "report", "parent", "parent/saved", "settings", "about")) {
                    assertTrue(fixed in routes, "routes() has $fixed")
                }
                val linked = mutableSetOf<String>()
                for (route in routes) {
                    val screen = core.screen(route)
                    rendered++
                    assertEquals(route, screen.route, "$region: the screen reports the route asked for")
                    assertTrue(screen.title.isNotBlank(), "$region $route has a title")
                    assertTrue(screen.blocks.isNotEmpty(), "$region $route has content")
                    assertEquals(route == "home", screen.up == null, "$region $route: only home has no up")
                    screen.up?.let { linked += it }
                    linked += screen.routesOut()
                    for (sources in screen.blocks.filterIsInstance<Block.Sources>().filter { it.items.isNotEmpty() }) {
                        assertTrue(sources.title.isNotBlank(), "$region $route: the sources have a heading")
                        for (checked in sources.items.mapNotNull { it.reviewed }) {
                            assertTrue(checked.any { it.isLetter() } && checked.any { it.isDigit() }, "$region $route: a phrase with a date, got \"$checked\"")
                        }
                    }
                    for (action in screen.allActions()) {
                        when (action) {
                            is Action.Call -> assertTrue(Regex("""\+?\d{3,15}""").matches(action.number), "$region $route: dialable ${action.number}")
                            is Action.SendText -> assertTrue(Regex("""\+?\d{3,15}""").matches(action.number) && action.body.isNotBlank(), "$region $route: text ${action.number}")
                            is Action.OpenUrl -> assertTrue(action.url.startsWith("https://"), "$region $route: https only, got ${action.url}")
                            is Action.Share -> assertTrue(action.text.isNotBlank())
                            is Action.Copy -> assertTrue(action.text.isNotBlank())
                            is Action.Navigate, is Action.Apply -> Unit
                        }
                    }
                }
                for (route in linked) {
                    assertEquals(route, core.screen(route).route, "$region: link target $route renders")
                }
            }
        }
        println("      rendered $rendered screens")
    }

    suite.test("routes: the quick exit is on home, teen, teen/*, report and report/* only, in the core's words") { dir ->
        dir.with(region = "GB") { core ->
            val routes = core.routes()
            val offered = routes.filter { core.screen(it).quickExit != null }
            val teenFacing = routes.filter { it in setOf("home", "teen", "report") || it.startsWith("report/") || it.startsWith("teen/") }
            assertTrue("report/instagram" in teenFacing, "report/instagram is listed")
            assertEquals(teenFacing, offered)
            val english = offered.map { core.screen(it).quickExit?.label }.distinct().single()
            assertTrue(!english.isNullOrBlank(), "words to show: \"$english\"")
            val addresses = offered.map { core.screen(it).quickExit?.url }.distinct()
            assertEquals(listOf("https://www.google.com/search?q=weather"), addresses, "one neutral page")
            core.apply(Event.SetLanguage("es"), "settings")
            val spanish = core.screen("teen").quickExit?.label
            assertTrue(!spanish.isNullOrBlank() && spanish != english, "translated: \"$spanish\"")
        }
    }

    suite.test("routes: every starter card's route opens the starter's own screen, and the card names its parts") { dir ->
        dir.with(region = "US") { core ->
            val routes = core.routes()
            // Filtered lists and the saved list show cards too; save one so the saved list has a card.
            core.firstCard().let { core.tap(it.route, it.button { id -> Event.SaveStarter(id) }) }
            val cards = routes.flatMap { core.screen(it).cards() } + core.screen("parent/saved").cards()
            assertTrue(cards.size > routes.count { it.startsWith("starter/") }, "cards on lists as well: ${cards.size}")
            for (card in cards) {
                assertTrue(card.route in routes, "${card.id}: ${card.route} is a listed route")
                val own = core.screen(card.route)
                assertEquals(card.route, own.route, "${card.id}: the route is canonical")
                assertEquals(card.id, own.cards().single().id, "${card.route} shows that starter")
                assertTrue(card.followupsLabel.isNotBlank() && card.worryLabel.isNotBlank(), "${card.id} has part headings")
            }
        }
    }

    suite.test("routes: the GB teen screen starts with reassurance and offers 999 first") { dir ->
        dir.with(region = "GB") { core ->
            val teen = core.screen("teen")
            val first = assertIs<Block.Callout>(teen.blocks.first(), "the first thing a teen sees")
            assertEquals(Tone.REASSURE, first.tone)
            assertTrue(first.title.contains("not in trouble"), "\"${first.title}\"")
            val urgent = teen.blocks.filterIsInstance<Block.Callout>().firstOrNull { it.tone == Tone.URGENT }
            assertNotNull(urgent, "a danger callout")
            assertEquals("999", teen.dangerCallNumbers().first(), "the danger callout's first button dials 999")
            val steps = teen.steps()
            assertTrue(steps.size >= 5)
            assertEquals((1..steps.size).toList(), steps.map { it.number.toInt() }, "steps are numbered from 1")
            assertTrue(steps.none { it.done }, "nothing is ticked yet")
            for (step in steps) {
                val toggle = assertIs<Action.Apply>(step.toggle)
                assertEquals(org.openline.core.Event.TickStep(step.id), toggle.event)
            }
        }
    }

    suite.test("routes: each region's emergency number is the first call on home and under teen's danger callout") { dir ->
        for ((region, number) in EMERGENCY_NUMBERS) {
            dir.with(region = region) { core ->
                assertEquals(region, core.region())
                assertEquals(number, core.screen("teen").dangerCallNumbers().first(), "$region teen")
                assertEquals(number, core.screen("home").callNumbers().first(), "$region home")
                val teen = core.screen("teen")
                assertEquals(Tone.REASSURE, assertIs<Block.Callout>(teen.blocks.first()).tone, "$region teen starts calm")
            }
        }
    }

    suite.test("routes: the US report screen has 911 and the NCMEC CyberTipline") { dir ->
        dir.with(region = "US") { core ->
            val report = core.screen("report")
            assertTrue("911" in report.callNumbers(), "911 on ${report.callNumbers()}")
            val buttons = report.buttons()
            val tipline = buttons.filter { it.label.contains("CyberTipline") }
            assertTrue(tipline.isNotEmpty(), "a CyberTipline button among ${buttons.map { it.label }}")
            assertTrue(
                tipline.any { (it.action as? Action.OpenUrl)?.url == "https://report.cybertip.org" },
                "the CyberTipline opens report.cybertip.org",
            )
            assertTrue(buttons.filter { it.sources.isNotEmpty() }.size >= buttons.size / 2, "facts carry sources")
            val platforms = report.routesOut().filter { it.startsWith("report/") }
            assertTrue("report/instagram" in platforms, "platform guides listed: $platforms")
        }
    }

    suite.test("routes: the US report screen offers a text line with the keyword filled in") { dir ->
        dir.with(region = "US") { core ->
            val text = core.screen("report").allActions().filterIsInstance<Action.SendText>()
            assertTrue(text.any { it.number == "741741" && it.body == "THORN" }, "Crisis Text Line: $text")
        }
    }

    suite.test("routes: deep links of the form openline://<route> open the same screen") { dir ->
        dir.with { core ->
            assertEquals("teen", core.screen("openline://teen").route)
            assertEquals("report/instagram", core.screen("openline://report/instagram").route)
            assertEquals(
                core.screen("parent?age=14-17").route,
                core.screen("openline://parent?age=14-17").route,
            )
        }
    }

    suite.test("routes: Kotlin sees every Block kind and the action kinds as typed subclasses") { dir ->
        dir.with(region = "US") { core ->
            val blocks = mutableSetOf<String>()
            val actions = mutableSetOf<String>()
            for (route in core.routes()) {
                val screen = core.screen(route)
                screen.blocks.forEach { blocks += it.kind() }
                screen.allActions().forEach { actions += it.kind() }
            }
            val allBlocks = setOf("heading", "paragraph", "callout", "steps", "actions", "links", "cards", "bullets", "choice", "sources")
            assertEquals(allBlocks, blocks, "block kinds across all screens")
            // Copy is in the contract but no screen offers it yet; every other action appears.
            val expected = setOf("navigate", "open_url", "call", "send_text", "share", "apply")
            assertTrue(actions.containsAll(expected), "action kinds seen: $actions")
            val unused = setOf("navigate", "open_url", "call", "send_text", "copy", "share", "apply") - actions
            if (unused.isNotEmpty()) println("      action kinds no screen uses yet: $unused")
        }
    }

    suite.test("routes: settings offers every region as a choice, with the current one selected") { dir ->
        dir.with(region = "NZ") { core ->
            val settings = core.screen("settings")
            val choices = settings.blocks.filterIsInstance<Block.Choice>()
            assertEquals(2, choices.size, "region and language")
            val regions = choices[0].options
            assertEquals(REGIONS.toSet(), regions.map { ((it.action as Action.Apply).event as org.openline.core.Event.SetRegion).code }.toSet())
            assertEquals(1, regions.count { it.selected })
            val selected = regions.single { it.selected }
            assertEquals("NZ", ((selected.action as Action.Apply).event as org.openline.core.Event.SetRegion).code)
            assertFalse(selected.label.isBlank())
        }
    }
}
