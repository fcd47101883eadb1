// The test suite's entry point: tests/kotlin/run.sh runs it; an argument runs only the tests
// whose names contain it.
package org.openline.tests

import kotlin.system.exitProcess

fun main(args: Array<String>) {
    val suite = Suite()
    openTests(suite)
    routeTests(suite)
    eventTests(suite)
    errorTests(suite)
    concurrencyTests(suite)
    refreshTests(suite)
    navigationTests(suite)
    reminderTests(suite)
    val failed = suite.run(args.firstOrNull())
    exitProcess(if (failed == 0) 0 else 1)
}
