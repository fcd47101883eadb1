//! The teen plan's strings; its advice is content (`content/teen.toml`).

strings_area! {
    /// The teen plan's screen.
    pub struct TeenStrings {
        /// The screen's title.
        title,
        /// The heading over the steps.
        steps_heading,
        /// How many steps are done; `{done}` and `{total}` are filled in.
        progress,
        /// The button that unticks every step.
        reset,
        /// The title of the danger callout.
        danger_title,
        /// The link to more ways to get help.
        more_help,
    }
}
