import SwiftUI
import UIKit
import OpenLineCore

/// The whole app: opens the core, then shows a `NavigationStack` of the core's screens, with
/// home at the root. Deep links (`openline://<route>`) replace the stack.
@MainActor
public struct RootView: View {
    @StateObject private var app: AppModel
    @Environment(\.scenePhase) private var scenePhase

    public init() {
        _app = StateObject(wrappedValue: AppModel())
    }

    /// For previews and tests: a model with its own way of opening the core.
    public init(model: AppModel) {
        _app = StateObject(wrappedValue: model)
    }

    public var body: some View {
        content
            .environmentObject(app)
            // Whenever the app isn't in front (the app switcher, Control Centre, a call), a
            // blank cover: its snapshot in the app switcher shows nothing to read.
            .overlay {
                if scenePhase != .active {
                    NeutralScreen()
                }
            }
            .task { await app.start() }
            .onOpenURL { (url: URL) in
                Task { await app.open(url: url) }
            }
            .onChange(of: scenePhase) { (phase: ScenePhase) in
                if phase == .active {
                    app.becameActive()
                }
            }
            .alert("OpenLine", isPresented: isAlertShown) {
                Button("OK", role: .cancel) {}
            } message: {
                Text(app.alertMessage ?? ErrorText.fallback)
            }
    }

    @ViewBuilder private var content: some View {
        if app.hasLeft {
            NeutralScreen()
        } else {
            phaseContent
        }
    }

    @ViewBuilder private var phaseContent: some View {
        switch app.phase {
        case .opening:
            LoadingView()
        case .failed(let message):
            FailureView(message: message, retry: { Task { await app.start() } }, back: nil)
        case .ready(let source):
            NavigationStack(path: $app.stack.routes) {
                ScreenHost(route: RouteStack.home, source: source)
                    .navigationDestination(for: String.self) { (route: String) in
                        ScreenHost(route: route, source: source)
                    }
            }
        }
    }

    private var isAlertShown: Binding<Bool> {
        Binding(
            get: { app.alertMessage != nil },
            set: { shown in
                if !shown {
                    app.alertMessage = nil
                }
            }
        )
    }
}

/// One screen of the stack: asks the core for it, renders its blocks and carries out its
/// actions.
@MainActor
struct ScreenHost: View {
    @StateObject private var model: ScreenModel
    @EnvironmentObject private var app: AppModel
    @Environment(\.openURL) private var openURL
    @State private var copied = false

    init(route: String, source: ScreenSource) {
        _model = StateObject(wrappedValue: ScreenModel(route: route, source: source))
    }

    var body: some View {
        content
            .navigationTitle(model.title)
            .navigationBarTitleDisplayMode(.inline)
            // Runs each time the screen appears (again after Back) and when content changes.
            .task(id: app.contentGeneration) { await model.load() }
            .alert("OpenLine", isPresented: isAlertShown) {
                Button("OK", role: .cancel) {}
            } message: {
                Text(model.alertMessage ?? ErrorText.fallback)
            }
            .overlay(alignment: .bottom) {
                if copied {
                    CopiedNotice()
                        .transition(.opacity)
                }
            }
            .toolbar {
                ToolbarItem(placement: .primaryAction) {
                    if let exit = model.screen?.quickExit {
                        QuickExitButton(words: exit.label) { leave(to: exit) }
                    }
                }
            }
    }

    @ViewBuilder private var content: some View {
        if let screen = model.screen {
            ScreenContent(screen: screen, perform: perform)
        } else if let failure = model.failure {
            FailureView(
                message: failure,
                retry: { Task { await model.load() } },
                back: app.stack.routes.isEmpty ? nil : { app.pop() }
            )
        } else {
            LoadingView()
        }
    }

    /// Carries out an action. `ActionMapping.effect(of:)` decides what each kind means.
    private func perform(_ action: Action) {
        switch ActionMapping.effect(of: action) {
        case .navigate(let route, let replace):
            if replace {
                app.replaceTop(with: route)
            } else {
                app.push(route)
            }
        case .openURL(let url):
            openURL(url)
        case .copy(let text):
            UIPasteboard.general.string = text
            showCopied()
        case .share:
            // Share buttons are `ShareLink`s (see `ActionButton`); nothing to do on tap.
            break
        case .apply(let event):
            Task { await model.apply(event) }
        case .unavailable:
            break
        }
    }

    /// The quick exit: the app goes blank at once, then the core's neutral page opens in the
    /// browser.
    private func leave(to exit: QuickExit) {
        app.quickExit()
        if let page = ActionMapping.webURL(exit.url) {
            openURL(page)
        }
    }

    private func showCopied() {
        UIAccessibility.post(notification: .announcement, argument: String(localized: "Copied"))
        withAnimation { copied = true }
        Task {
            try? await Task.sleep(nanoseconds: 2_000_000_000)
            withAnimation { copied = false }
        }
    }

    private var isAlertShown: Binding<Bool> {
        Binding(
            get: { model.alertMessage != nil },
            set: { shown in
                if !shown {
                    model.alertMessage = nil
                }
            }
        )
    }
}

/// A screen's blocks, top to bottom, under its title.
struct ScreenContent: View {
    let screen: Screen
    let perform: PerformAction

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 20) {
                Text(screen.title)
                    .font(.largeTitle.bold())
                    .fixedSize(horizontal: false, vertical: true)
                    .accessibilityAddTraits(.isHeader)
                ForEach(Array(screen.blocks.enumerated()), id: \.offset) { (entry: (offset: Int, element: Block)) in
                    BlockView(block: entry.element, perform: perform)
                }
            }
            .padding(.horizontal, 20)
            .padding(.vertical, 16)
            .frame(maxWidth: .infinity, alignment: .leading)
            .environment(\.screenRoute, screen.route)
            .environment(\.sourcesTitle, screen.sourcesTitle)
        }
        .background(Color(uiColor: .systemBackground))
    }
}

/// The control that leaves at once, in the core's words, on screens a teen may need to hide
/// quickly. VoiceOver reads the same words.
struct QuickExitButton: View {
    let words: String
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            Text(words)
                .font(.body.weight(.semibold))
                .frame(minWidth: 44, minHeight: 44)
                .contentShape(Rectangle())
        }
        .accessibilityLabel(Text(words))
    }
}

/// Nothing at all, in the system background colour: no title, no words, no OpenLine. Shown
/// after the quick exit, and over the app whenever it isn't in front.
struct NeutralScreen: View {
    var body: some View {
        Color(uiColor: .systemBackground)
            .ignoresSafeArea()
            .accessibilityHidden(true)
    }
}

/// While the core opens or a screen loads; in practice a blink, as content is on the device.
struct LoadingView: View {
    var body: some View {
        ProgressView()
            .controlSize(.large)
            .frame(maxWidth: .infinity, maxHeight: .infinity)
            .accessibilityLabel(Text("Loading"))
    }
}

/// When the core can't be opened or a screen can't be shown.
struct FailureView: View {
    let message: String
    let retry: () -> Void
    let back: (() -> Void)?

    var body: some View {
        VStack(spacing: 16) {
            Image(systemName: "exclamationmark.triangle")
                .font(.largeTitle)
                .foregroundStyle(.secondary)
                .accessibilityHidden(true)
            Text(message)
                .font(.body)
                .multilineTextAlignment(.center)
                .fixedSize(horizontal: false, vertical: true)
            Button(action: retry) {
                Text("Try again")
                    .frame(minWidth: 44, minHeight: 44)
            }
            .buttonStyle(.borderedProminent)
            if let back {
                Button(action: back) {
                    Text("Back")
                        .frame(minWidth: 44, minHeight: 44)
                }
                .buttonStyle(.bordered)
            }
        }
        .padding(24)
        .frame(maxWidth: .infinity, maxHeight: .infinity)
    }
}

/// A short confirmation after copying; VoiceOver hears it as an announcement.
struct CopiedNotice: View {
    var body: some View {
        Text("Copied")
            .font(.callout.weight(.semibold))
            .padding(.horizontal, 16)
            .padding(.vertical, 10)
            .background(Capsule().fill(Color(uiColor: .secondarySystemBackground)))
            .padding(.bottom, 24)
            .accessibilityHidden(true)
    }
}
