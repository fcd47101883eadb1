package org.openline.android.ui

import org.openline.core.Action
import org.openline.core.Event
import java.net.URI
import java.net.URISyntaxException

/**
 * Carries out every [Action] the core describes: the one place the shell turns a button into
 * an effect. Navigation and events stay in the app; everything else goes to the phone through
 * [platform].
 */
class ActionHandler(
    private val platform: PlatformActions,
    private val navigate: (route: String, replace: Boolean) -> Unit,
    private val apply: (event: Event) -> Unit,
    private val failed: () -> Unit,
) {
    /** Does what [action] says; calls [failed] when the phone could not. */
    fun handle(action: Action) {
        val done = when (action) {
            is Action.Navigate -> true.also { navigate(action.route, action.replace) }
            is Action.Apply -> true.also { apply(action.event) }
            is Action.Call -> platform.dial(action.number)
            is Action.SendText -> platform.sendText(action.number, action.body)
            is Action.OpenUrl -> isHttps(action.url) && platform.openPage(action.url)
            is Action.Copy -> platform.copy(action.text)
            is Action.Share -> platform.share(action.text)
        }
        if (!done) failed()
    }

    /** Only https pages open; anything else from the core is refused rather than guessed at. */
    private fun isHttps(url: String): Boolean = try {
        URI(url).let { it.scheme.equals("https", ignoreCase = true) && !it.host.isNullOrEmpty() }
    } catch (error: URISyntaxException) {
        false
    }
}
