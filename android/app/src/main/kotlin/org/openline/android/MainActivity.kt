package org.openline.android

import android.content.Intent
import android.os.Build
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.BackHandler
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.ColorScheme
import androidx.compose.material3.dynamicDarkColorScheme
import androidx.compose.material3.dynamicLightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.remember
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.receiveAsFlow
import org.openline.android.ui.OpenLineApp
import org.openline.android.ui.ShellStrings
import org.openline.android.ui.theme.OpenLineTheme
import org.openline.core.deepLinkRoute

/** The app's only activity. It draws edge to edge and hands deep links to the navigation. */
class MainActivity : ComponentActivity() {

    /** Deep links to open, from the launch intent and from [onNewIntent]. */
    private val deepLinks = Channel<String>(Channel.BUFFERED)

    override fun onCreate(savedInstanceState: Bundle?) {
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        keepOutOfRecents()
        // After rotation or process death the saved back stack already holds the link.
        if (savedInstanceState == null) offerDeepLink(intent)
        val core = (application as OpenLineApplication).core
        val platform = IntentActions(this)
        setContent {
            val dark = isSystemInDarkTheme()
            OpenLineTheme(darkTheme = dark, dynamicScheme = dynamicScheme(dark)) {
                OpenLineApp(
                    core = core,
                    platform = platform,
                    strings = ShellStrings(
                        appName = stringResource(R.string.app_name),
                        back = stringResource(R.string.back),
                        errorFallback = stringResource(R.string.error_fallback),
                    ),
                    deepLinks = remember { deepLinks.receiveAsFlow() },
                    onQuickExit = ::leaveNow,
                    backHandler = { enabled, onBack -> BackHandler(enabled, onBack) },
                )
            }
        }
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        setIntent(intent)
        offerDeepLink(intent)
    }

    private fun offerDeepLink(intent: Intent?) {
        if (intent?.action != Intent.ACTION_VIEW) return
        intent.dataString?.let(::deepLinkRoute)?.let { deepLinks.trySend(it) }
    }

    /**
     * The quick exit: shows the launcher, as the home button would, and closes the app and its
     * task, so nothing of it stays on screen or in Recents. The saved back stack goes with the
     * task: the next start opens on home.
     */
    private fun leaveNow() {
        startActivity(
            Intent(Intent.ACTION_MAIN)
                .addCategory(Intent.CATEGORY_HOME)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_NO_ANIMATION),
        )
        finishAndRemoveTask()
    }

    /**
     * Keeps the screen's content out of the recent-apps overview. On a shared family phone a
     * thumbnail of "Get help now" would tell anyone who opens Recents that a child is facing
     * sextortion. From Android 13 the thumbnail alone is hidden and screenshots still work
     * (a teen may want to keep or send a number). Before 13 the only way is FLAG_SECURE, which
     * also blocks screenshots of this app; every number and message here has its own call,
     * text, copy or share button, so that costs little. Screenshots of other apps, the
     * evidence a teen is told to save, are never affected.
     */
    private fun keepOutOfRecents() {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            setRecentsScreenshotEnabled(false)
        } else {
            window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
        }
    }
}

/** The phone's own colours, on Android 12 and later; null before, for the app's teal. */
@Composable
private fun dynamicScheme(dark: Boolean): ColorScheme? {
    if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S) return null
    val context = LocalContext.current
    return if (dark) dynamicDarkColorScheme(context) else dynamicLightColorScheme(context)
}
