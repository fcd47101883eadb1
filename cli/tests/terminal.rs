//! Runs the real `openline` binary the way a newcomer would.

use std::process::{Command, Output};

fn openline(data_dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openline"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .output()
        .expect("runs openline")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn teen_in_the_uk_shows_relief_steps_and_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = openline(dir.path(), &["teen", "--region", "GB"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let relief = text
        .find("not in trouble")
        .expect("says they are not in trouble");
    let first_step = text.find(" 1. [ ]").expect("numbered steps");
    assert!(relief < first_step, "relief comes before the rules");
    assert!(text.contains("tel:999"), "{text}");
    assert!(text.contains("tel:08001111"), "Childline");
    assert!(
        text.contains("https://www.ceop.police.uk/Safety-Centre/"),
        "CEOP"
    );
}

#[test]
fn json_keeps_navigate_routes_as_plain_strings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = openline(dir.path(), &["show", "report", "--region", "US", "--json"]);
    assert!(output.status.success());
    let screen: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(screen["route"], "report");
    let text = stdout(&output);
    assert!(text.contains("\"route\": \"report/instagram\""), "{text}");
    assert!(text.contains("\"number\": \"911\""));
}

#[test]
fn apply_persists_between_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ticked = openline(dir.path(), &["apply", "tick", "dont-pay"]);
    assert!(
        ticked.status.success(),
        "{}",
        String::from_utf8_lossy(&ticked.stderr)
    );
    let text = stdout(&openline(dir.path(), &["teen"]));
    assert!(text.contains(" 1. [x]"), "{text}");
    assert!(stdout(&openline(dir.path(), &["apply", "reset"])).contains(" 1. [ ]"));
}

#[test]
fn mistakes_get_one_line_and_a_failing_exit() {
    let dir = tempfile::tempdir().expect("temp dir");
    for args in [
        &["show", "nowhere"][..],
        &["teen", "--region", "ZZ"],
        &["report", "myspace"],
        &["apply", "tick", "nope"],
    ] {
        let output = openline(dir.path(), args);
        assert!(!output.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("openline: "), "{err}");
    }
    let unknown_flag = openline(dir.path(), &["teen", "--colour"]);
    assert!(!unknown_flag.status.success());
}

#[test]
fn content_check_counts_and_passes() {
    let output = Command::new(env!("CARGO_BIN_EXE_openline"))
        .args(["content", "check", "--dir"])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))
        .output()
        .expect("runs");
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert!(text.contains("facts without sources  0"), "{text}");
    assert!(text.contains("regions           9"), "{text}");
}
