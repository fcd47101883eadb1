package org.openline.android

import android.Manifest
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import androidx.work.CoroutineWorker
import androidx.work.ExistingWorkPolicy
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import androidx.work.workDataOf
import org.openline.core.OpenLineException
import org.openline.core.Reminder
import java.util.concurrent.TimeUnit

/**
 * Gentle reminders to talk, as the core plans them: one WorkManager job waits until the next
 * reminder is due, shows it on its own channel, and asks the core for the one after. The words
 * and the date are the core's; nothing here decides when or what.
 */
object ReminderScheduler {
    /** The one job's name: scheduling again replaces it. */
    private const val WORK = "openline-reminder"
    private const val CHANNEL_ID = "reminders"
    private const val NOTIFICATION_ID = 1
    private const val TITLE = "title"
    private const val BODY = "body"
    private const val ROUTE = "route"
    private const val CHANNEL_NAME = "channel"

    /** Replaces the scheduled reminder with [reminder]; null cancels it. */
    fun schedule(context: Context, reminder: Reminder?) {
        val work = WorkManager.getInstance(context)
        if (reminder == null) {
            work.cancelUniqueWork(WORK)
            return
        }
        val delay = (reminder.atUnixSeconds * 1000 - System.currentTimeMillis()).coerceAtLeast(0)
        val request = OneTimeWorkRequestBuilder<ReminderWorker>()
            .setInitialDelay(delay, TimeUnit.MILLISECONDS)
            .setInputData(
                workDataOf(
                    TITLE to reminder.title,
                    BODY to reminder.body,
                    ROUTE to reminder.route,
                    CHANNEL_NAME to reminder.channel,
                ),
            )
            .build()
        work.enqueueUniqueWork(WORK, ExistingWorkPolicy.REPLACE, request)
    }

    /** Whether the phone lets the app post notifications: always before Android 13. */
    fun mayNotify(context: Context): Boolean =
        Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU ||
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) ==
            PackageManager.PERMISSION_GRANTED

    /** Shows a due reminder; a tap opens its route as a deep link would. */
    internal fun show(context: Context, title: String, body: String, route: String, channelName: String) {
        if (!mayNotify(context)) return
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            val channel = NotificationChannel(CHANNEL_ID, channelName, NotificationManager.IMPORTANCE_DEFAULT)
            context.getSystemService(NotificationManager::class.java)?.createNotificationChannel(channel)
        }
        val open = Intent(Intent.ACTION_VIEW, Uri.parse("openline://$route"), context, MainActivity::class.java)
        val tap = PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT)
        val notification = NotificationCompat.Builder(context, CHANNEL_ID)
            .setSmallIcon(R.drawable.ic_launcher_monochrome)
            .setContentTitle(title)
            .setContentText(body)
            .setContentIntent(tap)
            .setAutoCancel(true)
            .build()
        try {
            NotificationManagerCompat.from(context).notify(NOTIFICATION_ID, notification)
        } catch (error: SecurityException) {
            // The permission was withdrawn between the check and the post: nothing to show.
        }
    }

    /** The worker that waits for a reminder, shows it, and schedules the next. */
    class ReminderWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
        override suspend fun doWork(): Result {
            val data = inputData
            show(
                applicationContext,
                data.getString(TITLE).orEmpty(),
                data.getString(BODY).orEmpty(),
                data.getString(ROUTE) ?: "parent",
                data.getString(CHANNEL_NAME).orEmpty(),
            )
            val core = (applicationContext as OpenLineApplication).core
            return try {
                schedule(applicationContext, core.nextReminder())
                Result.success()
            } catch (error: OpenLineException) {
                Result.retry()
            }
        }
    }
}
