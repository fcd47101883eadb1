//! Update servers that try to get around the rules, damaged installs, and updates that take
//! away what the user chose: each is caught, says why in words fit to show, and loses nothing.

mod support;

use openline_core::Block;
use openline_core::Clock;
use openline_core::RefreshOutcome;
use openline_core::{Event, OpenLine};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use support::publish::{Publisher, assert_fails_unchanged, config, open, quick, refresh, setup};
use support::{Reply, Server};

/// Fails unless a refresh reason is fit to show as it is.
fn assert_fit_to_show(reason: &str) {
    assert!(reason.chars().count() <= 300, "short: {reason:?}");
    assert!(
        !reason.chars().any(char::is_control),
        "no control characters: {reason:?}"
    );
    for word in ["sqlite", "SQL", "database is locked", "/tmp"] {
        assert!(!reason.contains(word), "no {word:?}: {reason:?}");
    }
}

#[test]
fn a_redirect_to_plain_http_elsewhere_is_refused() {
    let (server, publisher, dir) = setup();
    // 127.0.0.2 is on this machine, but it is not an address the loopback rule allows.
    let elsewhere = Server::start_on("127.0.0.2");
    let core = open(dir.path(), &server, &publisher);
    let version = core.content_version() + 1;
    publisher.publish(&elsewhere, version, None);
    let target = format!("{}/manifest.json", elsewhere.base);
    server.reply("/manifest.json", Reply::Redirect(target));
    let reason = assert_fails_unchanged(&core, quick(), "redirect");
    assert_fit_to_show(&reason);
    assert!(elsewhere.seen().is_empty(), "the redirect was not followed");
}

#[test]
fn a_redirect_within_the_allowed_addresses_is_followed() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let version = core.content_version() + 1;
    publisher.publish(&server, version, None);
    let moved = server.seen().len();
    let manifest = server.take("/manifest.json");
    server.reply("/moved/manifest.json", manifest);
    let target = format!("{}/moved/manifest.json", server.base);
    server.reply("/manifest.json", Reply::Redirect(target));
    assert_eq!(refresh(&core, quick()), RefreshOutcome::Updated { version });
    assert!(
        server.seen()[moved..]
            .iter()
            .any(|seen| seen.path == "/moved/manifest.json")
    );
}

#[test]
fn a_server_that_answers_304_for_ever_cannot_outlast_the_manifest() {
    let (server, publisher, dir) = setup();
    let start = Clock::system().unix_seconds();
    let time = Arc::new(AtomicI64::new(start));
    let now = time.clone();
    let clock = Clock::from_fn(move || now.load(Ordering::SeqCst));
    let core =
        OpenLine::open_with_clock(config(dir.path(), &server, &publisher), clock).expect("opens");
    let version = core.content_version() + 1;
    let pack = Publisher::pack(version);
    let manifest = Publisher::manifest(version, &pack);
    // Time moves past this manifest's own expiry, however long the steps before took.
    let expired = i64::try_from(manifest.expires_at).expect("fits") + 1;
    publisher.publish_pack(&server, &pack, manifest.clone(), Some("\"e1\""));
    assert_eq!(refresh(&core, quick()), RefreshOutcome::Updated { version });
    assert_eq!(refresh(&core, quick()), RefreshOutcome::UpToDate, "a 304");

    // A second after the manifest expires, the server is stuck.
    time.store(expired, Ordering::SeqCst);
    server.reply("/manifest.json", Reply::Status(304));
    let reason = assert_fails_unchanged(&core, quick(), "304");
    let last = server.seen().pop().expect("a request");
    assert_eq!(
        last.headers.get("if-none-match"),
        None,
        "an expired manifest's ETag is not sent"
    );
    assert_fit_to_show(&reason);

    // A server that answers honestly sends the stale manifest itself: expired.
    publisher.publish_pack(&server, &pack, manifest, Some("\"e1\""));
    assert_fails_unchanged(&core, quick(), "expired");
}

fn damage_installed_pack(dir: &std::path::Path) {
    let db = rusqlite::Connection::open(dir.join(openline_core::DB_FILE)).expect("opens db");
    db.execute(
        "UPDATE content_pack SET pack = '{\"broken\":' WHERE slot = 1",
        [],
    )
    .expect("damages");
}

#[test]
fn a_damaged_installed_pack_is_downloaded_again() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let embedded = core.content_version();
    publisher.publish(&server, embedded + 1, Some("\"e1\""));
    assert_eq!(
        refresh(&core, quick()),
        RefreshOutcome::Updated {
            version: embedded + 1
        }
    );
    drop(core);
    damage_installed_pack(dir.path());
    let reopened = open(dir.path(), &server, &publisher);
    assert_eq!(
        reopened.content_version(),
        embedded,
        "falls back to the built-in content"
    );
    assert_eq!(
        home_notice(&reopened).as_deref(),
        Some("Using the built-in advice"),
        "home says so"
    );
    // The server still answers 304 to the old ETag; the core must not send it.
    assert_eq!(
        refresh(&reopened, quick()),
        RefreshOutcome::Updated {
            version: embedded + 1
        }
    );
    assert_eq!(reopened.content_version(), embedded + 1);
    assert_eq!(
        home_notice(&reopened),
        None,
        "and stops saying so once it is back"
    );
}

/// The title of the callout at the top of home, if there is one.
fn home_notice(core: &OpenLine) -> Option<String> {
    match core.screen("home".into()).expect("renders").blocks.first() {
        Some(Block::Callout { title, .. }) => Some(title.clone()),
        _ => None,
    }
}

#[test]
fn a_content_version_too_large_to_store_is_refused_when_verified() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    for version in [1u64 << 63, u64::MAX] {
        publisher.publish(&server, version, None);
        let reason = assert_fails_unchanged(&core, quick(), "too large");
        assert_fit_to_show(&reason);
        assert!(
            !reason.contains("saved data"),
            "not a storage failure: {reason}"
        );
        assert!(
            server
                .seen()
                .iter()
                .all(|seen| !seen.path.starts_with(&format!("/pack-{version}"))),
            "refused before the pack is downloaded"
        );
    }
}

#[test]
fn a_minimum_app_version_that_is_not_a_version_is_named_as_such() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let version = core.content_version() + 1;
    let pack = Publisher::pack(version);
    let mut manifest = Publisher::manifest(version, &pack);
    manifest.min_core_version = "latest".into();
    publisher.publish_pack(&server, &pack, manifest, None);
    let reason = assert_fails_unchanged(&core, quick(), "version");
    assert!(!reason.contains("OpenLine latest"), "{reason}");
    assert!(reason.contains("\"latest\""), "quoted as it came: {reason}");
    assert_fit_to_show(&reason);
}

#[test]
fn what_a_hostile_server_sends_is_never_shown_raw() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let hostile_key = format!("evil\nfield\u{0}{}", "x".repeat(400));
    let envelope = serde_json::json!({ "manifest": "{}", "signatures": [], hostile_key: 1 });
    server.body("/manifest.json", envelope.to_string().into_bytes());
    assert_fit_to_show(&assert_fails_unchanged(&core, quick(), "not valid"));

    // A correctly signed pack whose content names a region with hostile text.
    let version = core.content_version() + 1;
    let mut content = Publisher::content(version);
    content.regions[0].code = format!("Z\u{0}\n{}", "Z".repeat(400));
    let pack = serde_json::to_string(&content).expect("serialises");
    publisher.publish_pack(&server, &pack, Publisher::manifest(version, &pack), None);
    assert_fit_to_show(&assert_fails_unchanged(&core, quick(), "not valid content"));
}

#[test]
fn an_update_that_cannot_be_saved_says_so_in_plain_words() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    publisher.publish(&server, core.content_version() + 1, None);
    let lock = support::ExclusiveLock::take(dir.path());
    let reason = assert_fails_unchanged(&core, quick(), "could not be saved");
    drop(lock);
    assert_fit_to_show(&reason);
}

fn card_state(core: &OpenLine, id: &str) -> (bool, Option<String>) {
    let screen = core.screen(format!("starter/{id}")).expect("renders");
    screen
        .blocks
        .into_iter()
        .find_map(|block| match block {
            Block::Cards { mut items } => items.pop().map(|card| (card.saved, card.talked_on)),
            _ => None,
        })
        .expect("a card")
}

fn emergency_numbers(core: &OpenLine) -> String {
    serde_json::to_string(&core.screen("report".into()).expect("renders")).expect("serialises")
}

#[test]
fn an_update_that_drops_the_chosen_region_and_a_saved_starter() {
    let (server, publisher, dir) = setup();
    let core = OpenLine::open(openline_core::Config {
        region: None,
        ..support::publish::config(dir.path(), &server, &publisher)
    })
    .expect("opens");
    let starter = "young-new-device-friends".to_owned();
    core.apply(Event::SetRegion { code: "NZ".into() }, "settings".into())
        .expect("chooses New Zealand");
    let route = format!("starter/{starter}");
    core.apply(
        Event::SaveStarter {
            id: starter.clone(),
        },
        route.clone(),
    )
    .expect("saves");
    core.apply(
        Event::MarkTalked {
            id: starter.clone(),
        },
        route,
    )
    .expect("marks");

    let version = core.content_version() + 1;
    let mut without = Publisher::content(version);
    without.regions.retain(|region| region.code != "NZ");
    without.parent.starters.retain(|s| s.id != starter);
    let keys: std::collections::HashSet<String> = openline_model::keys::texts(&without)
        .into_iter()
        .map(|text| text.key)
        .collect();
    for translation in without.translations.values_mut() {
        translation.text.retain(|key, _| keys.contains(key));
    }
    let pack = serde_json::to_string(&without).expect("serialises");
    publisher.publish_pack(&server, &pack, Publisher::manifest(version, &pack), None);
    assert_eq!(refresh(&core, quick()), RefreshOutcome::Updated { version });

    // The region falls back the same way everywhere: to the locale's region.
    assert_eq!(core.region(), "GB");
    assert!(emergency_numbers(&core).contains("\"number\":\"999\""));
    let settings = serde_json::to_string(&core.screen("settings".into()).expect("renders"))
        .expect("serialises");
    assert!(
        settings.contains("\"label\":\"United Kingdom\",\"selected\":true"),
        "{settings}"
    );

    // What no longer exists can still be cleared.
    for event in [
        Event::UnsaveStarter {
            id: starter.clone(),
        },
        Event::UnmarkTalked {
            id: starter.clone(),
        },
    ] {
        core.apply(event.clone(), "parent/saved".into())
            .unwrap_or_else(|err| panic!("{event:?}: {err}"));
    }
    // A starter that never existed still can't be saved.
    assert!(
        core.apply(
            Event::SaveStarter {
                id: starter.clone()
            },
            "parent".into()
        )
        .is_err()
    );

    // When the starter comes back, it is as the user left it: cleared.
    publisher.publish(&server, version + 1, None);
    assert_eq!(
        refresh(&core, quick()),
        RefreshOutcome::Updated {
            version: version + 1
        }
    );
    assert_eq!(card_state(&core, &starter), (false, None));
    assert_eq!(core.region(), "NZ", "the saved choice applies again");
}
