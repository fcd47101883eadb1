package org.openline.android.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.calculateEndPadding
import androidx.compose.foundation.layout.calculateStartPadding
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.itemsIndexed
import androidx.compose.foundation.lazy.rememberLazyListState
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.ArrowBack
import androidx.compose.material3.Button
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Scaffold
import androidx.compose.material3.SnackbarHost
import androidx.compose.material3.SnackbarHostState
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.material3.TopAppBarDefaults
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.listSaver
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.saveable.rememberSaveableStateHolder
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.input.nestedscroll.nestedScroll
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextOverflow
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.launch
import org.openline.android.CoreRepository
import org.openline.android.nav.ContentState
import org.openline.android.ui.blocks.BlockView
import org.openline.core.Action
import org.openline.core.Event
import org.openline.core.InternalException
import org.openline.core.OpenLineException
import org.openline.core.QuickExit
import org.openline.core.RefreshOutcome
import org.openline.core.Screen

/** The test tag of the scrolling list of the screen's blocks. */
const val SCREEN_TAG = "screen"

/** Saves the back stack as a list of route strings: it survives rotation and process death. */
private val ContentStateSaver = listSaver<ContentState, String>(
    save = { it.stack.routes },
    restore = { ContentState.restore(it) },
)

/**
 * The whole app: a back stack of the core's routes, the screen on show, and the handler that
 * carries out its actions. Navigation follows the core: a Navigate action pushes its route
 * or, for a filter choice, replaces the screen on show with it;
 * an Apply action sends its event and shows the screen the core returns. [onQuickExit] leaves
 * the app at once, from the control the core offers on screens a teen may need to hide.
 *
 * The host supplies what only a platform has: [platform] for calls, texts, pages, copy and
 * share, the shell's [strings], and [backHandler], which routes system back to `onBack` while
 * `enabled`.
 */
@Composable
fun OpenLineApp(
    core: CoreRepository,
    platform: PlatformActions,
    strings: ShellStrings,
    deepLinks: Flow<String>,
    onQuickExit: () -> Unit,
    backHandler: @Composable (enabled: Boolean, onBack: () -> Unit) -> Unit,
) {
    var state by rememberSaveable(stateSaver = ContentStateSaver) { mutableStateOf(ContentState.start) }
    val scope = rememberCoroutineScope()
    val snackbar = remember { SnackbarHostState() }
    val fallback = strings.errorFallback
    val screenStates = rememberSaveableStateHolder()

    fun go(next: ContentState) {
        // Forget scroll positions of screens that left the stack.
        (state.stack.routes.toSet() - next.stack.routes.toSet()).forEach { screenStates.removeState(it) }
        state = next
    }

    val handler = remember(platform, core) {
        ActionHandler(
            platform = platform,
            navigate = { route, replace -> go(state.navigate(route, replace)) },
            apply = { event: Event ->
                val at = state.route
                scope.launch {
                    try {
                        val screen = core.apply(event, at)
                        // Read the state after the call: the user may have moved on meanwhile.
                        state = state.applied(at, screen)
                        platform.scheduleReminder(core.nextReminder())
                    } catch (error: OpenLineException) {
                        snackbar.showSnackbar(error.message?.ifBlank { null } ?: fallback)
                    } catch (error: InternalException) {
                        snackbar.showSnackbar(fallback)
                    }
                }
            },
            failed = { scope.launch { snackbar.showSnackbar(fallback) } },
        )
    }

    LaunchedEffect(deepLinks) {
        deepLinks.collect { route -> go(state.navigate(route, replace = false)) }
    }

    // Content updates, when this build has an address for them: once per process, silently;
    // the screen on show reloads if new content arrived.
    LaunchedEffect(core) {
        if (core.refreshOnce() is RefreshOutcome.Updated) state = state.contentUpdated()
    }

    // The phone keeps the core's latest answer: a reminder shown, a date passed, or a change
    // made by another instance while the app was closed.
    LaunchedEffect(core, platform) {
        try {
            platform.scheduleReminder(core.nextReminder())
        } catch (error: OpenLineException) {
            // Scheduling waits for the next event; the screens don't depend on it.
        } catch (error: InternalException) {
            // As above.
        }
    }

    LaunchedEffect(state.route, state.updates) {
        if (!state.needsLoad) return@LaunchedEffect
        val route = state.route
        try {
            val screen = core.screen(route)
            // Read the state after the call: a deep link may have arrived meanwhile.
            state = state.loaded(route, screen)
        } catch (error: OpenLineException) {
            state = state.failed(route, error.message?.ifBlank { null } ?: fallback)
        } catch (error: InternalException) {
            // A bug in the core (a caught panic): show the fallback rather than crash.
            state = state.failed(route, fallback)
        }
    }

    backHandler(state.stack.canGoBack) { go(state.back()) }

    val screen = state.screen
    AppScaffold(
        title = screen?.title ?: strings.appName,
        backLabel = strings.back,
        showUp = state.showsUp,
        onUp = { go(state.up()) },
        quickExit = screen?.quickExit,
        onQuickExit = onQuickExit,
        snackbar = snackbar,
    ) { padding ->
        when (val content = state.shown) {
            ContentState.Shown.Loading -> Unit
            is ContentState.Shown.Failed -> FailedContent(
                message = content.message,
                backLabel = strings.back,
                padding = padding,
                onBack = if (state.stack.canGoBack) ({ go(state.back()) }) else null,
            )
            is ContentState.Shown.Ready -> screenStates.SaveableStateProvider(content.screen.route) {
                ScreenContent(content.screen, padding, handler::handle)
            }
        }
    }
}

@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun AppScaffold(
    title: String,
    backLabel: String,
    showUp: Boolean,
    onUp: () -> Unit,
    quickExit: QuickExit?,
    onQuickExit: () -> Unit,
    snackbar: SnackbarHostState,
    content: @Composable (PaddingValues) -> Unit,
) {
    val scrollBehavior = TopAppBarDefaults.pinnedScrollBehavior()
    Scaffold(
        modifier = Modifier.nestedScroll(scrollBehavior.nestedScrollConnection),
        topBar = {
            TopAppBar(
                title = {
                    Text(
                        text = title,
                        maxLines = 1,
                        overflow = TextOverflow.Ellipsis,
                        modifier = Modifier.semantics { heading() },
                    )
                },
                navigationIcon = {
                    if (showUp) {
                        IconButton(onClick = onUp) {
                            Icon(Icons.AutoMirrored.Filled.ArrowBack, contentDescription = backLabel)
                        }
                    }
                },
                actions = {
                    // The core's own words, so TalkBack reads them as the button's label.
                    if (quickExit != null) {
                        Button(
                            onClick = onQuickExit,
                            modifier = Modifier.padding(end = 8.dp).heightIn(min = 48.dp),
                        ) { Text(quickExit.label) }
                    }
                },
                scrollBehavior = scrollBehavior,
            )
        },
        snackbarHost = { SnackbarHost(snackbar) },
        content = content,
    )
}

/** A screen's blocks, top to bottom, clear of the system bars and no wider than reads well. */
@Composable
private fun ScreenContent(screen: Screen, padding: PaddingValues, onAction: (Action) -> Unit) {
    val direction = LocalLayoutDirection.current
    LazyColumn(
        state = rememberLazyListState(),
        modifier = Modifier.fillMaxSize().testTag(SCREEN_TAG),
        contentPadding = PaddingValues(
            start = padding.calculateStartPadding(direction) + 16.dp,
            top = padding.calculateTopPadding() + 8.dp,
            end = padding.calculateEndPadding(direction) + 16.dp,
            bottom = padding.calculateBottomPadding() + 32.dp,
        ),
        horizontalAlignment = Alignment.CenterHorizontally,
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        itemsIndexed(screen.blocks, contentType = { _, block -> block::class }) { _, block ->
            BlockView(block, screen.route, onAction, Modifier.widthIn(max = 640.dp).fillMaxWidth())
        }
    }
}

/** The core's own message, or the fallback, with a way back when there is one. */
@Composable
private fun FailedContent(message: String, backLabel: String, padding: PaddingValues, onBack: (() -> Unit)?) {
    Column(
        modifier = Modifier.fillMaxSize().padding(padding).padding(24.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp),
    ) {
        Text(message, style = MaterialTheme.typography.bodyLarge)
        if (onBack != null) {
            OutlinedButton(onClick = onBack) { Text(backLabel) }
        }
    }
}
