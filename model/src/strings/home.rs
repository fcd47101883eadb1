//! Home's strings.

strings_area! {
    /// Home: the two doors, reporting, settings and about.
    pub struct HomeStrings {
        /// The door for a teen who needs help now.
        help_now,
        /// Under it: what it is for.
        help_now_detail,
        /// The door for parents and carers.
        parent,
        /// Under it: what it holds.
        parent_detail,
        /// The way to report.
        report,
        /// Under it: where reports go.
        report_detail,
        /// The link to settings.
        settings,
        /// The link to about.
        about,
        /// The title of the notice that saved progress had to start again.
        recovered,
        /// Its text: what happened, with no file name and no database's words.
        recovered_detail,
        /// The title of the notice that a downloaded update was damaged and set aside.
        update_refused,
        /// Its text: the built-in content is in use, and the update comes again.
        update_refused_detail,
    }
}
