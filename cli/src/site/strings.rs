//! The site's own words, as a shell's error fallback: the page for an address that has no
//! page is the server's, not the core's.

/// The heading of the page shown for an address that has no page.
pub const NOT_FOUND: &str = "This page doesn't exist";
