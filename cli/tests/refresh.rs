//! The publishing tools and `openline refresh`, end to end: keygen, build, sign, verify,
//! serve on loopback, refresh, and a refresh killed part-way through.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn openline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openline"))
        .args(args)
        .output()
        .expect("runs openline")
}

fn ok(output: &Output) -> String {
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    text
}

/// Publishes content version `version` into `folder`, signed; returns the public key.
fn publish(work: &Path, folder: &Path, version: u64) -> String {
    let key = work.join("release.key");
    let public = if key.exists() {
        std::fs::read_to_string(work.join("release.pub")).expect("reads")
    } else {
        let out = ok(&openline(&[
            "content",
            "keygen",
            key.to_str().expect("utf8"),
        ]));
        let public = out
            .lines()
            .last()
            .expect("prints the key")
            .trim()
            .to_owned();
        std::fs::write(work.join("release.pub"), &public).expect("writes");
        public
    };
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
    let folder_arg = folder.to_str().expect("utf8");
    ok(&openline(&[
        "content",
        "build",
        "--dir",
        content,
        "--out",
        folder_arg,
        "--version",
        &version.to_string(),
    ]));
    ok(&openline(&[
        "content",
        "sign",
        "--key",
        key.to_str().expect("utf8"),
        folder_arg,
    ]));
    public
}

/// Serves `folder` over HTTP on loopback, optionally slowly, until the test process ends.
fn serve(folder: &Path, bytes_per_tick: Option<usize>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let folder = folder.to_path_buf();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let folder = folder.clone();
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut request = [0u8; 2048];
                let read = stream.read(&mut request).unwrap_or(0);
                let line = String::from_utf8_lossy(&request[..read]).into_owned();
                let path = line
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or("/")
                    .trim_start_matches('/')
                    .to_owned();
                let Ok(body) = std::fs::read(folder.join(&path)) else {
                    let _ =
                        stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                    return;
                };
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                match bytes_per_tick {
                    None => drop(stream.write_all(&body)),
                    Some(size) => {
                        for chunk in body.chunks(size) {
                            if stream.write_all(chunk).is_err() {
                                return;
                            }
                            std::thread::sleep(Duration::from_millis(1));
                        }
                    }
                }
            });
        }
    });
    base
}

fn content_version(data_dir: &Path) -> String {
    let out = ok(&openline(&[
        "show",
        "about",
        "--json",
        "--data-dir",
        data_dir.to_str().expect("utf8"),
    ]));
    let about: serde_json::Value = serde_json::from_str(&out).expect("json");
    about["blocks"][1]["text"]
        .as_str()
        .expect("content version line")
        .to_owned()
}

#[test]
fn a_published_folder_verifies_and_refreshes_a_phone() {
    let work = tempfile::tempdir().expect("dir");
    let folder = work.path().join("site");
    let public = publish(work.path(), &folder, 40);
    let verified = ok(&openline(&[
        "content",
        "verify",
        folder.to_str().expect("utf8"),
        "--trust-key",
        &public,
    ]));
    assert!(verified.starts_with("ok: content version 40"), "{verified}");

    let base = serve(&folder, None);
    let data = work.path().join("phone");
    let data_arg = data.to_str().expect("utf8");
    let updated = ok(&openline(&[
        "refresh",
        "--url",
        &base,
        "--trust-key",
        &public,
        "--data-dir",
        data_arg,
    ]));
    assert_eq!(updated.trim(), "updated: content version 40");
    assert_eq!(content_version(&data), "Content version 40");
    let again = ok(&openline(&[
        "refresh",
        "--url",
        &base,
        "--trust-key",
        &public,
        "--data-dir",
        data_arg,
    ]));
    assert_eq!(again.trim(), "up to date: content version 40");

    let untrusted = openline(&["refresh", "--url", &base, "--data-dir", data_arg]);
    assert!(
        !untrusted.status.success(),
        "a key the phone does not trust fails"
    );
    assert!(String::from_utf8_lossy(&untrusted.stderr).contains("not signed by a trusted key"));
}

#[test]
fn verify_refuses_a_tampered_pack() {
    let work = tempfile::tempdir().expect("dir");
    let folder = work.path().join("site");
    let public = publish(work.path(), &folder, 41);
    let pack = folder.join("pack-41.json");
    let text = std::fs::read_to_string(&pack)
        .expect("reads")
        .replacen("999", "998", 1);
    std::fs::write(&pack, text).expect("tampers");
    let output = openline(&[
        "content",
        "verify",
        folder.to_str().expect("utf8"),
        "--trust-key",
        &public,
    ]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("SHA-256"));
}

#[test]
fn a_refresh_killed_part_way_leaves_old_or_new_content_never_a_mix() {
    let work = tempfile::tempdir().expect("dir");
    let folder = work.path().join("site");
    let public = publish(work.path(), &folder, 42);
    let base = serve(&folder, Some(4096));
    let data = work.path().join("phone");
    let data_arg = data.to_str().expect("utf8");
    let before = content_version(&data);
    let mut outcomes = std::collections::BTreeSet::new();
    for delay_ms in (0..60).step_by(3) {
        let _ = std::fs::remove_dir_all(&data);
        let mut child = Command::new(env!("CARGO_BIN_EXE_openline"))
            .args([
                "refresh",
                "--url",
                &base,
                "--trust-key",
                &public,
                "--data-dir",
                data_arg,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts");
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let seen = content_version(&data);
        assert!(
            seen == before || seen == "Content version 42",
            "after a kill at {delay_ms} ms: {seen}"
        );
        let teen = ok(&openline(&["teen", "--data-dir", data_arg]));
        assert!(
            teen.contains("not in trouble"),
            "the screens still work after a kill at {delay_ms} ms"
        );
        outcomes.insert(seen);
    }
    eprintln!("content seen after kills: {outcomes:?}");
    assert!(
        outcomes.contains(&before),
        "some kills landed before the install"
    );
}
