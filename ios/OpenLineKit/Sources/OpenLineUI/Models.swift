import Foundation
import OpenLineCore

/// The app's state beyond what the core keeps: whether the core is open, and the navigation
/// stack. Everything on screen comes from the core.
@MainActor
public final class AppModel: ObservableObject {
    /// Opening the core, or why it could not be opened.
    public enum Phase {
        case opening
        case ready(ScreenSource)
        case failed(String)
    }

    @Published public private(set) var phase: Phase = .opening
    /// The screens above home; the `NavigationStack` binds to `stack.routes`.
    @Published public var stack = RouteStack()
    /// A message to show in an alert, such as a deep link to a page that doesn't exist.
    @Published public var alertMessage: String?
    /// Bumped when newer content is installed, so every visible screen reloads.
    @Published public private(set) var contentGeneration = 0
    /// After a quick exit: the app shows a blank screen until it is next in front.
    @Published public private(set) var hasLeft = false
    /// The content refresh started once the core is open, if any.
    public private(set) var contentRefresh: Task<Void, Never>?

    private let opener: @Sendable () async throws -> ScreenSource
    private var pendingRoute: String?
    private var opening = false

    /// - Parameter opener: how to open the core; tests pass a fake.
    public init(opener: @escaping @Sendable () async throws -> ScreenSource = { try await CoreService.open() }) {
        self.opener = opener
    }

    /// The open core, once there is one.
    public var source: ScreenSource? {
        if case .ready(let source) = phase {
            return source
        }
        return nil
    }

    /// Opens the core (off the main actor), then follows a deep link that arrived meanwhile.
    public func start() async {
        guard source == nil, !opening else { return }
        opening = true
        phase = .opening
        do {
            let source = try await opener()
            phase = .ready(source)
            contentRefresh = Task { await refreshContent(using: source) }
            Task { await source.scheduleReminders() }
        } catch {
            phase = .failed(ErrorText.message(for: error))
        }
        opening = false
        if let route = pendingRoute {
            pendingRoute = nil
            await open(route: route)
        }
    }

    /// Fetches newer content in the background (once per launch, and only when the build has an
    /// update address). Screens keep working meanwhile; after an update they all reload. A
    /// failure changes nothing and is not shown: the content in use still works.
    public func refreshContent(using source: ScreenSource) async {
        if let outcome = await source.refreshContent(), case .updated = outcome {
            contentGeneration += 1
        }
    }

    /// Handles `openline://<route>`, as the core reads it; other URLs are ignored.
    public func open(url: URL) async {
        guard let route = deepLinkRoute(link: url.absoluteString) else { return }
        await open(route: route)
    }

    /// Shows a route with the screens above it that "up" leads through, replacing the stack.
    public func open(route: String) async {
        guard let source else {
            pendingRoute = route
            return
        }
        do {
            let target = try await source.screen(route: route)
            var ancestors: [String] = []
            var seen: Set<String> = [target.route]
            var up = target.up
            while let next = up, next != RouteStack.home, ancestors.count < 8, seen.insert(next).inserted {
                ancestors.append(next)
                let parent = try await source.screen(route: next)
                up = parent.up
            }
            stack = RouteStack.forDeepLink(to: target.route, ancestors: ancestors)
        } catch {
            alertMessage = ErrorText.message(for: error)
        }
    }

    /// Opens a screen on top of the current one.
    public func push(_ route: String) {
        stack.push(route)
    }

    /// Shows a screen in place of the current one.
    public func replaceTop(with route: String) {
        stack.replaceTop(with: route)
    }

    /// Goes back one screen.
    public func pop() {
        stack.pop()
    }

    /// The quick exit: forgets the screens the user was on and shows a blank one instead, at
    /// once. (The view then opens the screen's `quickExit.url`; iOS doesn't let an app quit
    /// itself.)
    public func quickExit() {
        hasLeft = true
        stack = RouteStack()
        alertMessage = nil
    }

    /// The app is in front again: after a quick exit it starts afresh from home.
    public func becameActive() {
        hasLeft = false
    }
}

/// One screen: loads it from the core and keeps it up to date after events. Kept apart from
/// the view so that it can be tested with a fake core.
@MainActor
public final class ScreenModel: ObservableObject {
    /// The route this screen was opened with.
    public let route: String
    @Published public private(set) var screen: Screen?
    /// Why the screen could not be loaded, when there is nothing to show.
    @Published public private(set) var failure: String?
    /// Why an event could not be recorded; shown in an alert over the screen.
    @Published public var alertMessage: String?

    private let source: ScreenSource

    public init(route: String, source: ScreenSource) {
        self.route = route
        self.source = source
    }

    /// The route the screen is shown under: the core's canonical form once it has answered.
    public var shownRoute: String {
        screen?.route ?? route
    }

    /// The title for the navigation bar; empty until the screen has loaded.
    public var title: String {
        screen?.title ?? ""
    }

    /// Loads the screen, or reloads it when it appears again (after Back, say), so it shows
    /// what changed meanwhile.
    public func load() async {
        do {
            screen = try await source.screen(route: shownRoute)
            failure = nil
        } catch {
            if screen == nil {
                failure = ErrorText.message(for: error)
            }
        }
    }

    /// Sends an event from this screen to the core and shows the screen, updated.
    public func apply(_ event: Event) async {
        do {
            screen = try await source.apply(event: event, route: shownRoute)
            await source.scheduleReminders()
        } catch {
            alertMessage = ErrorText.message(for: error)
        }
    }
}
