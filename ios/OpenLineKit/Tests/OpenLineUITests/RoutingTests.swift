import XCTest
import OpenLineCore
@testable import OpenLineUI

/// Deep links as the core reads them, the navigation stack and the locale tag.
final class RoutingTests: XCTestCase {
    private func route(_ link: String) -> String? {
        deepLinkRoute(link: URL(string: link)!.absoluteString)
    }

    func testDeepLinksGiveTheRoute() {
        XCTAssertEqual(route("openline://teen"), "teen")
        XCTAssertEqual(route("openline://report/instagram"), "report/instagram")
        XCTAssertEqual(route("openline://parent?age=14-17&moment=new-device"), "parent?age=14-17&moment=new-device")
        XCTAssertEqual(route("openline://starter/young-new-device-friends"), "starter/young-new-device-friends")
    }

    func testDeepLinksAreForgiving() {
        XCTAssertEqual(route("OpenLine://teen"), "teen")
        XCTAssertEqual(route("openline://teen/"), "teen")
        XCTAssertEqual(route("openline:teen"), "teen")
        XCTAssertEqual(route("openline:///report//instagram"), "report/instagram")
        XCTAssertEqual(route("openline://parent/?age=8-10"), "parent?age=8-10")
        XCTAssertEqual(route("openline://teen#steps"), "teen")
    }

    func testAnEmptyDeepLinkIsHome() {
        XCTAssertEqual(route("openline://"), "home")
        XCTAssertEqual(route("openline:"), "home")
    }

    func testOtherSchemesAreNotDeepLinks() {
        XCTAssertNil(route("https://openline.example/teen"))
        XCTAssertNil(route("tel:999"))
    }

    func testDeepLinkRoundTrip() {
        for path in ["teen", "report/instagram", "parent?age=8-10"] {
            XCTAssertEqual(DeepLink.url(for: path).flatMap { route($0.absoluteString) }, path)
        }
    }

    func testPushStacksScreensOnce() {
        var stack = RouteStack()
        XCTAssertEqual(stack.top, "home")
        stack.push("report")
        stack.push("report")
        stack.push("report/instagram")
        XCTAssertEqual(stack.routes, ["report", "report/instagram"])
        XCTAssertEqual(stack.top, "report/instagram")
    }

    func testPushingHomeGoesBackToTheRoot() {
        var stack = RouteStack(["teen", "report"])
        stack.push("home")
        XCTAssertEqual(stack.routes, [])
    }

    func testReplaceTopSwapsTheFilteredList() {
        var stack = RouteStack(["parent"])
        stack.replaceTop(with: "parent?age=8-10")
        XCTAssertEqual(stack.routes, ["parent?age=8-10"])
        var empty = RouteStack()
        empty.replaceTop(with: "parent?age=8-10")
        XCTAssertEqual(empty.routes, ["parent?age=8-10"])
    }

    func testPopStopsAtHome() {
        var stack = RouteStack(["teen"])
        stack.pop()
        stack.pop()
        XCTAssertEqual(stack.routes, [])
    }

    func testDeepLinkStackWalksUp() {
        let stack = RouteStack.forDeepLink(to: "report/instagram", ancestors: ["report"])
        XCTAssertEqual(stack.routes, ["report", "report/instagram"])
        XCTAssertEqual(RouteStack.forDeepLink(to: "home", ancestors: []).routes, [])
        XCTAssertEqual(
            RouteStack.forDeepLink(to: "starter/x", ancestors: ["parent", "home"]).routes,
            ["parent", "starter/x"]
        )
    }

    func testLocaleIdentifiersBecomeBCP47() {
        XCTAssertEqual(LocaleTag.bcp47("en_GB"), "en-GB")
        XCTAssertEqual(LocaleTag.bcp47("es_US"), "es-US")
        XCTAssertEqual(LocaleTag.bcp47("zh-Hans_HK"), "zh-Hans-HK")
        XCTAssertEqual(LocaleTag.bcp47("en_AU@calendar=gregorian"), "en-AU")
        XCTAssertEqual(LocaleTag.bcp47("fr"), "fr")
        XCTAssertEqual(LocaleTag.bcp47(""), "en")
    }

    func testTheUtcOffsetIsInMinutes() {
        XCTAssertEqual(CoreService.utcOffsetMinutes(TimeZone(secondsFromGMT: 0)!), 0)
        XCTAssertEqual(CoreService.utcOffsetMinutes(TimeZone(secondsFromGMT: 19_800)!), 330)
        XCTAssertEqual(CoreService.utcOffsetMinutes(TimeZone(secondsFromGMT: -12_600)!), -210)
    }
}
