// Gentle reminders through the bindings, as the Android shell schedules them: off until the
// parent turns them on from the reminders screen, then a date and discreet words from the
// core, the same in a second instance (a WorkManager job) and after a restart.
package org.openline.tests

import org.openline.core.Block
import org.openline.core.Screen
import java.time.LocalDate
import java.time.ZoneOffset
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** The option labelled [label] in the choice labelled [choice]. */
fun Screen.option(choice: String, label: String) =
    blocks.filterIsInstance<Block.Choice>().single { it.label == choice }.options.single { it.label == label }

fun reminderTests(suite: Suite) {
    for (offset in listOf(-720, 0, 330, 840)) {
        suite.test("reminders: off by default, every 4 weeks at 18:00 local at UTC offset $offset min") { dir ->
            dir.with(utcOffsetMinutes = offset) { app ->
                dir.with(utcOffsetMinutes = offset) { worker ->
                    assertNull(app.nextReminder(), "reminders are off by default")
                    val screen = app.screen("parent/reminders")
                    assertTrue(screen.blocks.contains(Block.Paragraph("Reminders are off.")))
                    val zone = ZoneOffset.ofTotalSeconds(offset * 60)
                    val today = LocalDate.now(zone)
                    app.tap("parent/reminders", screen.option("Remind me", "Every 4 weeks").action)
                    val reminder = assertNotNull(worker.nextReminder(), "a second instance sees reminders on")
                    val due = today.plusDays(28)
                    assertEquals(due.toString(), reminder.date)
                    assertEquals(due.atTime(18, 0).toEpochSecond(zone), reminder.atUnixSeconds)
                    assertEquals("A good moment for a chat?", reminder.title)
                    assertEquals("parent", reminder.route)
                    for (word in listOf("sextort", "nude", "abuse", "OpenLine")) {
                        assertFalse(reminder.body.contains(word, ignoreCase = true), reminder.body)
                    }
                }
            }
            dir.with(utcOffsetMinutes = offset) { core ->
                assertNotNull(core.nextReminder(), "still on after a restart")
                val screen = core.screen("parent/reminders")
                core.tap("parent/reminders", screen.option("Remind me", "Off").action)
                assertNull(core.nextReminder(), "off again")
            }
        }
    }
}
