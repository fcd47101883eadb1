// The suite's entry point for JUnit 5: tests/kotlin/run.sh runs it with the console launcher.
// The system property openline.tests.filter keeps only the tests whose names contain it;
// the launcher fails when none is left.
package org.openline.tests

import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.TestFactory

class OpenLineTests {
    @TestFactory
    fun core(): List<DynamicTest> {
        val suite = Suite()
        openTests(suite)
        routeTests(suite)
        eventTests(suite)
        errorTests(suite)
        concurrencyTests(suite)
        refreshTests(suite)
        navigationTests(suite)
        reminderTests(suite)
        contentStateTests(suite)
        val tests = suite.dynamicTests(System.getProperty("openline.tests.filter"))
        return tests
    }
}
