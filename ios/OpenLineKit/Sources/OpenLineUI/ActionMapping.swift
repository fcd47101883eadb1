import Foundation
import OpenLineCore

/// What carrying out an `Action` means on iOS. Working this out is pure, so it is unit-tested;
/// the views only carry the effect out.
public enum ActionEffect: Equatable {
    /// Open another screen of the app: on top of this one, or, for a filter choice, in its place.
    case navigate(route: String, replace: Bool)
    /// Hand the address to the system: `tel:` opens the dialler, `sms:` Messages, `https:` Safari.
    case openURL(URL)
    /// Put the text on the pasteboard.
    case copy(text: String)
    /// Offer the text in the share sheet (a `ShareLink`).
    case share(text: String)
    /// Send the event to the core, then show the screen it returns.
    case apply(event: Event)
    /// The action can't be carried out, such as a malformed number; its button is disabled.
    case unavailable
}

/// Maps the core's actions to iOS effects. The core describes every button; this is the one
/// place the shell decides how each kind is carried out.
public enum ActionMapping {
    /// The effect of an action. One case per kind of action: the compiler (and
    /// tests/shells/ios-check.sh) insist that none is missing.
    public static func effect(of action: Action) -> ActionEffect {
        switch action {
        case .navigate(let route, let replace):
            return .navigate(route: route, replace: replace)
        case .openUrl(let url):
            guard let address = webURL(url) else { return .unavailable }
            return .openURL(address)
        case .call(let number):
            guard let address = telURL(number: number) else { return .unavailable }
            return .openURL(address)
        case .sendText(let number, let body):
            guard let address = smsURL(number: number, body: body) else { return .unavailable }
            return .openURL(address)
        case .copy(let text):
            return .copy(text: text)
        case .share(let text):
            return .share(text: text)
        case .apply(let event):
            return .apply(event: event)
        }
    }

    /// `tel:` for a number made of digits with an optional leading `+`. Spaces are dropped;
    /// anything else makes the number invalid rather than dialling something unexpected.
    public static func telURL(number: String) -> URL? {
        guard let dialable = dialable(number) else { return nil }
        return URL(string: "tel:" + dialable)
    }

    /// `sms:NUMBER&body=BODY`, the form Messages on iOS fills in, with the body
    /// percent-encoded. An empty body leaves Messages with just the number.
    public static func smsURL(number: String, body: String) -> URL? {
        guard let dialable = dialable(number) else { return nil }
        if body.isEmpty {
            return URL(string: "sms:" + dialable)
        }
        guard let encoded = body.addingPercentEncoding(withAllowedCharacters: unreserved) else {
            return nil
        }
        return URL(string: "sms:" + dialable + "&body=" + encoded)
    }

    /// The address, if it is an `https` address with a host. Nothing else is opened.
    public static func webURL(_ address: String) -> URL? {
        guard let parts = URLComponents(string: address),
              parts.scheme?.lowercased() == "https",
              let host = parts.host, !host.isEmpty
        else { return nil }
        return parts.url
    }

    /// Digits with an optional leading `+`, spaces removed; nil for anything else.
    static func dialable(_ number: String) -> String? {
        let compact = number.filter { !$0.isWhitespace }
        let digits = compact.hasPrefix("+") ? compact.dropFirst() : Substring(compact)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return compact
    }

    /// RFC 3986 unreserved characters: everything else in a message body is percent-encoded,
    /// so `&`, `=`, `#`, `?` and spaces can't change the meaning of the address.
    static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )
}

extension ActionEffect {
    /// The SF Symbol that shows what a button does; nil for plain buttons.
    var systemImage: String? {
        switch self {
        case .navigate:
            return "chevron.right"
        case .openURL(let url):
            switch url.scheme?.lowercased() ?? "" {
            case "tel": return "phone.fill"
            case "sms": return "message.fill"
            default: return "safari"
            }
        case .copy:
            return "doc.on.doc"
        case .share:
            return "square.and.arrow.up"
        case .apply, .unavailable:
            return nil
        }
    }
}
