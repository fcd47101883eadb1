//! Tests for the interface strings, kept beside them in their own file.

use super::*;

fn strings() -> Strings {
    crate::authored_pack().strings.clone()
}

#[test]
fn each_string_is_visited_under_the_key_it_is_read_from() {
    let mut strings = strings();
    let json = serde_json::to_value(&strings).expect("strings serialize");
    let mut visited = 0;
    strings.visit_mut(|area, key, text| {
        assert_eq!(
            json[area][key].as_str(),
            Some(text.as_str()),
            "{area}.{key}"
        );
        visited += 1;
    });
    let read: usize = Strings::AREAS
        .iter()
        .map(|area| json[area].as_object().map_or(0, |table| table.len()))
        .sum();
    assert_eq!(visited, read, "every string read is visited, and no other");
}

#[test]
fn every_area_has_a_file_and_every_file_an_area() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/strings");
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .expect("content/strings exists")
        .map(|entry| {
            let name = entry.expect("an entry").file_name();
            name.to_string_lossy().trim_end_matches(".toml").to_owned()
        })
        .collect();
    files.sort();
    let mut areas: Vec<String> = Strings::AREAS.iter().map(|area| area.to_string()).collect();
    areas.sort();
    assert_eq!(files, areas);
}

#[test]
fn an_area_refuses_a_missing_or_unknown_string() {
    let missing = toml::from_str::<AppStrings>("name = \"OpenLine\"\n");
    let err = missing.expect_err("quick_exit is required");
    assert!(err.to_string().contains("quick_exit"), "{err}");
    let unknown = "name = \"OpenLine\"\nquick_exit = \"Go\"\nquik_exit = \"Go\"\n";
    let err = toml::from_str::<AppStrings>(unknown).expect_err("a misspelt key is refused");
    assert!(err.to_string().contains("quik_exit"), "{err}");
}

#[test]
fn keys_that_are_not_names_are_read_as_written() {
    let ages = "\"8-10\" = \"a\"\n\"11-13\" = \"b\"\n\"14-17\" = \"c\"\n";
    let ages: AgeStrings = toml::from_str(ages).expect("ages read");
    assert_eq!(ages.label(crate::pack::AgeBand::Age11To13), "b");
}

#[test]
fn placeholders_are_filled_in() {
    assert_eq!(
        fill(
            "Text {body} to {number}",
            &[("body", "TALK"), ("number", "686868")]
        ),
        "Text TALK to 686868"
    );
    assert_eq!(fill("No {gap}", &[("other", "x")]), "No {gap}");
}
