import XCTest
import OpenLineCore
@testable import OpenLineUI

/// A stand-in for the core: screens by route, and the real core's rules for `apply`: it answers
/// with the screen at the route it is given, and a bad route or event changes nothing.
actor FakeSource: ScreenSource {
    private(set) var requests: [String] = []
    private(set) var events: [Event] = []
    /// The route each event came from.
    private(set) var eventRoutes: [String] = []
    private(set) var refreshes = 0
    private var ticked = false
    private let parents: [String: String]
    private let outcome: RefreshOutcome?

    init(parents: [String: String] = [:], outcome: RefreshOutcome? = nil) {
        self.parents = parents
        self.outcome = outcome
    }

    func screen(route: String) async throws -> Screen {
        requests.append(route)
        try check(route)
        return render(route)
    }

    func apply(event: Event, route: String) async throws -> Screen {
        try check(route)
        if event == Event.tickStep(id: "no-such-step") {
            throw OpenLineError.InvalidInput(message: "No such step.")
        }
        events.append(event)
        eventRoutes.append(route)
        ticked.toggle()
        return render(route)
    }

    func refreshContent() async -> RefreshOutcome? {
        refreshes += 1
        return outcome
    }

    private func check(_ route: String) throws {
        if route == "missing" {
            throw OpenLineError.UnknownRoute(message: "There's nothing at \"missing\".")
        }
    }

    private func render(_ route: String) -> Screen {
        Screen(
            route: route,
            title: route.uppercased(),
            up: parents[route],
            quickExit: nil,
            blocks: [Block.paragraph(text: ticked ? "ticked" : "not ticked")]
        )
    }
}

@MainActor
final class ScreenModelTests: XCTestCase {
    func testLoadShowsTheScreen() async {
        let model = ScreenModel(route: "teen", source: FakeSource())
        XCTAssertEqual(model.title, "")
        await model.load()
        XCTAssertEqual(model.screen?.route, "teen")
        XCTAssertEqual(model.title, "TEEN")
        XCTAssertNil(model.failure)
    }

    func testAFailedLoadShowsTheCoreMessage() async {
        let model = ScreenModel(route: "missing", source: FakeSource())
        await model.load()
        XCTAssertNil(model.screen)
        XCTAssertEqual(model.failure, "There's nothing at \"missing\".")
    }

    func testApplyUpdatesThisScreen() async {
        let source = FakeSource()
        let model = ScreenModel(route: "teen", source: source)
        await model.load()
        await model.apply(Event.tickStep(id: "dont-pay"))
        XCTAssertEqual(model.screen?.blocks, [Block.paragraph(text: "ticked")])
        let events = await source.events
        XCTAssertEqual(events, [Event.tickStep(id: "dont-pay")])
    }

    func testApplyGivesTheRouteOfItsOwnScreen() async {
        let source = FakeSource()
        let teen = ScreenModel(route: "teen", source: source)
        let report = ScreenModel(route: "report", source: source)
        await teen.load()
        await report.load()
        // "report" was shown last; the event comes from "teen", lower in the stack.
        await teen.apply(Event.tickStep(id: "block"))
        XCTAssertEqual(teen.screen?.route, "teen")
        XCTAssertEqual(teen.screen?.blocks, [Block.paragraph(text: "ticked")])
        let eventRoutes = await source.eventRoutes
        XCTAssertEqual(eventRoutes, ["teen"])
        // The answer is the screen itself: nothing is asked again.
        let requests = await source.requests
        XCTAssertEqual(requests, ["teen", "report"])
    }

    func testAFailedEventKeepsTheScreenAndShowsTheCoreMessage() async {
        let model = ScreenModel(route: "teen", source: FakeSource())
        await model.load()
        await model.apply(Event.tickStep(id: "no-such-step"))
        XCTAssertEqual(model.alertMessage, "No such step.")
        XCTAssertEqual(model.screen?.blocks, [Block.paragraph(text: "not ticked")])
    }
}

@MainActor
final class AppModelTests: XCTestCase {
    private let parents = [
        "report/instagram": "report",
        "report": "home",
        "loop-a": "loop-b",
        "loop-b": "loop-a",
    ]

    func testADeepLinkStacksTheScreensAboveIt() async {
        let source = FakeSource(parents: parents)
        let app = AppModel(opener: { source })
        await app.start()
        await app.open(url: URL(string: "openline://report/instagram")!)
        XCTAssertEqual(app.stack.routes, ["report", "report/instagram"])
        XCTAssertNil(app.alertMessage)
    }

    func testADeepLinkToAMissingPageShowsTheCoreMessage() async {
        let app = AppModel(opener: { FakeSource() })
        await app.start()
        app.push("teen")
        await app.open(url: URL(string: "openline://missing")!)
        XCTAssertEqual(app.alertMessage, "There's nothing at \"missing\".")
        XCTAssertEqual(app.stack.routes, ["teen"])
    }

    func testADeepLinkBeforeTheCoreIsOpenWaitsForIt() async {
        let source = FakeSource(parents: parents)
        let app = AppModel(opener: { source })
        await app.open(url: URL(string: "openline://report/instagram")!)
        XCTAssertEqual(app.stack.routes, [])
        await app.start()
        XCTAssertEqual(app.stack.routes, ["report", "report/instagram"])
    }

    func testALoopOfUpRoutesEnds() async {
        let source = FakeSource(parents: parents)
        let app = AppModel(opener: { source })
        await app.start()
        await app.open(route: "loop-a")
        XCTAssertEqual(app.stack.routes, ["loop-b", "loop-a"])
    }

    func testOtherLinksAreIgnored() async {
        let app = AppModel(opener: { FakeSource() })
        await app.start()
        await app.open(url: URL(string: "https://example.org/teen")!)
        XCTAssertEqual(app.stack.routes, [])
    }

    func testACoreThatCannotOpenShowsItsMessage() async {
        let app = AppModel(opener: { throw OpenLineError.Storage(message: "The disk is full.") })
        await app.start()
        guard case .failed(let message) = app.phase else {
            return XCTFail("expected the failure to be shown")
        }
        XCTAssertEqual(message, "The disk is full.")
        XCTAssertNil(app.source)
    }

    func testAContentUpdateReloadsTheScreens() async {
        let source = FakeSource(outcome: RefreshOutcome.updated(version: 2))
        let app = AppModel(opener: { source })
        await app.start()
        await app.contentRefresh?.value
        XCTAssertEqual(app.contentGeneration, 1)
        let refreshes = await source.refreshes
        XCTAssertEqual(refreshes, 1)
    }

    func testNoUpdateOrAFailedOneChangesNothing() async {
        for outcome in [nil, RefreshOutcome.upToDate, RefreshOutcome.failed(reason: "offline")] {
            let source = FakeSource(outcome: outcome)
            let app = AppModel(opener: { source })
            await app.start()
            await app.contentRefresh?.value
            XCTAssertEqual(app.contentGeneration, 0)
        }
    }

    func testNavigationGoesThroughTheStack() async {
        let app = AppModel(opener: { FakeSource() })
        app.push("parent")
        app.replaceTop(with: "parent?age=8-10")
        app.push("starter/x")
        XCTAssertEqual(app.stack.routes, ["parent?age=8-10", "starter/x"])
        app.pop()
        XCTAssertEqual(app.stack.top, "parent?age=8-10")
    }

    func testTheQuickExitBlanksTheAppUntilItIsBack() async {
        let app = AppModel(opener: { FakeSource() })
        await app.start()
        app.push("report")
        app.push("report/instagram")
        app.alertMessage = "There's nothing at \"missing\"."
        app.quickExit()
        XCTAssertTrue(app.hasLeft)
        XCTAssertEqual(app.stack.routes, [])
        XCTAssertNil(app.alertMessage)
        // Back in front, it starts afresh from home: the screens the user was on are gone.
        app.becameActive()
        XCTAssertFalse(app.hasLeft)
        XCTAssertEqual(app.stack.top, RouteStack.home)
    }

    func testErrorsReadAsTheCoreWroteThem() {
        XCTAssertEqual(ErrorText.message(for: OpenLineError.InvalidInput(message: "No such step.")), "No such step.")
        XCTAssertEqual(ErrorText.message(for: OpenLineError.Content(message: "Damaged.")), "Damaged.")
        XCTAssertEqual(ErrorText.message(for: CocoaError(.fileNoSuchFile)), ErrorText.fallback)
    }
}
