//! `apply()` on a real store in a temporary folder, opened by two instances at once: taps a
//! user could make (every event any screen offers) mixed with any event from any route. Each
//! event is recorded or refused with a message fit to show, and whatever the first instance
//! shows after recording it, the second shows too.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use openline_core::{Action, Event, OpenLine, OpenLineError};
use openline_fuzz::{assert_fit_to_show, open_in, scratch};
use std::sync::{Arc, LazyLock};

struct Shared {
    _dir: tempfile::TempDir,
    first: Arc<OpenLine>,
    second: Arc<OpenLine>,
    /// Every event a screen offers, with the route of that screen.
    taps: Vec<(Event, String)>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let dir = scratch();
    let first = open_in(&dir);
    let second = open_in(&dir);
    let mut taps = Vec::new();
    for route in first.routes() {
        let screen = first
            .screen(route.clone())
            .expect("every listed route renders");
        for action in screen.actions() {
            if let Action::Apply { event } = action {
                taps.push((event, route.clone()));
            }
        }
    }
    assert!(!taps.is_empty(), "screens offer events");
    Shared {
        _dir: dir,
        first,
        second,
        taps,
    }
});

#[derive(Arbitrary, Debug)]
enum Step {
    /// One of the events the screens offer, from its own screen.
    Tap(u16),
    /// Any event, from any route.
    Anything { event: Event, route: String },
}

fuzz_target!(|steps: Vec<Step>| {
    let shared = &*SHARED;
    for step in steps.into_iter().take(16) {
        let (event, route) = match step {
            Step::Tap(n) => shared.taps[usize::from(n) % shared.taps.len()].clone(),
            Step::Anything { event, route } => (event, route),
        };
        match shared.first.apply(event, route.clone()) {
            Ok(screen) => {
                let seen = shared
                    .second
                    .screen(route)
                    .expect("the other instance renders the route");
                assert_eq!(seen, screen, "both instances show what was recorded");
            }
            Err(OpenLineError::UnknownRoute(message) | OpenLineError::InvalidInput(message)) => {
                assert_fit_to_show(&message);
            }
            Err(other) => panic!("recording failed: {other:?}"),
        }
    }
});
