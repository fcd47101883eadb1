//! About's strings.

strings_area! {
    /// Versions, privacy, reviewed dates and sources.
    pub struct AboutStrings {
        /// The screen's title.
        title,
        /// The app's version; `{version}` is filled in.
        app_version,
        /// The content's version; `{version}` is filled in.
        content_version,
        /// The heading over the reviewed dates.
        reviewed_heading,
        /// What a reviewed date means, in plain words.
        reviewed_intro,
        /// One region's or platform's date; `{name}` and `{date}` are filled in.
        reviewed_item,
        /// The heading over every source.
        sources_heading,
        /// What the app does not collect.
        privacy,
        /// The heading over the translation's status.
        translation_heading,
    }
}
