//! The strings of the guides for parents; their advice is content (`content/parent.toml`).

strings_area! {
    /// How to respond if a child tells you something.
    pub struct DisclosureStrings {
        /// The screen's title.
        title,
        /// What matters first.
        intro,
        /// The heading over the helplines.
        next,
        /// The title of the callout on self-harm, shown first.
        self_harm_title,
        /// The heading over what to do in the first minutes.
        first_minutes,
        /// The heading over what not to do.
        dont,
        /// The heading over the next steps.
        next_steps,
    }
}

strings_area! {
    /// Signs that something may be wrong.
    pub struct SignsStrings {
        /// The screen's title.
        title,
        /// What the signs do and don't mean.
        intro,
    }
}
