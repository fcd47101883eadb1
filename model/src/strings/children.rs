//! The strings of a parent's children: adding them by age band, a starter for now for each,
//! and what the family talked about.

strings_area! {
    /// The children screen, and the suggestions on the parent screen.
    pub struct ChildrenStrings {
        /// The screen's title, and the link to it.
        title,
        /// Under the link: what the screen holds.
        link_detail,
        /// What the screen is for, and that nothing leaves the device.
        intro,
        /// When no child is added yet.
        none,
        /// The heading over the buttons that add a child.
        add_heading,
        /// A button adding a child of one age band; `{age}` is filled in.
        add,
        /// A child without a nickname; `{age}` is filled in.
        unnamed,
        /// The choice of a child's age band; `{name}` is filled in.
        age_label,
        /// The button removing a child; `{name}` is filled in.
        remove,
        /// The heading over the suggestions on the parent screen.
        for_now,
        /// The heading over one child's suggestion; `{name}` is filled in.
        for_child,
        /// Under a suggestion that fits the time of year; `{season}` is filled in.
        in_season,
        /// Under a suggestion after every starter for the age was talked about.
        all_talked,
        /// The button recording a talk with one child; `{name}` is filled in.
        talked_with,
        /// The heading over a child's talk history; `{name}` is filled in.
        history,
        /// When nothing was talked about with a child yet.
        history_none,
        /// The button undoing one talk; `{date}` is filled in.
        undo,
        /// The age filter's option that shows the children's own ages.
        their_ages,
    }
}
