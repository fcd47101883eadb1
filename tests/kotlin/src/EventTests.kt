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
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** What the shell does when a button with an Apply action is tapped. */
fun OpenLine.tap(action: Action): Screen = apply(assertIs<Action.Apply>(action, "an Apply button").event)

fun Screen.steps(): List<StepItem> = block<Block.Steps>().items
fun Screen.step(id: String): StepItem = steps().single { it.id == id }
fun Screen.card(id: String): Card = blocks.filterIsInstance<Block.Cards>().flatMap { it.items }.single { it.id == id }
fun Screen.cardIds(): List<String> = blocks.filterIsInstance<Block.Cards>().flatMap { cards -> cards.items.map { it.id } }
fun Card.button(event: (String) -> Event): Action =
    actions.map { it.action }.single { (it as? Action.Apply)?.event == event(id) }

fun OpenLine.firstStarter(): String = routes().first { it.startsWith("starter/") }.removePrefix("starter/")

fun Screen.regionOption(code: String) = blocks.filterIsInstance<Block.Choice>()
    .flatMap { it.options }
    .single { ((it.action as? Action.Apply)?.event as? Event.SetRegion)?.code == code }

fun eventTests(suite: Suite) {
    suite.test("events: tick and untick a step; each survives a restart") { dir ->
        val id = dir.with { core ->
            val step = core.screen("teen").steps()[3]
            val after = core.tap(step.toggle)
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
            assertFalse(core.tap(step.toggle).step(id).done)
        }
        dir.with { core -> assertTrue(core.screen("teen").steps().none { it.done }, "still unticked after reopening") }
    }

    suite.test("events: reset steps unticks them all; it survives a restart") { dir ->
        dir.with { core ->
            for (index in listOf(0, 2, 5)) core.tap(core.screen("teen").steps()[index].toggle)
            val teen = core.screen("teen")
            assertEquals(3, teen.steps().count { it.done })
            val reset = teen.allActions().single { (it as? Action.Apply)?.event == Event.ResetSteps }
            assertTrue(core.tap(reset).steps().none { it.done })
        }
        dir.with { core -> assertTrue(core.screen("teen").steps().none { it.done }, "none ticked after reopening") }
    }

    suite.test("events: ticked steps survive a restart") { dir ->
        val ids = dir.with { core ->
            val steps = core.screen("teen").steps()
            listOf(steps.first(), steps.last()).onEach { core.tap(it.toggle) }.map { it.id }
        }
        dir.with { core ->
            assertEquals(ids.toSet(), core.screen("teen").steps().filter { it.done }.map { it.id }.toSet())
        }
    }

    suite.test("events: save and unsave a starter; the saved list follows, across restarts") { dir ->
        val id = dir.with { core ->
            val id = core.firstStarter()
            assertTrue(id !in core.screen("parent/saved").cardIds(), "nothing saved yet")
            val card = core.screen("starter/$id").card(id)
            assertFalse(card.saved)
            val after = core.tap(card.button { Event.SaveStarter(it) })
            assertEquals("starter/$id", after.route)
            assertTrue(after.card(id).saved)
            after.card(id).button { Event.UnsaveStarter(it) } // the button now offers unsave
            id
        }
        dir.with { core ->
            assertEquals(listOf(id), core.screen("parent/saved").cardIds(), "saved list after reopening")
            assertTrue(core.screen("starter/$id").card(id).saved, "the starter's own screen shows it saved")
            val saved = core.screen("parent/saved")
            val after = core.tap(saved.card(id).button { Event.UnsaveStarter(it) })
            assertEquals("parent/saved", after.route)
            assertTrue(after.cardIds().isEmpty(), "unsaved from the saved list")
        }
        dir.with { core ->
            assertTrue(core.screen("parent/saved").cardIds().isEmpty(), "still unsaved after reopening")
            assertFalse(core.screen("starter/$id").card(id).saved)
        }
    }

    suite.test("events: mark and unmark talked, dated today (YYYY-MM-DD); survives restarts") { dir ->
        val id = dir.with { core -> core.firstStarter() }
        // The core dates in UTC; allow the day to turn over during the call.
        val before = LocalDate.now(ZoneOffset.UTC).toString()
        dir.with { core ->
            val card = core.screen("starter/$id").card(id)
            assertNull(card.talkedOn)
            val marked = core.tap(card.button { Event.MarkTalked(it) }).card(id)
            val after = LocalDate.now(ZoneOffset.UTC).toString()
            val day = assertNotNull(marked.talkedOn)
            assertTrue(Regex("""\d{4}-\d{2}-\d{2}""").matches(day), "YYYY-MM-DD: $day")
            assertTrue(day == before || day == after, "talked on $day, today is $before")
            val unmark = marked.actions.single { (it.action as? Action.Apply)?.event == Event.UnmarkTalked(id) }
            assertTrue(unmark.label.contains(day), "the button shows the day: \"${unmark.label}\"")
            assertFalse(marked.saved, "marking talked does not save")
        }
        dir.with { core ->
            val card = core.screen("starter/$id").card(id)
            assertTrue(card.talkedOn == before || card.talkedOn == LocalDate.now(ZoneOffset.UTC).toString(), "after reopening: ${card.talkedOn}")
            assertNull(core.tap(card.button { Event.UnmarkTalked(it) }).card(id).talkedOn)
        }
        dir.with { core -> assertNull(core.screen("starter/$id").card(id).talkedOn, "still unmarked after reopening") }
    }

    suite.test("events: change region in settings; home follows, and the choice beats the locale after a restart") { dir ->
        dir.with(locale = "en-GB") { core ->
            assertEquals("GB", core.region())
            val after = core.tap(core.screen("settings").regionOption("US").action)
            assertEquals("settings", after.route)
            assertTrue(after.regionOption("US").selected)
            assertFalse(after.regionOption("GB").selected)
            assertEquals("US", core.region())
            assertEquals("911", core.screen("home").callNumbers().first())
        }
        dir.with(locale = "en-GB") { core ->
            assertEquals("US", core.region(), "saved region after reopening with an en-GB phone")
            assertEquals("911", core.screen("teen").callNumbers().first())
            core.tap(core.screen("settings").regionOption("AU").action)
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
                val after = core.tap(option.action)
                assertEquals(tag, core.language())
                assertEquals(1, after.blocks.filterIsInstance<Block.Choice>()[1].options.count { it.selected })
            }
            val translated = tags.first { it != "en" }
            core.apply(Event.SetLanguage(translated.uppercase()))
            assertEquals(translated, core.language(), "tags are normalised")
            assertTrue(core.screen("teen").title != englishTitle, "the teen screen is translated")
        }
        val translated = dir.with(locale = "en-US") { core ->
            assertTrue(core.language() != "en", "saved language beats the English locale after reopening")
            assertTrue(core.screen("teen").title != englishTitle)
            core.apply(Event.SetLanguage("en"))
            core.language()
        }
        assertEquals("en", translated)
        dir.with(locale = "es-US") { core -> assertEquals("en", core.language(), "saved English beats a Spanish locale") }
    }

    suite.test("events: what one data directory records, another never sees") { dir ->
        val one = DataDir(File(dir.file, "one"))
        val two = DataDir(File(dir.file, "two"))
        one.with { core ->
            core.tap(core.screen("teen").steps().first().toggle)
            core.apply(Event.SaveStarter(core.firstStarter()))
            core.apply(Event.SetRegion("IE"))
        }
        two.with(locale = "en-GB") { core ->
            assertTrue(core.screen("teen").steps().none { it.done })
            assertTrue(core.screen("parent/saved").cardIds().isEmpty())
            assertEquals("GB", core.region())
        }
    }
}
