package org.openline.android.nav

import org.openline.core.Screen

/**
 * What the content area shows (loading, a screen, or a failure) for the back stack it shows it
 * for, and how each thing the user or the core does changes it. The composable only carries
 * these transitions out.
 *
 * Plain Kotlin on purpose: tests/kotlin compiles this file and drives it against the real core.
 */
data class ContentState(
    val stack: RouteStack,
    val shown: Shown,
    /** How many times content updates arrived; a screen loaded before the last one is stale. */
    val updates: Int = 0,
) {
    /** What the content area holds. */
    sealed interface Shown {
        /** Nothing yet: the first screen is on its way. */
        data object Loading : Shown

        /** [screen], as rendered after [updates] content updates. */
        data class Ready(val screen: Screen, val updates: Int) : Shown

        /** The core's [message], or the shell's fallback words, in place of a screen. */
        data class Failed(val message: String) : Shown
    }

    /** The screen on show, if one is. */
    val screen: Screen? get() = (shown as? Shown.Ready)?.screen

    /** The route the content area should show: the top of the stack. */
    val route: String get() = stack.current

    /** Whether [route] must be asked of the core: nothing current is on show for it. */
    val needsLoad: Boolean
        get() = when (val showing = shown) {
            is Shown.Ready -> showing.screen.route != route || showing.updates != updates
            else -> true
        }

    /** Whether the top bar offers Up: there is history, or the screen names its parent. */
    val showsUp: Boolean get() = stack.canGoBack || screen?.up != null

    /** Opens [route] on top or, for a filter choice ([replace]), in place of the screen on show. */
    fun navigate(route: String, replace: Boolean): ContentState =
        copy(stack = if (replace) stack.replace(route) else stack.push(route))

    /** System back: closes the screen on show; the first screen stays. */
    fun back(): ContentState = copy(stack = stack.pop())

    /** The top bar's Up: back when there is history, else the parent the core names. */
    fun up(): ContentState = copy(stack = stack.up(screen?.up))

    /**
     * The core rendered [screen] for [requested]. If the user has moved on meanwhile (a deep
     * link arrived), nothing changes: the newer route's own load shows it, and settling this one
     * would pop the link off the stack. Otherwise the screen shows and the stack records the
     * canonical route (a deep link `openline://teen` becomes `teen`).
     */
    fun loaded(requested: String, screen: Screen): ContentState =
        if (route != requested) {
            this
        } else {
            copy(stack = stack.settle(screen.route), shown = Shown.Ready(screen, updates))
        }

    /** The core answered an event sent from [at] with [screen]; shown only if [at] is still on show. */
    fun applied(at: String, screen: Screen): ContentState =
        if (route != at) this else copy(shown = Shown.Ready(screen, updates))

    /** Loading [requested] failed with [message]; shown only if [requested] is still on show. */
    fun failed(requested: String, message: String): ContentState =
        if (route != requested) this else copy(shown = Shown.Failed(message))

    /** New content arrived: the screen on show is stale and loads again. */
    fun contentUpdated(): ContentState = copy(updates = updates + 1)

    companion object {
        /** A fresh start: home, loading. */
        val start: ContentState = ContentState(RouteStack.start, Shown.Loading)

        /** Back from saved routes after process death: the stack as it was, loading. */
        fun restore(saved: List<String>?): ContentState = ContentState(RouteStack.restore(saved), Shown.Loading)
    }
}
