import XCTest
import OpenLineCore
@testable import OpenLineUI

/// The real core, through the XCFramework: every route renders, every action it offers can be
/// carried out on iOS, and every route survives the trip through a deep link.
final class CoreIntegrationTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("openline-tests-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func openCore(locale: String = "en-GB", utcOffsetMinutes: Int32 = 0) throws -> OpenLine {
        try OpenLine.open(
            config: Config(dataDir: directory.path, locale: locale, region: nil, utcOffsetMinutes: utcOffsetMinutes)
        )
    }

    func testTheRegionComesFromTheLocale() throws {
        let core = try openCore()
        XCTAssertEqual(core.region(), "GB")
        XCTAssertEqual(core.language(), "en")
    }

    func testWithoutAnUpdateAddressNothingIsFetched() async throws {
        let core = try openCore()
        let version = core.contentVersion()
        XCTAssertGreaterThanOrEqual(version, 1)
        let service = CoreService(core: core, updateURL: nil)
        let skipped = await service.refreshContent()
        XCTAssertNil(skipped)
        // The core itself says no address is set, without touching the network.
        let outcome = await core.refreshContent()
        guard case .failed = outcome else {
            return XCTFail("expected a failure without an update address, got \(outcome)")
        }
        XCTAssertEqual(core.contentVersion(), version)
    }

    func testEveryRouteRendersAndEveryActionCanBeCarriedOut() throws {
        let core = try openCore()
        let routes = core.routes()
        XCTAssertTrue(routes.contains("home"))
        for route in routes {
            let screen = try core.screen(route: route)
            XCTAssertFalse(screen.title.isEmpty, route)
            for action in Self.actions(in: screen) {
                XCTAssertNotEqual(ActionMapping.effect(of: action), ActionEffect.unavailable, "\(route): \(action)")
            }
        }
    }

    func testEveryRouteSurvivesADeepLink() throws {
        let core = try openCore()
        for route in core.routes() {
            let link = try XCTUnwrap(DeepLink.url(for: route), route)
            let back = try XCTUnwrap(deepLinkRoute(link: link.absoluteString), route)
            XCTAssertEqual(try core.screen(route: back).route, try core.screen(route: route).route)
        }
    }

    func testAnUnknownRouteIsTheCoresError() throws {
        let core = try openCore()
        XCTAssertThrowsError(try core.screen(route: "nowhere")) { (error: Error) in
            XCTAssertFalse(ErrorText.message(for: error).isEmpty)
            XCTAssertNotEqual(ErrorText.message(for: error), ErrorText.fallback)
        }
    }

    func testTickingAStepIsRememberedAcrossLaunches() throws {
        let core = try openCore()
        let teen = try core.screen(route: "teen")
        let step = try XCTUnwrap(Self.steps(in: teen).first)
        XCTAssertFalse(step.done)
        guard case .apply(let event) = step.toggle else {
            return XCTFail("a step's toggle applies an event")
        }
        let updated = try core.apply(event: event, route: teen.route)
        XCTAssertEqual(updated.route, teen.route)
        XCTAssertEqual(Self.steps(in: updated).first?.done, true)

        let reopened = try openCore()
        XCTAssertEqual(Self.steps(in: try reopened.screen(route: "teen")).first?.done, true)
    }

    func testAnEventFromABadRouteChangesNothing() throws {
        let core = try openCore()
        let step = try XCTUnwrap(Self.steps(in: try core.screen(route: "teen")).first)
        guard case .apply(let event) = step.toggle else {
            return XCTFail("a step's toggle applies an event")
        }
        XCTAssertThrowsError(try core.apply(event: event, route: "nowhere"))
        XCTAssertEqual(Self.steps(in: try core.screen(route: "teen")).first?.done, false)
    }

    func testTalkingAboutAStarterRecordsTheFamilysDate() throws {
        // Fourteen hours ahead of UTC, the date differs from UTC's for most of the day.
        let zone = try XCTUnwrap(TimeZone(secondsFromGMT: 14 * 3600))
        let core = try openCore(utcOffsetMinutes: CoreService.utcOffsetMinutes(zone))
        let route = try XCTUnwrap(core.routes().first { (route: String) in route.hasPrefix("starter/") })
        let card = try XCTUnwrap(Self.cards(in: try core.screen(route: route)).first)
        XCTAssertEqual(card.route, route)
        let updated = try core.apply(event: Event.markTalked(id: card.id), route: card.route)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = zone
        XCTAssertEqual(Self.cards(in: updated).first?.talkedOn, formatter.string(from: Date()))
    }

    func testTeenFacingScreensOfferAQuickExit() throws {
        let core = try openCore()
        for route in core.routes() {
            let screen = try core.screen(route: route)
            let teenFacing = ["home", "teen", "report"].contains(route) || route.hasPrefix("report/")
            if teenFacing {
                XCTAssertFalse(screen.quickExit?.label.isEmpty ?? true, route)
                XCTAssertEqual(screen.quickExit?.url, "https://www.google.com/search?q=weather", route)
            } else {
                XCTAssertNil(screen.quickExit, route)
            }
        }
    }

    /// Every action a screen offers, wherever it sits.
    static func actions(in screen: Screen) -> [Action] {
        var actions: [Action] = []
        for block in screen.blocks {
            switch block {
            case .heading, .paragraph, .callout, .bullets, .sources:
                break
            case .steps(let items):
                for item in items {
                    actions.append(item.toggle)
                    if let action = item.action {
                        actions.append(action.action)
                    }
                }
            case .actions(let items, _):
                actions += items.map { (item: ActionItem) in item.action }
            case .links(let items):
                actions += items.map { (item: LinkItem) in Action.navigate(route: item.route, replace: false) }
            case .cards(let items):
                for card in items {
                    actions.append(Action.navigate(route: card.route, replace: false))
                    actions += card.actions.map { (item: ActionItem) in item.action }
                }
            case .choice(_, let options):
                actions += options.map { (option: ChoiceOption) in option.action }
            }
        }
        return actions
    }

    static func cards(in screen: Screen) -> [Card] {
        screen.blocks.flatMap { (block: Block) -> [Card] in
            if case .cards(let items) = block {
                return items
            }
            return []
        }
    }

    static func steps(in screen: Screen) -> [StepItem] {
        screen.blocks.flatMap { (block: Block) -> [StepItem] in
            if case .steps(let items) = block {
                return items
            }
            return []
        }
    }
}
