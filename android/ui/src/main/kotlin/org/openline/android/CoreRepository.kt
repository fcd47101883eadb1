package org.openline.android

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.coroutines.withContext
import org.openline.core.Config
import org.openline.core.Event
import org.openline.core.OpenLine
import org.openline.core.RefreshOutcome
import org.openline.core.Reminder
import org.openline.core.Screen
import java.io.File
import java.util.Locale
import java.util.TimeZone
import java.util.concurrent.atomic.AtomicBoolean

/**
 * The one door to the Rust core. Every call runs off the main thread; the core is thread-safe
 * and keeps all state, so this class only opens it once and routes calls.
 *
 * [config] is read once, when the core is first needed. Opening is retried on the next call
 * after a failure (a full disk, say), so the error screen is never permanent. The core lives as
 * long as the process: it holds one SQLite connection.
 * Failures arrive as [org.openline.core.OpenLineException], whose messages can be shown as
 * they are.
 */
class CoreRepository(private val config: () -> Config) {
    private val opening = Mutex()

    private val refreshed = AtomicBoolean(false)

    @Volatile
    private var opened: OpenLine? = null

    /** Read once: the locale and offset of the moment the app first needs the core. */
    private val settings: Config by lazy(config)

    private suspend fun core(): OpenLine = opened ?: opening.withLock {
        opened ?: withContext(Dispatchers.IO) { OpenLine.open(settings) }.also { opened = it }
    }

    /** The screen for [route]; rendering is CPU work, so it runs on Default. */
    suspend fun screen(route: String): Screen {
        val core = core()
        return withContext(Dispatchers.Default) { core.screen(route) }
    }

    /** Records [event] from the screen at [route], the one the user tapped on, and returns it updated. */
    suspend fun apply(event: Event, route: String): Screen {
        val core = core()
        return withContext(Dispatchers.IO) { core.apply(event, route) }
    }

    /** The next reminder to talk, or null while reminders are off. */
    suspend fun nextReminder(): Reminder? {
        val core = core()
        return withContext(Dispatchers.IO) { core.nextReminder() }
    }

    /**
     * Fetches newer signed content. Screens keep working meanwhile, and a failure leaves the
     * content in use as it was; on [RefreshOutcome.Updated] the caller reloads the screen on
     * show. A "check for updates" button would call this and show a Failed reason as it is.
     */
    suspend fun refreshContent(): RefreshOutcome = core().refreshContent()

    /**
     * [refreshContent] once per process, and only when this build has an update address:
     * without one the app makes no network requests at all. Null when nothing was tried.
     */
    suspend fun refreshOnce(): RefreshOutcome? =
        if (settings.updateUrl != null && refreshed.compareAndSet(false, true)) refreshContent() else null

    /** Closes the core's database; for tests that reopen the same folder. */
    fun close() {
        opened?.close()
        opened = null
    }

    companion object {
        /**
         * The phone's configuration: region and language come from the device the first time;
         * after that the core's saved choice (Settings) wins. The UTC offset dates "we talked
         * about this" in the family's own day; it is read once, when the core opens, so it
         * holds until the process ends. [updateUrl] null means no network requests at all.
         */
        fun deviceConfig(dataDir: File, updateUrl: String?): Config = Config(
            dataDir = dataDir.path,
            locale = Locale.getDefault().toLanguageTag(),
            updateUrl = updateUrl?.ifBlank { null },
            utcOffsetMinutes = TimeZone.getDefault().getOffset(System.currentTimeMillis()) / 60_000,
        )
    }
}
