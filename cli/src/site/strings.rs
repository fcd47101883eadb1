//! Words the site needs that the core does not give yet. Each one is a stand-in, in English
//! only, until the core offers the string under the key named beside it; then take it from
//! the core and delete it here.

/// The quick-exit control on teen pages. Core key wanted: `site.quick_exit`.
pub const QUICK_EXIT: &str = "Leave this site quickly";

/// The heading of the page shown for an address that has no page. Core key wanted:
/// `site.not_found`.
pub const NOT_FOUND: &str = "This page doesn't exist";
