import Foundation
import OpenLineCore

/// What the shell asks of the core. `CoreService` is the real one; tests use a fake.
public protocol ScreenSource: Sendable {
    /// The screen for a route such as `teen` or `report/instagram`.
    func screen(route: String) async throws -> Screen
    /// Records an event from the screen at `route`, then returns that screen, updated. A bad
    /// route or event changes nothing.
    func apply(event: Event, route: String) async throws -> Screen
    /// Fetches newer signed content and switches to it; nil when this build has no update
    /// address, in which case nothing touches the network.
    func refreshContent() async -> RefreshOutcome?
    /// Schedules the core's next reminder to talk as a local notification, or cancels the one
    /// scheduled while reminders are off. Called after every event and once at start.
    func scheduleReminders() async
}

extension ScreenSource {
    /// A source without a phone to remind schedules nothing.
    public func scheduleReminders() async {}
}

/// The core, called off the main actor.
///
/// The core is thread-safe (it holds its own lock), so any thread may call it. These are
/// `async` functions of a non-isolated type, so they run on Swift's global executor, never on
/// the main actor: a slow disk can't freeze the interface.
public struct CoreService: ScreenSource {
    let core: OpenLine
    let updateURL: String?

    public init(core: OpenLine, updateURL: String?) {
        self.core = core
        self.updateURL = updateURL
    }

    /// Opens the core with its database in Application Support, the device's locale and its
    /// time zone.
    ///
    /// The locale only matters the first time: after that the core uses the region and
    /// language saved in its Settings screen. No region is forced, so the core picks it from
    /// the locale. The time zone gives the family's own date to what the core records.
    public static func open(
        locale: Locale = .current,
        timeZone: TimeZone = .current,
        updateURL: String? = UpdateAddress.configured
    ) async throws -> CoreService {
        let tag = LocaleTag.bcp47(locale.identifier)
        let offset = utcOffsetMinutes(timeZone)
        return try await Task.detached(priority: .userInitiated) {
            let directory = try DataDirectory.prepare()
            let config = Config(
                dataDir: directory.path,
                locale: tag,
                region: nil,
                updateUrl: updateURL,
                utcOffsetMinutes: offset
            )
            return CoreService(core: try OpenLine.open(config: config), updateURL: updateURL)
        }.value
    }

    /// The time zone's offset from UTC now, in minutes (330 in India, -300 in New York in
    /// winter), as the core's `Config` wants it.
    public static func utcOffsetMinutes(_ timeZone: TimeZone) -> Int32 {
        Int32(timeZone.secondsFromGMT() / 60)
    }

    public func screen(route: String) async throws -> Screen {
        try core.screen(route: route)
    }

    public func apply(event: Event, route: String) async throws -> Screen {
        try core.apply(event: event, route: route)
    }

    public func refreshContent() async -> RefreshOutcome? {
        guard updateURL != nil else { return nil }
        return await core.refreshContent()
    }

    public func scheduleReminders() async {
        // A failure leaves the last schedule in place; the screens don't depend on it.
        guard let next = try? core.nextReminder() else { return }
        await ReminderScheduler.schedule(next)
    }
}

/// Where signed content packs are published: the `OpenLineUpdateURL` Info.plist key, which
/// project.yml fills from the `OPENLINE_UPDATE_URL` build setting. Empty, the default, means
/// the app never checks for updates and makes no network request at all.
public enum UpdateAddress {
    public static var configured: String? {
        let value = Bundle.main.object(forInfoDictionaryKey: "OpenLineUpdateURL") as? String
        let address = value?.trimmingCharacters(in: .whitespaces) ?? ""
        return address.isEmpty ? nil : address
    }
}

/// Where the core keeps the user's progress.
public enum DataDirectory {
    /// `Application Support/OpenLine`: created with complete file protection (unreadable while
    /// the device is locked) and excluded from iCloud and computer backups.
    public static func prepare(fileManager: FileManager = .default) throws -> URL {
        let support = try fileManager.url(
            for: .applicationSupportDirectory,
            in: .userDomainMask,
            appropriateFor: nil,
            create: true
        )
        var directory = support.appendingPathComponent("OpenLine", isDirectory: true)
        let protection: [FileAttributeKey: Any] = [.protectionKey: FileProtectionType.complete]
        try fileManager.createDirectory(
            at: directory,
            withIntermediateDirectories: true,
            attributes: protection
        )
        // New files inherit the folder's class; protect what an earlier launch created too.
        // These can't fail in practice; if one did, opening the app still matters more (the
        // app-wide data-protection entitlement covers the files anyway).
        try? fileManager.setAttributes(protection, ofItemAtPath: directory.path)
        let files = (try? fileManager.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        for file in files {
            try? fileManager.setAttributes(protection, ofItemAtPath: file.path)
        }
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try? directory.setResourceValues(values)
        return directory
    }
}

/// Words for an error, to show as they are.
public enum ErrorText {
    /// The core's own message for its errors; the shell's fallback for anything else.
    public static func message(for error: Error) -> String {
        if let error = error as? OpenLineError {
            return message(of: error)
        }
        return fallback
    }

    /// The message the core wrote. (`localizedDescription` of the generated error type is a
    /// debug description, not these words.)
    public static func message(of error: OpenLineError) -> String {
        switch error {
        case .UnknownRoute(let message):
            return message
        case .InvalidInput(let message):
            return message
        case .Storage(let message):
            return message
        case .Content(let message):
            return message
        }
    }

    /// The shell's only error text, from its String Catalog.
    public static var fallback: String {
        String(localized: "Something went wrong. Please try again.")
    }
}
