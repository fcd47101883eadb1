//! Two instances on one data folder, as a notification worker, a widget or a second process
//! would open it: neither loses what the other recorded, each sees the other's changes, and a
//! writer stuck behind another process's lock never freezes a screen.

mod support;

use openline_core::{Block, Card, StepItem};
use openline_core::{Config, Event, OpenLine};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

fn open(dir: &std::path::Path) -> Arc<OpenLine> {
    OpenLine::open(Config::new(dir.to_string_lossy(), "en-GB")).expect("opens")
}

fn steps(core: &OpenLine) -> Vec<StepItem> {
    let teen = core.screen("teen".into()).expect("renders");
    teen.blocks
        .into_iter()
        .find_map(|block| match block {
            Block::Steps { items } => Some(items),
            _ => None,
        })
        .expect("the teen screen has steps")
}

fn done(core: &OpenLine) -> Vec<String> {
    steps(core)
        .into_iter()
        .filter(|step| step.done)
        .map(|step| step.id)
        .collect()
}

fn card(core: &OpenLine, id: &str) -> Card {
    let screen = core.screen(format!("starter/{id}")).expect("renders");
    screen
        .blocks
        .into_iter()
        .find_map(|block| match block {
            Block::Cards { mut items } => items.pop(),
            _ => None,
        })
        .expect("the starter screen has its card")
}

const STARTER: &str = "young-new-device-friends";

#[test]
fn a_save_and_a_talked_mark_from_two_instances_are_both_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = open(dir.path());
    let second = open(dir.path());
    let route = format!("starter/{STARTER}");
    // Both have rendered the card before either writes, as two open screens would.
    assert!(!card(&first, STARTER).saved);
    assert!(!card(&second, STARTER).saved);
    first
        .apply(Event::SaveStarter { id: STARTER.into() }, route.clone())
        .expect("saves");
    second
        .apply(Event::MarkTalked { id: STARTER.into() }, route)
        .expect("marks");
    let fresh = card(&open(dir.path()), STARTER);
    assert!(fresh.saved, "the first instance's save is kept");
    assert!(
        fresh.talked_on.is_some(),
        "the second instance's mark is kept"
    );
}

#[test]
fn each_instance_shows_the_others_ticks_and_resets() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = open(dir.path());
    let second = open(dir.path());
    let ids: Vec<String> = steps(&first).into_iter().map(|step| step.id).collect();
    assert!(done(&second).is_empty());
    first
        .apply(Event::TickStep { id: ids[0].clone() }, "teen".into())
        .expect("ticks");
    first
        .apply(Event::TickStep { id: ids[1].clone() }, "teen".into())
        .expect("ticks");
    assert_eq!(done(&second), vec![ids[0].clone(), ids[1].clone()]);
    second
        .apply(Event::ResetSteps, "teen".into())
        .expect("resets");
    assert!(
        done(&first).is_empty(),
        "the reset shows in the first instance"
    );
    second
        .apply(Event::TickStep { id: ids[2].clone() }, "teen".into())
        .expect("ticks");
    assert_eq!(done(&first), vec![ids[2].clone()]);
}

#[test]
fn a_region_chosen_in_one_instance_shows_in_the_other() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = open(dir.path());
    let second = open(dir.path());
    assert_eq!(first.region(), "GB");
    second
        .apply(Event::SetRegion { code: "NZ".into() }, "settings".into())
        .expect("sets region");
    assert_eq!(first.region(), "NZ");
    let report = serde_json::to_string(&first.screen("report".into()).expect("renders"))
        .expect("serialises");
    assert!(report.contains("\"number\":\"111\""), "New Zealand's 111");
}

#[test]
fn screens_render_while_a_write_waits_behind_another_process() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path());
    let id = steps(&core)[0].id.clone();
    let lock = support::ExclusiveLock::take(dir.path());
    let applied = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            let result = core.apply(Event::TickStep { id: id.clone() }, "teen".into());
            applied.store(true, Ordering::SeqCst);
            result
        });
        // Let the write reach SQLite's busy wait.
        std::thread::sleep(Duration::from_millis(300));
        for route in ["home", "teen", "report", "parent"] {
            core.screen(route.into()).expect("renders");
        }
        assert!(
            !applied.load(Ordering::SeqCst),
            "every screen rendered while the write was still waiting"
        );
        drop(lock);
        writer
            .join()
            .expect("joins")
            .expect("the write goes through once the lock is gone");
    });
    assert_eq!(done(&core), vec![id]);
}
