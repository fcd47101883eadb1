//! The route grammar: any string either fails to parse or gives a route that prints and
//! parses back to itself, whose "up" does too; a deep link that names a route comes back in
//! its canonical form.

#![no_main]

use libfuzzer_sys::fuzz_target;
use openline_model::route::{Route, deep_link_route};

fuzz_target!(|input: &str| {
    if let Ok(route) = Route::parse(input) {
        let printed = route.to_string();
        assert_eq!(Route::parse(&printed).as_ref(), Ok(&route), "{printed:?}");
        if let Some(up) = route.up() {
            assert_eq!(Route::parse(&up.to_string()), Ok(up));
        }
    }
    if let Some(linked) = deep_link_route(input)
        && let Ok(route) = Route::parse(&linked)
    {
        assert_eq!(
            route.to_string(),
            linked,
            "a deep link's route is canonical"
        );
    }
});
