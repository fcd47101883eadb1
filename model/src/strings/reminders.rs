//! The strings of gentle reminders: the settings screen, and the discreet words a reminder
//! shows on a phone.

strings_area! {
    /// The reminders screen, and what a reminder says.
    pub struct RemindersStrings {
        /// The screen's title, and the link to it.
        title,
        /// Under the link: reminders are off unless turned on.
        link_detail,
        /// What reminders are for, and that their words give nothing away.
        intro,
        /// The choice of how often.
        every_label,
        /// The option that turns a reminder off.
        off,
        /// Every 2 weeks.
        every_2,
        /// Every 4 weeks.
        every_4,
        /// Every 8 weeks.
        every_8,
        /// The choice of a reminder before each holiday season.
        holidays_label,
        /// The choice of a reminder after a child gets a new device.
        device_label,
        /// The option that turns a reminder on.
        on,
        /// The heading over the children whose new device can be marked.
        device_heading,
        /// When no child is added, so no device can be marked.
        device_none,
        /// The button marking a new device today; `{name}` is filled in.
        device_mark,
        /// The button undoing that mark; `{name}` and `{date}` are filled in.
        device_undo,
        /// When the next reminder is due; `{date}` is filled in.
        next,
        /// When every reminder is off.
        none,
        /// When only new-device reminders are on and no device is marked.
        waiting,
        /// The name of the phone's notification channel for reminders.
        channel,
        /// A reminder's title, the same for every kind.
        reminder_title,
        /// The words of a regular reminder.
        regular_body,
        /// The words of a reminder before the holidays.
        holidays_body,
        /// The words of a reminder after a new device.
        device_body,
    }
}
