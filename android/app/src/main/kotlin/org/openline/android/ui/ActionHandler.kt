package org.openline.android.ui

import android.content.ActivityNotFoundException
import android.content.ClipData
import android.content.ClipboardManager
import android.content.Context
import android.content.Intent
import android.net.Uri
import org.openline.android.R
import org.openline.core.Action
import org.openline.core.Event

/**
 * Carries out every [Action] the core describes: the one place the shell turns a button into
 * an effect. Dialling needs no permission (ACTION_DIAL only fills in the dialler), texting
 * opens the messaging app with the body filled in, and nothing is sent without the user.
 */
class ActionHandler(
    private val context: Context,
    private val navigate: (route: String, replace: Boolean) -> Unit,
    private val apply: (event: Event) -> Unit,
    private val failed: () -> Unit,
) {
    fun handle(action: Action) {
        try {
            when (action) {
                is Action.Navigate -> navigate(action.route, action.replace)
                is Action.Apply -> apply(action.event)
                is Action.Call -> start(Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", action.number, null)))
                is Action.SendText -> start(
                    Intent(Intent.ACTION_SENDTO, Uri.fromParts("smsto", action.number, null))
                        .putExtra("sms_body", action.body),
                )
                is Action.OpenUrl -> openWeb(action.url)
                is Action.Copy -> copy(action.text)
                is Action.Share -> start(
                    Intent.createChooser(
                        Intent(Intent.ACTION_SEND).setType("text/plain").putExtra(Intent.EXTRA_TEXT, action.text),
                        null,
                    ),
                )
            }
        } catch (error: ActivityNotFoundException) {
            // A tablet with no dialler or messaging app: the number stays visible on the button.
            failed()
        }
    }

    private fun start(intent: Intent) = context.startActivity(intent)

    /** Only https pages open; anything else from the core is refused rather than guessed at. */
    private fun openWeb(url: String) {
        val uri = Uri.parse(url)
        if (uri.scheme != "https") return failed()
        start(Intent(Intent.ACTION_VIEW, uri).addCategory(Intent.CATEGORY_BROWSABLE))
    }

    /** Android 13 and later confirm a copy themselves. */
    private fun copy(text: String) {
        val clipboard = context.getSystemService(ClipboardManager::class.java) ?: return failed()
        clipboard.setPrimaryClip(ClipData.newPlainText(context.getString(R.string.app_name), text))
    }
}
