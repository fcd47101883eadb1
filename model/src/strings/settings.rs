//! Settings' strings.

strings_area! {
    /// Region and language.
    pub struct SettingsStrings {
        /// The screen's title.
        title,
        /// The heading of the region choice.
        region,
        /// The heading of the language choice.
        language,
    }
}
