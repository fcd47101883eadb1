import XCTest
import OpenLineCore
@testable import OpenLineUI

/// Every kind of action maps to the right iOS effect, and malformed ones are refused.
final class ActionMappingTests: XCTestCase {
    func testNavigateOpensTheRoute() {
        let effect = ActionMapping.effect(of: Action.navigate(route: "report/instagram", replace: false))
        XCTAssertEqual(effect, ActionEffect.navigate(route: "report/instagram", replace: false))
    }

    func testAFilterChoiceReplacesTheScreen() {
        let effect = ActionMapping.effect(of: Action.navigate(route: "parent?age=8-10", replace: true))
        XCTAssertEqual(effect, ActionEffect.navigate(route: "parent?age=8-10", replace: true))
    }

    func testCallOpensTheDiallerWithDigitsOnly() {
        XCTAssertEqual(
            ActionMapping.effect(of: Action.call(number: "999")),
            ActionEffect.openURL(URL(string: "tel:999")!)
        )
        XCTAssertEqual(
            ActionMapping.effect(of: Action.call(number: "+44 800 1111")),
            ActionEffect.openURL(URL(string: "tel:+448001111")!)
        )
    }

    func testCallRefusesAnythingButDigits() {
        for number in ["", "+", "999;1", "0800-1111", "*21#", "tel:999", "١٢٣"] {
            XCTAssertEqual(ActionMapping.effect(of: Action.call(number: number)), ActionEffect.unavailable, number)
        }
    }

    func testSendTextFillsNumberAndEncodedBody() {
        XCTAssertEqual(
            ActionMapping.effect(of: Action.sendText(number: "741741", body: "HOME")),
            ActionEffect.openURL(URL(string: "sms:741741&body=HOME")!)
        )
        XCTAssertEqual(
            ActionMapping.smsURL(number: "85258", body: "Help me & you? #1"),
            URL(string: "sms:85258&body=Help%20me%20%26%20you%3F%20%231")
        )
        XCTAssertEqual(
            ActionMapping.smsURL(number: "85258", body: "café"),
            URL(string: "sms:85258&body=caf%C3%A9")
        )
    }

    func testSendTextWithoutBodyOpensJustTheNumber() {
        XCTAssertEqual(ActionMapping.smsURL(number: "85258", body: ""), URL(string: "sms:85258"))
    }

    func testSendTextRefusesABadNumber() {
        XCTAssertEqual(
            ActionMapping.effect(of: Action.sendText(number: "85258&body=x", body: "HOME")),
            ActionEffect.unavailable
        )
    }

    func testOpenUrlOpensOnlyHttps() {
        XCTAssertEqual(
            ActionMapping.effect(of: Action.openUrl(url: "https://www.ceop.police.uk/Safety-Centre/")),
            ActionEffect.openURL(URL(string: "https://www.ceop.police.uk/Safety-Centre/")!)
        )
        for address in ["http://example.org", "javascript:alert(1)", "file:///etc/passwd", "https://", "not a url"] {
            XCTAssertEqual(ActionMapping.effect(of: Action.openUrl(url: address)), ActionEffect.unavailable, address)
        }
    }

    func testCopyShareAndApplyPassThrough() {
        XCTAssertEqual(ActionMapping.effect(of: Action.copy(text: "ABC")), ActionEffect.copy(text: "ABC"))
        XCTAssertEqual(ActionMapping.effect(of: Action.share(text: "Hi")), ActionEffect.share(text: "Hi"))
        XCTAssertEqual(
            ActionMapping.effect(of: Action.apply(event: Event.tickStep(id: "dont-pay"))),
            ActionEffect.apply(event: Event.tickStep(id: "dont-pay"))
        )
        XCTAssertEqual(
            ActionMapping.effect(of: Action.apply(event: Event.resetSteps)),
            ActionEffect.apply(event: Event.resetSteps)
        )
    }

    func testIconsFollowTheEffect() {
        XCTAssertEqual(ActionMapping.effect(of: Action.call(number: "999")).systemImage, "phone.fill")
        XCTAssertEqual(ActionMapping.effect(of: Action.sendText(number: "1", body: "")).systemImage, "message.fill")
        XCTAssertEqual(ActionMapping.effect(of: Action.openUrl(url: "https://a.b")).systemImage, "safari")
        XCTAssertNil(ActionMapping.effect(of: Action.apply(event: Event.resetSteps)).systemImage)
    }
}
