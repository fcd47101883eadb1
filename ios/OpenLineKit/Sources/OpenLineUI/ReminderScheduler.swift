import Foundation
import UserNotifications
import OpenLineCore

/// Gentle reminders to talk, as the core plans them: one pending local notification at a
/// time, replaced whenever the core's answer may have changed. The words and the moment are
/// the core's; nothing here decides when or what.
public enum ReminderScheduler {
    /// The one pending request's identifier: scheduling again replaces it.
    static let identifier = "org.openline.reminder"

    /// Replaces the pending reminder with `reminder`; nil, while reminders are off, removes
    /// it. Permission is asked here, so only once the parent has turned reminders on and there
    /// is one to show; iOS asks the person once and remembers the answer.
    public static func schedule(
        _ reminder: Reminder?,
        center: UNUserNotificationCenter = .current()
    ) async {
        center.removePendingNotificationRequests(withIdentifiers: [identifier])
        guard let reminder else { return }
        let granted = (try? await center.requestAuthorization(options: [.alert, .sound])) ?? false
        guard granted else { return }
        let content = UNMutableNotificationContent()
        content.title = reminder.title
        content.body = reminder.body
        content.userInfo = ["route": reminder.route]
        let delay = TimeInterval(reminder.atUnixSeconds) - Date().timeIntervalSince1970
        let trigger = UNTimeIntervalNotificationTrigger(timeInterval: max(delay, 1), repeats: false)
        let request = UNNotificationRequest(identifier: identifier, content: content, trigger: trigger)
        try? await center.add(request)
    }
}
