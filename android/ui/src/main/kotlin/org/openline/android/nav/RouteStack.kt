package org.openline.android.nav

/**
 * The screens the user opened, oldest first; the last one is on show. Entries are the core's
 * route strings (`home`, `teen`, `report/instagram`, `parent?age=14-17`), the same strings as
 * deep links, so the stack saves as a plain list and survives process death.
 *
 * Pure Kotlin on purpose: tests/kotlin compiles this file and drives it against the real core.
 */
class RouteStack private constructor(val routes: List<String>) {

    /** The route on show. */
    val current: String get() = routes.last()

    /** Whether system back has somewhere to go inside the app. */
    val canGoBack: Boolean get() = routes.size > 1

    /** Opens [route] on top; opening the screen already on show does nothing. */
    fun push(route: String): RouteStack =
        if (route == current) this else RouteStack((routes + route).takeLast(MAX_DEPTH))

    /**
     * Shows [route] in place of the screen on show, as a filter choice does, so Back leaves the
     * list rather than stepping through filters. The first screen stays: a choice made there
     * opens on top of it.
     */
    fun replace(route: String): RouteStack = if (canGoBack) settle(route) else push(route)

    /** Closes the screen on show; the first screen stays. */
    fun pop(): RouteStack = if (canGoBack) RouteStack(routes.dropLast(1)) else this

    /**
     * Up from a screen reached without history (a deep link after process start): back when
     * there is history, else the screen's parent as the core names it.
     */
    fun up(parent: String?): RouteStack = when {
        canGoBack -> pop()
        parent != null -> RouteStack(listOf(parent))
        else -> this
    }

    /**
     * Records the canonical form of the route on show, as the core reported it with its
     * screen (a deep link `openline://teen` becomes `teen`), folding it into the screen below
     * when they turn out to be the same.
     */
    fun settle(canonical: String): RouteStack = when {
        canonical == current -> this
        routes.size > 1 && routes[routes.size - 2] == canonical -> pop()
        else -> RouteStack(routes.dropLast(1) + canonical)
    }

    override fun equals(other: Any?): Boolean = other is RouteStack && other.routes == routes
    override fun hashCode(): Int = routes.hashCode()
    override fun toString(): String = routes.joinToString(" > ")

    companion object {
        const val HOME = "home"

        /** Deep enough for any real path through the app; bounds the saved state. */
        const val MAX_DEPTH = 32

        /** A fresh start: home. */
        val start: RouteStack = RouteStack(listOf(HOME))

        /** Restores a saved stack; anything empty or malformed starts again at home. */
        fun restore(saved: List<String>?): RouteStack =
            if (saved.isNullOrEmpty() || saved.any { it.isBlank() }) start else RouteStack(saved.takeLast(MAX_DEPTH))
    }
}
