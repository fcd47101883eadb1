//! The interface strings, typed: one struct per area (`app`, `home`, `teen`, ...), one field per
//! string. A string the code reads must be in the content, and the content may hold no other,
//! so a missing or misspelt key fails the build. Each area is authored in
//! `content/strings/<area>.toml`; a string's translation key is `<area>.<field>`.
//!
//! `strings_area!` declares an area and [`Strings`] lists them; the field names are the only
//! place a string's key is written.

/// Declares the strings of one area: a struct with one `String` field per string, read from
/// its TOML file with unknown keys refused. A field's key is its name, or the literal after
/// `=` (for keys such as `8-10` that can't be names).
macro_rules! strings_area {
    (
        $(#[$meta:meta])*
        pub struct $area:ident {
            $( $(#[$field_meta:meta])* $field:ident $(= $key:literal)? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $area {
            $(
                $(#[$field_meta])*
                $(#[serde(rename = $key)])?
                pub $field: String,
            )*
        }

        impl $area {
            /// Each string of the area with its key, for translations and their checks.
            pub fn visit_mut(&mut self, mut visit: impl FnMut(&'static str, &mut String)) {
                $( visit(strings_key!($field $(= $key)?), &mut self.$field); )*
            }
        }
    };
}

/// The key of a field in `strings_area!`: the literal given, else the field's name.
macro_rules! strings_key {
    ($field:ident = $key:literal) => {
        $key
    };
    ($field:ident) => {
        stringify!($field)
    };
}

mod about;
mod children;
mod guide;
mod home;
mod parent;
mod reminders;
mod report;
mod settings;
mod teen;

pub use about::AboutStrings;
pub use children::ChildrenStrings;
pub use guide::{DisclosureStrings, SignsStrings};
pub use home::HomeStrings;
pub use parent::{AgeStrings, MomentStrings, ParentStrings, StarterStrings};
pub use reminders::RemindersStrings;
pub use report::{ChannelStrings, PlatformStrings, ReportStrings};
pub use settings::SettingsStrings;
pub use teen::TeenStrings;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Declares [`Strings`] from its areas, with the list of area names and a visitor over all.
macro_rules! strings {
    ( $( $(#[$meta:meta])* $area:ident: $ty:ty ),* $(,)? ) => {
        /// Every interface string, by area.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Strings {
            $( $(#[$meta])* pub $area: $ty, )*
        }

        impl Strings {
            /// The areas, each the name of its file under `content/strings/`.
            pub const AREAS: &'static [&'static str] = &[$(stringify!($area)),*];

            /// Reads every area with `reader`.
            pub fn read<R: ReadArea>(reader: &mut R) -> Result<Strings, R::Error> {
                Ok(Strings {
                    $( $area: reader.read(stringify!($area))?, )*
                })
            }

            /// Each string with its area and key: `("teen", "title", text)`.
            pub fn visit_mut(&mut self, mut visit: impl FnMut(&'static str, &'static str, &mut String)) {
                $( self.$area.visit_mut(|key, text| visit(stringify!($area), key, text)); )*
            }
        }
    };
}

strings! {
    /// The app's name and the quick exit.
    app: AppStrings,
    /// The list of sources under every screen.
    sources: SourcesStrings,
    /// Home.
    home: HomeStrings,
    /// The teen plan.
    teen: TeenStrings,
    /// The report hub and its buttons.
    report: ReportStrings,
    /// A platform's screen.
    platform: PlatformStrings,
    /// The conversation starters for parents.
    parent: ParentStrings,
    /// A starter's card.
    starter: StarterStrings,
    /// The parent's children, their suggestions and talk history.
    children: ChildrenStrings,
    /// Gentle reminders to talk, and their words.
    reminders: RemindersStrings,
    /// The disclosure guide.
    disclosure: DisclosureStrings,
    /// The warning signs.
    signs: SignsStrings,
    /// Settings.
    settings: SettingsStrings,
    /// About.
    about: AboutStrings,
    /// The names of the age bands.
    age: AgeStrings,
    /// The names of the moments.
    moment: MomentStrings,
    /// The names of the kinds of channel.
    channel: ChannelStrings,
}

/// Reads one area's strings, as [`Strings::read`] asks for them.
pub trait ReadArea {
    /// Why an area can't be read.
    type Error;

    /// The strings of `area`, such as `teen`.
    fn read<T: DeserializeOwned>(&mut self, area: &'static str) -> Result<T, Self::Error>;
}

strings_area! {
    /// Words the whole app shares.
    pub struct AppStrings {
        /// The app's name: home's title.
        name,
        /// The words of the control that leaves a screen at once.
        quick_exit,
    }
}

strings_area! {
    /// The list of sources under a screen.
    pub struct SourcesStrings {
        /// The list's heading.
        title,
        /// When the facts were checked; `{date}` is filled in.
        reviewed,
        /// A source that is a copy on another site; `{citation}` is filled in.
        copy,
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
#[path = "strings_tests.rs"]
mod tests;
