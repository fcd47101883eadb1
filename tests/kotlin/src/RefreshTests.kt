// Content updates from Kotlin: refreshContent() is a suspend function; a failure never touches
// the content in use. Only loopback addresses are used here.
package org.openline.tests

import com.sun.net.httpserver.HttpServer
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.isActive
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.openline.core.Block
import org.openline.core.Config
import org.openline.core.OpenLine
import org.openline.core.RefreshOutcome
import java.io.File
import java.net.InetSocketAddress
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

    suite.test("refresh: a newer signed pack from a loopback server installs while screens keep working, and survives a reopen") { dir ->
        val folder = File(System.getProperty("openline.pack.dir") ?: error("run.sh publishes the pack"))
        val key = System.getProperty("openline.pack.key").orEmpty()
        assertTrue(key.length == 64, "run.sh passes the publishing key")
        withStaticServer(folder) { base ->
            val config = Config(dataDir = dir.path, locale = "en-GB", updateUrl = base, extraTrustedKeys = listOf(key))
            OpenLine.open(config).use { core ->
                val outcome = runBlocking(Dispatchers.Default) {
                    // Screens must answer while the download and install run.
                    val reader = launch { while (isActive) core.screen("teen") }
                    val refresh = async { withTimeout(60_000) { core.refreshContent() } }
                    refresh.await().also { reader.cancel() }
                }
                assertEquals(RefreshOutcome.Updated(1_000_000uL), outcome)
                assertEquals(1_000_000uL, core.contentVersion())
                val about = core.screen("about").blocks.filterIsInstance<Block.Paragraph>()
                assertTrue(about.any { "1000000" in it.text }, "About shows the new content version")
                val again = runBlocking(Dispatchers.Default) { core.refreshContent() }
                assertEquals(RefreshOutcome.UpToDate, again)
            }
            OpenLine.open(Config(dataDir = dir.path, locale = "en-GB")).use { reopened ->
                assertEquals(1_000_000uL, reopened.contentVersion(), "the update survives a restart")
            }
        }
    }
}

/** Serves [folder]'s files over HTTP on a free loopback port while [block] runs. */
private fun <T> withStaticServer(folder: File, block: (String) -> T): T {
    val server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
    server.createContext("/") { exchange ->
        val file = File(folder, exchange.requestURI.path.trimStart('/'))
        if (file.isFile && file.parentFile.canonicalFile == folder.canonicalFile) {
            val bytes = file.readBytes()
            exchange.sendResponseHeaders(200, bytes.size.toLong())
            exchange.responseBody.use { it.write(bytes) }
        } else {
            exchange.sendResponseHeaders(404, -1)
            exchange.close()
        }
    }
    server.start()
    try {
        return block("http://127.0.0.1:${server.address.port}")
    } finally {
        server.stop(0)
    }
}
