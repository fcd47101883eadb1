// Content updates from Kotlin: refreshContent() is a suspend function; a failure never touches
// the content in use. Only loopback addresses are used here.
package org.openline.tests

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.openline.core.Config
import org.openline.core.OpenLine
import org.openline.core.RefreshOutcome
import java.net.ServerSocket
import kotlin.test.assertEquals
import kotlin.test.assertIs
import kotlin.test.assertTrue

/** Refresh reasons are shown as they are: a sentence, like error messages, ending in a full stop. */
private fun assertShowable(reason: String) {
    assertTrue(reason.length in 10..300, "reason length: \"$reason\"")
    assertTrue(reason.first().isUpperCase(), "starts with a capital: \"$reason\"")
    assertTrue(reason.endsWith("."), "ends with a full stop: \"$reason\"")
    assertTrue(!reason.contains("Error {") && !reason.contains("Os {"), "no debug formatting: \"$reason\"")
}

fun refreshTests(suite: Suite) {
    suite.test("refresh: with no update address, refreshContent() fails with words a shell can show") { dir ->
        dir.with { core ->
            val before = core.screen("teen")
            val outcome = runBlocking(Dispatchers.Default) { withTimeout(30_000) { core.refreshContent() } }
            val failed = assertIs<RefreshOutcome.Failed>(outcome)
            assertShowable(failed.reason)
            assertEquals(before, core.screen("teen"), "the content in use is untouched")
        }
    }

    suite.test("refresh: an address that refuses connections fails, and screens keep working") { dir ->
        // A port that was free a moment ago: nothing listens there.
        val port = ServerSocket(0).use { it.localPort }
        val config = Config(dataDir = dir.path, locale = "en-GB", updateUrl = "https://127.0.0.1:$port/packs/")
        OpenLine.open(config).use { core ->
            val before = core.screen("teen")
            val outcome = runBlocking(Dispatchers.Default) { withTimeout(60_000) { core.refreshContent() } }
            val failed = assertIs<RefreshOutcome.Failed>(outcome)
            assertShowable(failed.reason)
            assertTrue("reach" in failed.reason, "says the server could not be reached: ${failed.reason}")
            assertEquals(before, core.screen("teen"))
        }
    }
}
