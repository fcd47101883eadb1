// Every event, sent as the Android shell sends it (the Apply action of the button the user taps),
// and each checked again after a fresh OpenLine opens the same directory, as after a restart.
package org.openline.tests

import org.openline.core.Action
import org.openline.core.Block
import org.openline.core.Card
import org.openline.core.Event
import org.openline.core.OpenLine
import org.openline.core.Screen
import org.openline.core.StepItem
import java.io.File
import java.time.LocalDate
import java.time.ZoneOffset
import java.time.temporal.ChronoUnit
import kotlin.math.abs
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** What the shell does when a button with an Apply action is tapped on the screen at [route]. */
fun OpenLine.tap(route: String, action: Action): Screen =
    apply(assertIs<Action.Apply>(action, "an Apply button").event, route)

/** The plan's steps: "Right now", then "Next steps". */
fun Screen.steps(): List<StepItem> = blocks.filterIsInstance<Block.Steps>().flatMap { it.items }.ifEmpty { block<Block.Steps>().items }
fun Screen.step(id: String): StepItem = steps().single { it.id == id }
fun Screen.card(id: String): Card = cards().single { it.id == id }
fun Screen.cardIds(): List<String> = cards().map { it.id }
fun Card.button(event: (String) -> Event): Action =
    actions.map { it.action }.single { (it as? Action.Apply)?.event == event(id) }

/** The first starter's card, from the starter's own screen. */
fun OpenLine.firstCard(): Card = screen(routes().first { it.startsWith("starter/") }).cards().single()

fun Screen.regionOption(code: String) = blocks.filterIsInstance<Block.Choice>()
    .flatMap { it.options }
    .single { ((it.action as? Action.Apply)?.event as? Event.SetRegion)?.code == code }

fun eventTests(suite: Suite) {
    suite.test("events: tick and untick a step; each survives a restart") { dir ->
        val id = dir.with { core ->
            val step = core.screen("teen").steps()[3]
            val after = core.tap("teen", step.toggle)
            assertEquals("teen", after.route, "apply shows the teen screen again")
            val ticked = after.step(step.id)
            assertTrue(ticked.done)
            assertEquals(Event.UntickStep(step.id), assertIs<Action.Apply>(ticked.toggle).event, "a ticked step offers untick")
            assertEquals(1, after.steps().count { it.done })
            step.id
        }
        dir.with { core ->
            val step = core.screen("teen").step(id)
            assertTrue(step.done, "still ticked after reopening")
            assertFalse(core.tap("teen", step.toggle).step(id).done)
        }
        dir.with { core -> assertTrue(core.screen("teen").steps().none { it.done }, "still unticked after reopening") }
    }

    suite.test("events: reset steps unticks them all; it survives a restart") { dir ->
        dir.with { core ->
            val clears = { screen: Screen -> screen.allActions().any { (it as? Action.Apply)?.event == Event.ResetSteps } }
            assertFalse(clears(core.screen("teen")), "nothing ticked: nothing to clear")
            for (index in listOf(0, 2, 5)) core.tap("teen", core.screen("teen").steps()[index].toggle)
            val teen = core.screen("teen")
            assertEquals(3, teen.steps().count { it.done })
            val reset = teen.allActions().single { (it as? Action.Apply)?.event == Event.ResetSteps }
            assertTrue(core.tap("teen", reset).steps().none { it.done })
        }
        dir.with { core -> assertTrue(core.screen("teen").steps().none { it.done }, "none ticked after reopening") }
    }

    suite.test("events: ticked steps survive a restart") { dir ->
        val ids = dir.with { core ->
            val steps = core.screen("teen").steps()
            listOf(steps.first(), steps.last()).onEach { core.tap("teen", it.toggle) }.map { it.id }
        }
        dir.with { core ->
            assertEquals(ids.toSet(), core.screen("teen").steps().filter { it.done }.map { it.id }.toSet())
        }
    }

    suite.test("events: save and unsave a starter; the saved list follows, across restarts") { dir ->
        val card = dir.with { core ->
            val card = core.firstCard()
            assertTrue(card.id !in core.screen("parent/saved").cardIds(), "nothing saved yet")
            assertFalse(card.saved)
            val after = core.tap(card.route, card.button { Event.SaveStarter(it) })
            assertEquals(card.route, after.route)
            assertTrue(after.card(card.id).saved)
            after.card(card.id).button { Event.UnsaveStarter(it) } // the button now offers unsave
            card
        }
        val id = card.id
        dir.with { core ->
            val saved = core.screen("parent/saved")
            assertEquals(listOf(id), saved.cardIds(), "saved list after reopening")
            assertEquals(card.route, saved.card(id).route, "the saved card leads to the starter's own screen")
            assertTrue(core.screen(card.route).card(id).saved, "the starter's own screen shows it saved")
            val after = core.tap("parent/saved", saved.card(id).button { Event.UnsaveStarter(it) })
            assertEquals("parent/saved", after.route)
            assertTrue(after.cardIds().isEmpty(), "unsaved from the saved list")
        }
        dir.with { core ->
            assertTrue(core.screen("parent/saved").cardIds().isEmpty(), "still unsaved after reopening")
            assertFalse(core.screen(card.route).card(id).saved)
        }
    }

    suite.test("events: mark and unmark talked, dated today (YYYY-MM-DD); survives restarts") { dir ->
        val (id, route) = dir.with { core -> core.firstCard().let { it.id to it.route } }
        // With utcOffsetMinutes left at 0 the core dates in UTC; allow the day to turn over.
        val before = LocalDate.now(ZoneOffset.UTC).toString()
        dir.with { core ->
            val card = core.screen(route).card(id)
            assertNull(card.talkedOn)
            val marked = core.tap(route, card.button { Event.MarkTalked(it) }).card(id)
            val after = LocalDate.now(ZoneOffset.UTC).toString()
            val day = assertNotNull(marked.talkedOn)
            assertTrue(Regex("""\d{4}-\d{2}-\d{2}""").matches(day), "YYYY-MM-DD: $day")
            assertTrue(day == before || day == after, "talked on $day, today is $before")
            val unmark = marked.actions.single { (it.action as? Action.Apply)?.event == Event.UnmarkTalked(id) }
            assertTrue(unmark.label.contains(day), "the button shows the day: \"${unmark.label}\"")
            assertFalse(marked.saved, "marking talked does not save")
        }
        dir.with { core ->
            val card = core.screen(route).card(id)
            assertTrue(card.talkedOn == before || card.talkedOn == LocalDate.now(ZoneOffset.UTC).toString(), "after reopening: ${card.talkedOn}")
            assertNull(core.tap(route, card.button { Event.UnmarkTalked(it) }).card(id).talkedOn)
        }
        dir.with { core -> assertNull(core.screen(route).card(id).talkedOn, "still unmarked after reopening") }
    }

    suite.test("events: Config.utcOffsetMinutes dates \"we talked\" in the family's own day (+14h, -12h)") { dir ->
        val days = listOf(14 * 60, -12 * 60).map { offset ->
            DataDir(File(dir.file, "offset$offset")).with(utcOffsetMinutes = offset) { core ->
                val zone = ZoneOffset.ofTotalSeconds(offset * 60)
                val card = core.firstCard()
                val before = LocalDate.now(zone)
                val marked = core.tap(card.route, card.button { Event.MarkTalked(it) }).card(card.id)
                val after = LocalDate.now(zone)
                val day = LocalDate.parse(assertNotNull(marked.talkedOn))
                assertTrue(day == before || day == after, "offset $offset: talked on $day, local date $before")
                val utc = LocalDate.now(ZoneOffset.UTC)
                assertTrue(abs(ChronoUnit.DAYS.between(utc, day)) <= 1, "offset $offset: $day is within a day of UTC $utc")
                day
            }
        }
        // 26 hours apart, so +14h is always a later day than -12h: the offset is really used.
        assertTrue(days[0] > days[1], "+14h ${days[0]}, -12h ${days[1]}")
    }

    suite.test("events: apply returns the screen at the route it is given, whatever was shown before") { dir ->
        dir.with { core ->
            val starter = core.firstCard().route
            val step = core.screen("teen").steps().first()
            val routes = listOf("teen", "home", "report/instagram", "parent?age=14-17", starter, "settings")
            for ((n, route) in routes.withIndex()) {
                core.screen("about") // the screen last rendered is not the one apply returns
                val event = if (n % 2 == 0) Event.TickStep(step.id) else Event.UntickStep(step.id)
                val shown = core.apply(event, route)
                assertEquals(route, shown.route)
                assertEquals(core.screen(route), shown, "$route: the same screen a fresh screen() gives")
                assertEquals(n % 2 == 0, core.screen("teen").step(step.id).done, "$route: the event was recorded")
            }
            assertEquals("teen", core.apply(Event.ResetSteps, "openline://teen").route, "a deep link settles to its route")
        }
    }

    suite.test("events: change region in settings; home follows, and the choice beats the locale after a restart") { dir ->
        dir.with(locale = "en-GB") { core ->
            assertEquals("GB", core.region())
            val after = core.tap("settings", core.screen("settings").regionOption("US").action)
            assertEquals("settings", after.route)
            assertTrue(after.regionOption("US").selected)
            assertFalse(after.regionOption("GB").selected)
            assertEquals("US", core.region())
            assertEquals("911", core.screen("home").callNumbers().first())
        }
        dir.with(locale = "en-GB") { core ->
            assertEquals("US", core.region(), "saved region after reopening with an en-GB phone")
            assertEquals("911", core.screen("teen").dangerCallNumbers().first())
            core.tap("settings", core.screen("settings").regionOption("AU").action)
        }
        dir.with(locale = "en-US") { core -> assertEquals("AU", core.region()) }
    }

    suite.test("events: change language in settings; the screens follow, and it survives a restart") { dir ->
        val englishTitle = dir.with(locale = "en-US") { core -> core.screen("teen").title }
        dir.with(locale = "en-US") { core ->
            val languages = core.screen("settings").blocks.filterIsInstance<Block.Choice>()[1].options
            val tags = languages.map { ((it.action as Action.Apply).event as Event.SetLanguage).tag }
            assertTrue("en" in tags && tags.size >= 2, "English and at least one translation: $tags")
            for (option in languages) {
                val tag = ((option.action as Action.Apply).event as Event.SetLanguage).tag
                val after = core.tap("settings", option.action)
                assertEquals(tag, core.language())
                assertEquals(1, after.blocks.filterIsInstance<Block.Choice>()[1].options.count { it.selected })
            }
            val translated = tags.first { it != "en" }
            core.apply(Event.SetLanguage(translated.uppercase()), "settings")
            assertEquals(translated, core.language(), "tags are normalised")
            assertTrue(core.screen("teen").title != englishTitle, "the teen screen is translated")
        }
        val translated = dir.with(locale = "en-US") { core ->
            assertTrue(core.language() != "en", "saved language beats the English locale after reopening")
            assertTrue(core.screen("teen").title != englishTitle)
            core.apply(Event.SetLanguage("en"), "settings")
            core.language()
        }
        assertEquals("en", translated)
        dir.with(locale = "es-US") { core -> assertEquals("en", core.language(), "saved English beats a Spanish locale") }
    }

    suite.test("events: what one data directory records, another never sees") { dir ->
        val one = DataDir(File(dir.file, "one"))
        val two = DataDir(File(dir.file, "two"))
        one.with { core ->
            core.tap("teen", core.screen("teen").steps().first().toggle)
            core.firstCard().let { core.tap(it.route, it.button { id -> Event.SaveStarter(id) }) }
            core.apply(Event.SetRegion("IE"), "settings")
        }
        two.with(locale = "en-GB") { core ->
            assertTrue(core.screen("teen").steps().none { it.done })
            assertTrue(core.screen("parent/saved").cardIds().isEmpty())
            assertEquals("GB", core.region())
        }
    }
}
