import Foundation

/// Deep links: `openline://<route>`, the same route strings the core, the CLI and the tests
/// use. The core reads them (`deepLinkRoute(link:)`); the shell only registers the scheme.
public enum DeepLink {
    /// The URL scheme registered in the app's Info.plist.
    public static let scheme = "openline"

    /// The deep link for a route.
    public static func url(for route: String) -> URL? {
        URL(string: scheme + "://" + route)
    }
}

/// The screens above home, as routes: the path of the `NavigationStack`. A value type, so the
/// rules are unit-tested without SwiftUI.
public struct RouteStack: Equatable {
    /// The root screen, always at the bottom of the stack.
    public static let home = "home"

    /// The routes above home, bottom first. The navigation stack binds to this.
    public var routes: [String]

    public init(_ routes: [String] = []) {
        self.routes = routes
    }

    /// The route on top: the screen being shown.
    public var top: String {
        routes.last ?? Self.home
    }

    /// Opens a screen on top. Home clears the stack; the screen already shown is not stacked
    /// twice.
    public mutating func push(_ route: String) {
        if route == Self.home {
            routes.removeAll()
        } else if route != top {
            routes.append(route)
        }
    }

    /// Shows a screen instead of the top one, such as the same list with another filter.
    public mutating func replaceTop(with route: String) {
        if route == Self.home {
            routes.removeAll()
        } else if routes.isEmpty {
            routes.append(route)
        } else {
            routes[routes.count - 1] = route
        }
    }

    /// Goes back one screen.
    public mutating func pop() {
        if !routes.isEmpty {
            routes.removeLast()
        }
    }

    /// The stack for a deep link: the screens "up" leads through, then the route itself, so
    /// Back works as if the user had walked there. `ancestors` is nearest first.
    public static func forDeepLink(to route: String, ancestors: [String]) -> RouteStack {
        var stack = RouteStack()
        for ancestor in ancestors.reversed() {
            stack.push(ancestor)
        }
        stack.push(route)
        return stack
    }
}

/// The device's locale as the core wants it: a BCP 47 tag.
public enum LocaleTag {
    /// `en_GB` becomes `en-GB`, `zh-Hans_HK` becomes `zh-Hans-HK`, keywords such as
    /// `@calendar=gregorian` are dropped, and an empty identifier becomes `en`.
    public static func bcp47(_ identifier: String) -> String {
        let base = identifier.split(separator: "@", maxSplits: 1).first.map(String.init) ?? ""
        let tag = base.replacingOccurrences(of: "_", with: "-")
        return tag.isEmpty ? "en" : tag
    }
}
