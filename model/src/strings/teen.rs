//! The teen plan's strings; its advice is content (`content/teen.toml`).

strings_area! {
    /// The teen plan's screen.
    pub struct TeenStrings {
        /// The screen's title.
        title,
        /// The heading over the first few steps, the ones to do at once.
        now_heading,
        /// The heading over the rest of the steps.
        steps_heading,
        /// How many steps are done; `{done}` and `{total}` are filled in.
        progress,
        /// The button that unticks every step.
        reset,
        /// The title of the danger callout.
        danger_title,
        /// The link to more ways to get help.
        more_help,
        /// The one quiet line that leads to the sources; `{date}` is the reviewed date.
        sources_line,
        /// The title of the screen listing the sources of the teen advice.
        sources_title,
        /// Its first line: who the advice comes from.
        sources_intro,
    }
}
