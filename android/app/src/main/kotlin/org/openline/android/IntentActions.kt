package org.openline.android

import android.Manifest
import android.app.Activity
import android.content.ActivityNotFoundException
import android.content.ClipData
import android.content.ClipboardManager
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import androidx.core.app.ActivityCompat
import org.openline.android.ui.PlatformActions
import org.openline.core.Reminder

/** The request code of the notification permission; the answer needs no handling. */
private const val PERMISSION_REQUEST = 1

/**
 * The phone's side of every button, with intents. Dialling needs no permission (ACTION_DIAL
 * only fills in the dialler), texting opens the messaging app with the body filled in, and
 * nothing is sent without the user.
 */
class IntentActions(private val context: Context) : PlatformActions {
    override fun dial(number: String): Boolean =
        start(Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", number, null)))

    override fun sendText(number: String, body: String): Boolean =
        start(Intent(Intent.ACTION_SENDTO, Uri.fromParts("smsto", number, null)).putExtra("sms_body", body))

    override fun openPage(url: String): Boolean =
        start(Intent(Intent.ACTION_VIEW, Uri.parse(url)).addCategory(Intent.CATEGORY_BROWSABLE))

    /** Android 13 and later confirm a copy themselves. */
    override fun copy(text: String): Boolean {
        val clipboard = context.getSystemService(ClipboardManager::class.java) ?: return false
        clipboard.setPrimaryClip(ClipData.newPlainText(context.getString(R.string.app_name), text))
        return true
    }

    override fun share(text: String): Boolean = start(
        Intent.createChooser(Intent(Intent.ACTION_SEND).setType("text/plain").putExtra(Intent.EXTRA_TEXT, text), null),
    )

    /**
     * Hands the reminder to WorkManager. The notification permission (Android 13 and later) is
     * asked for here, so only once the parent has turned reminders on and there is one to show;
     * once per process, as Android itself stops asking after the parent says no.
     */
    override fun scheduleReminder(reminder: Reminder?) {
        ReminderScheduler.schedule(context, reminder)
        val activity = context as? Activity ?: return
        if (reminder == null || asked || ReminderScheduler.mayNotify(context)) return
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            asked = true
            ActivityCompat.requestPermissions(activity, arrayOf(Manifest.permission.POST_NOTIFICATIONS), PERMISSION_REQUEST)
        }
    }

    private var asked = false

    /** False on a tablet with no dialler or messaging app: the number stays visible on the button. */
    private fun start(intent: Intent): Boolean = try {
        context.startActivity(intent)
        true
    } catch (error: ActivityNotFoundException) {
        false
    }
}
