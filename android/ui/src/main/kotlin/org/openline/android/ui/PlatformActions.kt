package org.openline.android.ui

import org.openline.core.Reminder

/**
 * What the phone itself does for a button: the only effects the shell has besides navigation
 * and the core's events. Android implements it with intents; tests record the calls. Each
 * returns false when the phone could not do it (no dialler on a tablet, say), and the app then
 * shows its fallback message; the number or text stays visible on the button.
 */
interface PlatformActions {
    /** Fills in the dialler with [number]; never places the call itself. */
    fun dial(number: String): Boolean

    /** Opens the messaging app with [body] addressed to [number]; nothing is sent without the user. */
    fun sendText(number: String, body: String): Boolean

    /** Opens [url] in the browser; [ActionHandler] passes only https addresses. */
    fun openPage(url: String): Boolean

    /** Puts [text] on the clipboard. */
    fun copy(text: String): Boolean

    /** Offers [text] to the system share sheet. */
    fun share(text: String): Boolean

    /**
     * Schedules the core's next reminder to talk as a local notification, replacing any
     * scheduled before; null cancels it, as reminders are off. The app calls this after every
     * event and once at start, so the phone always holds the core's latest answer.
     */
    fun scheduleReminder(reminder: Reminder?)
}

/** The shell's own few words: everything else on screen is the core's. */
data class ShellStrings(
    /** The app's name, shown before the first screen arrives. */
    val appName: String,
    /** The label of the up arrow and of the way back from an error. */
    val back: String,
    /** Shown when the core or the phone fails without words of its own. */
    val errorFallback: String,
)
