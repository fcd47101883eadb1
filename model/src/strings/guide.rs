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
