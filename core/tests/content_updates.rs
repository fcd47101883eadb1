//! Signed content updates against a real HTTP server on loopback: the happy path, and every
//! way a server or network can fail, each leaving the installed content exactly as it was.

mod support;

use openline_core::{Config, Limits, OpenLine, RefreshOutcome, SignedManifest};
use std::time::{Duration, Instant};
use support::Reply;
use support::publish::{
    MARK, Publisher, assert_fails_unchanged, intro_title, open, quick, refresh, setup,
};

#[test]
fn a_newer_signed_pack_installs_shows_and_survives_a_reopen() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let embedded = core.content_version();
    assert!(!intro_title(&core).contains(MARK));
    publisher.publish(&server, embedded + 1, Some("\"v2\""));
    assert_eq!(
        refresh(&core, quick()),
        RefreshOutcome::Updated {
            version: embedded + 1
        }
    );
    assert_eq!(intro_title(&core), format!("{MARK} {}", embedded + 1));
    drop(core);
    let reopened = open(dir.path(), &server, &publisher);
    assert_eq!(reopened.content_version(), embedded + 1);
    assert!(intro_title(&reopened).contains(MARK));
}

#[test]
fn content_installed_by_one_instance_shows_in_another() {
    let (server, publisher, dir) = setup();
    let worker = open(dir.path(), &server, &publisher);
    let app = open(dir.path(), &server, &publisher);
    let version = app.content_version() + 1;
    assert!(!intro_title(&app).contains(MARK));
    publisher.publish(&server, version, None);
    assert_eq!(
        refresh(&worker, quick()),
        RefreshOutcome::Updated { version }
    );
    assert_eq!(app.content_version(), version);
    assert_eq!(intro_title(&app), format!("{MARK} {version}"));
    assert_eq!(
        refresh(&app, quick()),
        RefreshOutcome::UpToDate,
        "the app does not download what the worker installed"
    );
}

#[test]
fn a_second_check_sends_the_etag_and_a_304_is_up_to_date() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let version = core.content_version() + 1;
    publisher.publish(&server, version, Some("\"etag-1\""));
    assert_eq!(refresh(&core, quick()), RefreshOutcome::Updated { version });
    assert_eq!(refresh(&core, quick()), RefreshOutcome::UpToDate);
    let manifests: Vec<_> = server
        .seen()
        .into_iter()
        .filter(|s| s.path == "/manifest.json")
        .collect();
    assert_eq!(manifests.len(), 2);
    assert_eq!(
        manifests[1]
            .headers
            .get("if-none-match")
            .map(String::as_str),
        Some("\"etag-1\"")
    );
    let packs = server
        .seen()
        .into_iter()
        .filter(|s| s.path.starts_with("/pack-"))
        .count();
    assert_eq!(packs, 1, "a 304 fetches no pack");
    assert_eq!(core.content_version(), version);
}

#[test]
fn requests_carry_no_cookies_and_a_fixed_user_agent() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    publisher.publish(&server, core.content_version() + 1, None);
    refresh(&core, quick());
    refresh(&core, quick());
    let seen = server.seen();
    assert!(seen.len() >= 3);
    for request in seen {
        assert_eq!(
            request.headers.get("user-agent").map(String::as_str),
            Some("OpenLine/0.1.0")
        );
        assert!(
            !request.headers.contains_key("cookie"),
            "the server's cookie is never sent back"
        );
        assert!(!request.headers.contains_key("referer"));
    }
}

#[test]
fn server_errors_and_missing_files_fail_cleanly() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    server.reply("/manifest.json", Reply::Status(404));
    assert_fails_unchanged(&core, quick(), "404");
    server.reply("/manifest.json", Reply::Status(500));
    assert_fails_unchanged(&core, quick(), "500");
    // The manifest is fine but its pack is missing.
    publisher.publish(&server, core.content_version() + 1, None);
    server.reply(
        &format!("/pack-{}.json", core.content_version() + 1),
        Reply::Status(404),
    );
    assert_fails_unchanged(&core, quick(), "404");
}

#[test]
fn a_refused_connection_fails_cleanly() {
    let publisher = Publisher::new();
    let dir = tempfile::tempdir().expect("dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("binds")
        .local_addr()
        .expect("addr")
        .port();
    let core = OpenLine::open(Config {
        update_url: Some(format!("http://127.0.0.1:{port}")),
        extra_trusted_keys: vec![publisher.public.clone()],
        ..Config::new(dir.path().to_string_lossy(), "en-GB")
    })
    .expect("opens");
    assert_fails_unchanged(&core, quick(), "could not be reached");
}

#[test]
fn a_stalled_server_times_out_within_its_limit() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    server.reply("/manifest.json", Reply::Stall);
    let limits = Limits {
        request: Duration::from_millis(800),
        ..quick()
    };
    let started = Instant::now();
    assert_fails_unchanged(&core, limits, "too long");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn truncated_and_oversized_bodies_are_refused() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let version = core.content_version() + 1;
    publisher.publish(&server, version, None);
    let pack = Publisher::pack(version).into_bytes();
    let path = format!("/pack-{version}.json");

    let half = pack[..pack.len() / 2].to_vec();
    server.reply(
        &path,
        Reply::Truncated {
            bytes: half.clone(),
            declared: pack.len(),
        },
    );
    assert_fails_unchanged(&core, quick(), "broke off");
    server.reply(&path, Reply::Unsized(half));
    assert_fails_unchanged(&core, quick(), "bytes");

    // More bytes than the manifest promised: endless data is cut off at the promised size.
    let mut longer = pack.clone();
    longer.extend_from_slice(&[b' '; 4096]);
    server.reply(&path, Reply::Unsized(longer));
    assert_fails_unchanged(&core, quick(), "larger than");

    // A manifest larger than the cap, and a pack whose promised size is over the cap.
    server.reply("/manifest.json", Reply::Unsized(vec![b' '; 200_000]));
    assert_fails_unchanged(&core, quick(), "larger than");
    let mut manifest = Publisher::manifest(version, &String::from_utf8(pack).expect("utf8"));
    manifest.pack_size = 100 * 1024 * 1024;
    server.body("/manifest.json", publisher.sign(&manifest));
    assert_fails_unchanged(&core, quick(), "larger than");
}

#[test]
fn tampered_and_untrusted_packs_are_refused() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let version = core.content_version() + 1;
    let pack = Publisher::pack(version);
    let manifest = Publisher::manifest(version, &pack);
    let path = format!("/pack-{version}.json");

    // Same size, one letter changed: the hash catches it.
    let tampered = pack.replacen(MARK, &MARK.to_uppercase(), 1);
    server.body(&path, tampered.into_bytes());
    server.body("/manifest.json", publisher.sign(&manifest));
    assert_fails_unchanged(&core, quick(), "SHA-256");

    // A signature that doesn't match the manifest's bytes.
    server.body(&path, pack.clone().into_bytes());
    let mut signed: SignedManifest =
        serde_json::from_slice(&publisher.sign(&manifest)).expect("parses");
    let flipped = if signed.signatures[0].sig.starts_with('0') {
        "1"
    } else {
        "0"
    };
    signed.signatures[0].sig.replace_range(0..1, flipped);
    server.body(
        "/manifest.json",
        signed.to_json().expect("json").into_bytes(),
    );
    assert_fails_unchanged(&core, quick(), "trusted key");

    // A valid signature by a key the core does not trust.
    let stranger = Publisher::new();
    server.body("/manifest.json", stranger.sign(&manifest));
    assert_fails_unchanged(&core, quick(), "trusted key");
}

#[test]
fn rollback_freeze_and_newer_core_requirements_are_refused() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let newer = core.content_version() + 5;
    publisher.publish(&server, newer, None);
    assert_eq!(
        refresh(&core, quick()),
        RefreshOutcome::Updated { version: newer }
    );

    publisher.publish(&server, newer - 2, None);
    assert_fails_unchanged(&core, quick(), "older than the installed");

    let pack = Publisher::pack(newer + 1);
    server.reply(
        &format!("/pack-{}.json", newer + 1),
        Reply::Body {
            bytes: pack.clone().into_bytes(),
            etag: None,
        },
    );
    let mut expired = Publisher::manifest(newer + 1, &pack);
    expired.expires_at = expired.created_at - 1;
    server.body("/manifest.json", publisher.sign(&expired));
    assert_fails_unchanged(&core, quick(), "expired");

    let mut future_core = Publisher::manifest(newer + 1, &pack);
    future_core.min_core_version = "99.0.0".into();
    server.body("/manifest.json", publisher.sign(&future_core));
    assert_fails_unchanged(&core, quick(), "99.0.0");
}

#[test]
fn invalid_json_is_refused() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    server.body("/manifest.json", b"{ not json".to_vec());
    assert_fails_unchanged(&core, quick(), "not valid");

    // A correctly signed manifest for a pack that is not content.
    let version = core.content_version() + 1;
    let junk = "{\"version\": 2, \"hello\": true}".to_owned();
    let manifest = Publisher::manifest(version, &junk);
    server.body(&format!("/pack-{version}.json"), junk.into_bytes());
    server.body("/manifest.json", publisher.sign(&manifest));
    assert_fails_unchanged(&core, quick(), "not valid content");
}

#[test]
fn without_an_address_refresh_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    let core = OpenLine::open(Config::new(dir.path().to_string_lossy(), "en-GB")).expect("opens");
    assert_fails_unchanged(&core, quick(), "No update address is set.");
}

#[test]
fn a_damaged_installed_pack_falls_back_to_the_embedded_content() {
    let (server, publisher, dir) = setup();
    let core = open(dir.path(), &server, &publisher);
    let embedded = core.content_version();
    publisher.publish(&server, embedded + 1, None);
    assert_eq!(
        refresh(&core, quick()),
        RefreshOutcome::Updated {
            version: embedded + 1
        }
    );
    drop(core);
    let db = rusqlite::Connection::open(dir.path().join(openline_core::DB_FILE)).expect("opens db");
    db.execute(
        "UPDATE content_pack SET pack = '{\"broken\":' WHERE slot = 1",
        [],
    )
    .expect("damages");
    drop(db);
    let reopened = open(dir.path(), &server, &publisher);
    assert_eq!(reopened.content_version(), embedded);
    assert!(!intro_title(&reopened).contains(MARK));
}
