import SwiftUI
import OpenLineUI

/// The app: one window showing the core's screens. Everything else lives in OpenLineKit.
@main
struct OpenLineApp: App {
    var body: some Scene {
        WindowGroup {
            RootView()
        }
    }
}
