//! `screen()` on any string: a route it renders parses to the screen's own route, and any
//! other string is an unknown route whose message is fit to show.

#![no_main]

use libfuzzer_sys::fuzz_target;
use openline_core::{OpenLine, OpenLineError};
use openline_fuzz::{assert_fit_to_show, open_in, scratch};
use openline_model::route::Route;
use std::sync::{Arc, LazyLock};

static CORE: LazyLock<(tempfile::TempDir, Arc<OpenLine>)> = LazyLock::new(|| {
    let dir = scratch();
    let core = open_in(&dir);
    (dir, core)
});

fuzz_target!(|input: String| {
    match CORE.1.screen(input.clone()) {
        Ok(screen) => {
            let route = Route::parse(&input).expect("what renders parses");
            assert_eq!(screen.route, route.to_string());
        }
        Err(OpenLineError::UnknownRoute(message)) => assert_fit_to_show(&message),
        Err(other) => panic!("a route can only be unknown, not {other:?}"),
    }
});
