//! Tests for `validate.rs`, kept beside it in their own file. The mistakes the checks of
//! sources and regions exist to catch are planted one by one in `validate/planted_tests.rs`.

use super::*;
use crate::formats::check_number;
use crate::pack::ChannelKind;
use crate::pack::{Channel, HelpPage, Platform, Source, StepAction, TextMessage, Translation};

/// A copy of the real content with its translations.
fn translated() -> Pack {
    crate::authored_pack().clone()
}

/// A copy of the real content to break one thing in, without its translations: they
/// would also report every key of content a test removes or renames.
fn pack() -> Pack {
    let mut pack = translated();
    pack.translations.clear();
    pack
}

/// The problems `pack` has that the real content does not.
fn new_problems(pack: &Pack, today: Option<Date>) -> Vec<Problem> {
    let baseline = validate(&translated(), today);
    validate(pack, today)
        .into_iter()
        .filter(|problem| !baseline.contains(problem))
        .collect()
}

fn new_errors(pack: &Pack) -> Vec<Problem> {
    new_problems(pack, None)
        .into_iter()
        .filter(|problem| problem.severity == Severity::Error)
        .collect()
}

/// Asserts that breaking the pack raised exactly one new error, at `place` about `item`,
/// whose message mentions `words`.
#[track_caller]
fn assert_one_error(pack: &Pack, place: Place, item: &str, words: &str) {
    let errors = new_errors(pack);
    assert_eq!(errors.len(), 1, "expected one new error, got {errors:#?}");
    assert_error_among(&errors, place, item, words);
}

#[track_caller]
fn assert_error_among(errors: &[Problem], place: Place, item: &str, words: &str) {
    assert!(
        errors
            .iter()
            .any(|problem| problem.severity == Severity::Error
                && problem.place == place
                && problem.item.as_deref() == Some(item)
                && problem.message.contains(words)),
        "no error at {place:?} for {item:?} mentioning {words:?} in {errors:#?}"
    );
}

fn region<'p>(pack: &'p mut Pack, code: &str) -> &'p mut Region {
    pack.regions
        .iter_mut()
        .find(|region| region.code == code)
        .expect("the real content has this region")
}

fn channel<'p>(pack: &'p mut Pack, id: &str) -> &'p mut Channel {
    pack.regions
        .iter_mut()
        .flat_map(|region| &mut region.channels)
        .find(|channel| channel.id == id)
        .expect("the real content has this channel")
}

fn step<'p>(pack: &'p mut Pack, id: &str) -> &'p mut crate::pack::TeenStep {
    pack.teen
        .steps
        .iter_mut()
        .find(|step| step.id == id)
        .expect("the real content has this step")
}

/// The id of the first step with an action of the given shape.
fn step_with_action(pack: &Pack, route: bool) -> String {
    pack.teen
        .steps
        .iter()
        .find(|step| {
            step.action
                .as_ref()
                .is_some_and(|action| action.route.is_some() == route)
        })
        .expect("the real content has such a step")
        .id
        .clone()
}

fn day(text: &str) -> Date {
    Date::parse(text).expect("a valid date")
}

// The real content

#[test]
fn the_real_content_has_no_errors_and_no_stale_dates_without_a_date() {
    let problems = validate(&translated(), None);
    let unexpected: Vec<_> = problems
        .iter()
        .filter(|problem| {
            problem.severity == Severity::Error
                || !(problem.place == Place::Teen
                    && problem.message.contains("channel to use in region"))
        })
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
}

#[test]
fn the_real_content_has_an_intl_region_and_only_valid_numbers() {
    let pack = pack();
    assert!(pack.regions.iter().any(|region| region.code == "INTL"));
    for region in &pack.regions {
        for channel in &region.channels {
            if let Some(number) = &channel.call {
                assert_eq!(check_number(region, number), Ok(()), "{}", channel.id);
            }
        }
    }
}

// Sources

#[test]
fn a_channel_without_sources_is_an_error() {
    let mut pack = pack();
    channel(&mut pack, "gb-childline").sources.clear();
    assert_one_error(
        &pack,
        Place::Region("GB".into()),
        "gb-childline",
        "cites no source",
    );
}

#[test]
fn an_unknown_source_id_is_an_error_wherever_it_is_cited() {
    let mut pack = pack();
    channel(&mut pack, "gb-childline")
        .sources
        .push("999".into());
    assert_one_error(
        &pack,
        Place::Region("GB".into()),
        "gb-childline",
        "unknown source \"999\"",
    );

    let mut pack = self::pack();
    pack.platforms[0].sources = vec!["nope".into()];
    let id = pack.platforms[0].id.clone();
    assert_one_error(&pack, Place::Platforms, &id, "unknown source \"nope\"");

    let mut pack = self::pack();
    step(&mut pack, "dont-pay").sources = vec!["nope".into()];
    assert_one_error(&pack, Place::Teen, "dont-pay", "unknown source");

    let mut pack = self::pack();
    pack.teen.intro_sources = vec!["nope".into()];
    assert_one_error(&pack, Place::Teen, "intro", "unknown source");

    let mut pack = self::pack();
    pack.parent.starters[0].sources = vec!["nope".into()];
    let id = pack.parent.starters[0].id.clone();
    assert_one_error(&pack, Place::Starters, &id, "unknown source");

    let mut pack = self::pack();
    pack.parent.tips[0].sources = vec!["nope".into()];
    let id = pack.parent.tips[0].id.clone();
    assert_one_error(&pack, Place::Parent, &id, "unknown source");
}

#[test]
fn removing_a_cited_source_breaks_every_fact_citing_it() {
    let mut pack = pack();
    pack.sources
        .retain(|source| source.id != "take-it-down-faq");
    let errors = new_errors(&pack);
    assert!(errors.len() > 1, "{errors:#?}");
    assert!(
        errors.iter().all(|problem| problem
            .message
            .contains("unknown source \"take-it-down-faq\"")),
        "{errors:#?}"
    );
    assert_error_among(
        &errors,
        Place::Region("GB".into()),
        "gb-take-it-down",
        "\"take-it-down-faq\"",
    );
}

#[test]
fn every_kind_of_fact_needs_a_source() {
    let mut pack = pack();
    pack.platforms[0].sources.clear();
    let id = pack.platforms[0].id.clone();
    assert_one_error(&pack, Place::Platforms, &id, "cites no source");

    let mut pack = self::pack();
    step(&mut pack, "dont-pay").sources.clear();
    assert_one_error(&pack, Place::Teen, "dont-pay", "cites no source");

    let mut pack = self::pack();
    pack.parent.disclosure[0].sources.clear();
    let id = pack.parent.disclosure[0].id.clone();
    assert_one_error(&pack, Place::Parent, &id, "cites no source");

    let mut pack = self::pack();
    pack.parent.starters[0].sources.clear();
    let id = pack.parent.starters[0].id.clone();
    assert_one_error(&pack, Place::Starters, &id, "cites no source");
}

#[test]
fn a_source_needs_a_citation() {
    let mut pack = pack();
    pack.sources[0].citation = " ".into();
    let id = pack.sources[0].id.clone();
    let errors = new_errors(&pack);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_error_among(&errors, Place::Sources, &id, "empty citation");
    assert_error_among(&errors, Place::Sources, &id, "names no page");
}

// Unique ids

#[test]
fn a_source_id_used_twice_is_an_error() {
    let mut pack = pack();
    pack.sources.push(Source {
        id: "2".into(),
        citation: "example.org/a-second-page".into(),
        secondary: true,
    });
    assert_one_error(&pack, Place::Sources, "2", "used twice");
}

#[test]
fn a_channel_id_used_twice_across_regions_is_an_error() {
    let mut pack = pack();
    let mut copy = channel(&mut pack, "gb-childline").clone();
    copy.kind = ChannelKind::TeenHelpline;
    region(&mut pack, "US").channels.push(copy);
    // The copy carries a GB number into the US, so only look at the id error.
    assert_error_among(
        &new_errors(&pack),
        Place::Region("US".into()),
        "gb-childline",
        "used twice",
    );

    let mut pack = self::pack();
    let copy = channel(&mut pack, "gb-999").clone();
    region(&mut pack, "GB").channels.push(copy);
    assert_one_error(
        &pack,
        Place::Region("GB".into()),
        "gb-999",
        "channel id \"gb-999\" is used twice",
    );
}

#[test]
fn a_platform_step_starter_or_advice_id_used_twice_is_an_error() {
    let mut pack = pack();
    let copy = pack.platforms[1].clone();
    pack.platforms.push(copy.clone());
    assert_one_error(&pack, Place::Platforms, &copy.id, "used twice");

    let mut pack = self::pack();
    let mut copy = pack.teen.steps[0].clone();
    // Only the id repeats: a "now" step at the end would be a second error.
    copy.now = false;
    pack.teen.steps.push(copy.clone());
    assert_one_error(&pack, Place::Teen, &copy.id, "used twice");

    let mut pack = self::pack();
    let copy = pack.parent.starters[0].clone();
    pack.parent.starters.push(copy.clone());
    assert_one_error(&pack, Place::Starters, &copy.id, "used twice");

    // Advice ids share one namespace across disclosure, warning signs and tips.
    let mut pack = self::pack();
    let mut copy = pack.parent.disclosure[0].clone();
    // A tip has no disclosure group; keep the copy a valid tip but for its id.
    copy.group = None;
    pack.parent.tips.push(copy.clone());
    assert_one_error(&pack, Place::Parent, &copy.id, "used twice");
}

#[test]
fn a_region_defined_twice_or_with_a_bad_code_is_an_error() {
    let mut pack = pack();
    let mut copy = region(&mut pack, "GB").clone();
    copy.channels.clear();
    pack.regions.push(copy);
    let errors = new_errors(&pack);
    assert_error_among(&errors, Place::Region("GB".into()), "GB", "defined twice");

    for code in ["gb", "GBR", "G1", ""] {
        let mut pack = self::pack();
        region(&mut pack, "GB").code = code.into();
        let errors = new_errors(&pack);
        assert_error_among(
            &errors,
            Place::Region(code.into()),
            code,
            "is not a region code",
        );
    }
}

#[test]
fn ids_must_be_slugs() {
    let mut pack = pack();
    step(&mut pack, "dont-pay").id = "Dont pay".into();
    assert_one_error(&pack, Place::Teen, "Dont pay", "only a-z, 0-9 and -");

    let mut pack = self::pack();
    channel(&mut pack, "gb-999").id = "gb_999".into();
    assert_one_error(
        &pack,
        Place::Region("GB".into()),
        "gb_999",
        "only a-z, 0-9 and -",
    );
}

// Addresses

#[test]
fn a_channel_or_help_page_address_must_be_plain_https() {
    for url in [
        "http://www.ceop.police.uk/Safety-Centre/",
        "https://www.ceop.police.uk/Safety Centre/",
        "https://www.ceop.police.uk/\"",
        "javascript:alert(1)",
    ] {
        let mut pack = pack();
        channel(&mut pack, "gb-ceop").web = Some(url.into());
        assert_one_error(
            &pack,
            Place::Region("GB".into()),
            "gb-ceop",
            "not a plain https address",
        );

        let mut pack = self::pack();
        pack.platforms[0].help[0].url = url.into();
        let id = pack.platforms[0].id.clone();
        assert_one_error(&pack, Place::Platforms, &id, "not a plain https address");
    }
}

#[test]
fn a_channel_needs_a_number_a_text_line_or_an_address() {
    let mut pack = pack();
    let childline = channel(&mut pack, "gb-childline");
    childline.call = None;
    childline.text = None;
    childline.web = None;
    assert_one_error(
        &pack,
        Place::Region("GB".into()),
        "gb-childline",
        "no number, text line or address",
    );
}

// Numbers

#[test]
fn a_bad_call_number_is_an_error_for_its_channel() {
    for number in ["0800 CHILD", "+1 800 843 5678", "0800 111", "0800+1111"] {
        let mut pack = pack();
        channel(&mut pack, "gb-childline").call = Some(number.into());
        assert_one_error(&pack, Place::Region("GB".into()), "gb-childline", number);
    }
}

#[test]
fn a_text_line_takes_short_codes_and_valid_numbers() {
    for number in ["85258", "741741", "+44 7700 900123", "07700 900123"] {
        let mut pack = pack();
        channel(&mut pack, "gb-childline").text = Some(TextMessage {
            number: number.into(),
            body: "SHOUT".into(),
            language: None,
        });
        assert_eq!(new_errors(&pack), Vec::new(), "{number}");
    }
    for number in ["SHOUT", "12", "1234567", "+1 555 0100", "85 2+58"] {
        let mut pack = pack();
        channel(&mut pack, "gb-childline").text = Some(TextMessage {
            number: number.into(),
            body: "SHOUT".into(),
            language: None,
        });
        assert_one_error(
            &pack,
            Place::Region("GB".into()),
            "gb-childline",
            "text number",
        );
    }
    let mut pack = pack();
    channel(&mut pack, "gb-childline").text = Some(TextMessage {
        number: "85258".into(),
        body: " ".into(),
        language: None,
    });
    assert_one_error(
        &pack,
        Place::Region("GB".into()),
        "gb-childline",
        "empty text body",
    );
}

// Reviewed dates

#[test]
fn a_malformed_reviewed_date_is_an_error_with_or_without_today() {
    for reviewed in ["29/11/2026", "2026-02-30", "2026-1-1", "", "soon"] {
        let mut pack = pack();
        region(&mut pack, "GB").reviewed = reviewed.into();
        assert_one_error(&pack, Place::Region("GB".into()), "GB", "not YYYY-MM-DD");
        let with_today = new_problems(&pack, Some(day("2026-01-01")));
        assert_error_among(&with_today, Place::Region("GB".into()), "GB", "YYYY-MM-DD");

        let mut pack = self::pack();
        pack.platforms[0].reviewed = reviewed.into();
        let id = pack.platforms[0].id.clone();
        assert_one_error(&pack, Place::Platforms, &id, "not YYYY-MM-DD");
    }
}

#[test]
fn a_review_older_than_twelve_months_is_a_warning_only_when_today_is_given() {
    let mut pack = pack();
    region(&mut pack, "GB").reviewed = "2025-01-01".into();
    let platform = pack.platforms[0].id.clone();
    pack.platforms[0].reviewed = "2025-01-01".into();

    // A year and a day later: stale, but only a warning.
    let stale = new_problems(&pack, Some(day("2026-01-02")));
    assert_eq!(stale.len(), 2, "{stale:#?}");
    for (place, item) in [
        (Place::Region("GB".into()), "GB"),
        (Place::Platforms, &*platform),
    ] {
        assert!(
            stale
                .iter()
                .any(|problem| problem.severity == Severity::Warning
                    && problem.place == place
                    && problem.item.as_deref() == Some(item)
                    && problem.message.contains("2025-01-01")),
            "{stale:#?}"
        );
    }

    // Exactly a year later: still fresh.
    assert_eq!(new_problems(&pack, Some(day("2026-01-01"))), Vec::new());
    // No date given (the build): never stale.
    assert_eq!(new_problems(&pack, None), Vec::new());
    region(&mut pack, "GB").reviewed = "1990-01-01".into();
    assert_eq!(new_problems(&pack, None), Vec::new());
}

// Regions

#[test]
fn a_region_needs_every_kind_of_channel() {
    let needs: [(&[ChannelKind], &str); 3] = [
        (&[ChannelKind::Emergency], "lacks an emergency number"),
        (
            &[ChannelKind::Police, ChannelKind::Exploitation],
            "lacks a police or national reporting channel",
        ),
        (
            &[ChannelKind::TeenHelpline],
            "lacks a helpline for young people",
        ),
    ];
    for (kinds, words) in needs {
        let mut pack = pack();
        region(&mut pack, "GB")
            .channels
            .retain(|channel| !kinds.contains(&channel.kind));
        let errors = new_errors(&pack);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert_error_among(&errors, Place::Region("GB".into()), "GB", words);
    }
    // Without its take-down services, a region also misses the fallback's.
    let mut pack = pack();
    region(&mut pack, "GB")
        .channels
        .retain(|channel| channel.kind != ChannelKind::Takedown);
    let errors = new_errors(&pack);
    assert_error_among(
        &errors,
        Place::Region("GB".into()),
        "GB",
        "lacks a take-down service",
    );
    assert_error_among(
        &errors,
        Place::Region("GB".into()),
        "GB",
        "does not offer https://takeitdown",
    );
}

#[test]
fn a_police_line_is_enough_without_a_national_hotline_and_the_fallback_needs_no_helpline() {
    let mut pack = pack();
    region(&mut pack, "GB")
        .channels
        .retain(|channel| channel.kind != ChannelKind::Exploitation);
    assert_eq!(new_errors(&pack), Vec::new());
    assert!(
        region(&mut pack, "INTL")
            .channels
            .iter()
            .all(|channel| channel.kind != ChannelKind::TeenHelpline)
    );
}

#[test]
fn the_pack_needs_an_intl_region() {
    let mut pack = pack();
    pack.regions.retain(|region| region.code != "INTL");
    assert_eq!(
        new_errors(&pack),
        vec![Problem {
            severity: Severity::Error,
            place: Place::Pack,
            item: None,
            message: "there is no INTL fallback region".into(),
        }]
    );
}

// Teen steps

#[test]
fn a_step_action_needs_a_route_or_channels_but_not_both() {
    let mut pack = pack();
    let id = step_with_action(&pack, true);
    let action = step(&mut pack, &id).action.as_mut().expect("an action");
    action.channels = vec![ChannelKind::TeenHelpline];
    assert_one_error(&pack, Place::Teen, &id, "not both");

    let mut pack = self::pack();
    let action = step(&mut pack, &id).action.as_mut().expect("an action");
    action.route = None;
    assert_one_error(&pack, Place::Teen, &id, "needs either a route or channels");

    let mut pack = self::pack();
    step(&mut pack, "dont-pay").action = Some(StepAction {
        label: "Go".into(),
        route: None,
        channels: Vec::new(),
    });
    assert_one_error(&pack, Place::Teen, "dont-pay", "route or channels");
}

#[test]
fn a_step_links_only_to_known_routes() {
    for route in Route::every(&pack()) {
        let route = route.to_string();
        let mut pack = pack();
        step(&mut pack, "dont-pay").action = Some(StepAction {
            label: "Go".into(),
            route: Some(route.clone()),
            channels: Vec::new(),
        });
        assert_eq!(new_errors(&pack), Vec::new(), "{route}");
    }
    for route in [
        "reports",
        "openline://teen",
        "",
        "report/nowhere-app",
        "starter/no-such-starter",
        "parent?moment=holidays&age=8-10",
    ] {
        let mut pack = pack();
        step(&mut pack, "dont-pay").action = Some(StepAction {
            label: "Go".into(),
            route: Some(route.into()),
            channels: Vec::new(),
        });
        assert_one_error(&pack, Place::Teen, "dont-pay", "unknown route");
    }
}

#[test]
fn a_step_action_needs_a_label() {
    let mut pack = pack();
    step(&mut pack, "dont-pay").action = Some(StepAction {
        label: String::new(),
        route: Some("report".into()),
        channels: Vec::new(),
    });
    assert_one_error(&pack, Place::Teen, "dont-pay", "empty action label");
}

#[test]
fn a_step_whose_channel_kind_a_region_lacks_is_a_warning() {
    let mut pack = pack();
    step(&mut pack, "dont-pay").action = Some(StepAction {
        label: "Call".into(),
        route: None,
        channels: vec![ChannelKind::Police],
    });
    let problems = new_problems(&pack, None);
    assert!(!problems.is_empty());
    assert!(
        problems
            .iter()
            .all(|problem| problem.severity == Severity::Warning
                && problem.item.as_deref() == Some("dont-pay")),
        "{problems:#?}"
    );
    // INTL has no police line; GB does.
    assert!(problems.iter().any(|p| p.message.ends_with("region INTL")));
    assert!(!problems.iter().any(|p| p.message.ends_with("region GB")));
}

// Starters

#[test]
fn a_starter_needs_two_or_three_followups() {
    for count in [2, 3] {
        let mut pack = pack();
        pack.parent.starters[0].followups = vec!["Why?".to_owned(); count];
        assert_eq!(new_errors(&pack), Vec::new(), "{count}");
    }
    for count in [0, 1, 4] {
        let mut pack = pack();
        pack.parent.starters[0].followups = vec!["Why?".to_owned(); count];
        let id = pack.parent.starters[0].id.clone();
        assert_one_error(&pack, Place::Starters, &id, "two or three follow-ups");
    }
}

#[test]
fn a_starter_needs_an_age_band_and_a_moment() {
    let mut pack = pack();
    pack.parent.starters[0].ages.clear();
    let id = pack.parent.starters[0].id.clone();
    assert_one_error(&pack, Place::Starters, &id, "at least one age band");

    let mut pack = self::pack();
    pack.parent.starters[0].moments.clear();
    assert_one_error(&pack, Place::Starters, &id, "one moment");
}

// Text

#[test]
fn text_longer_than_the_limit_is_an_error() {
    let mut pack = pack();
    step(&mut pack, "dont-pay").body = "x".repeat(MAX_TEXT_LEN);
    assert_eq!(new_errors(&pack), Vec::new());
    // The limit counts characters, not bytes.
    step(&mut pack, "dont-pay").body = "é".repeat(MAX_TEXT_LEN);
    assert_eq!(new_errors(&pack), Vec::new());
    step(&mut pack, "dont-pay").body = "x".repeat(MAX_TEXT_LEN + 1);
    assert_one_error(&pack, Place::Teen, "dont-pay", "longer than 2000");

    let mut pack = self::pack();
    pack.parent.starters[0].opener = "x".repeat(MAX_TEXT_LEN + 1);
    let id = pack.parent.starters[0].id.clone();
    assert_one_error(&pack, Place::Starters, &id, "opener longer");

    let mut pack = self::pack();
    pack.strings.home.help_now = "x".repeat(MAX_TEXT_LEN + 1);
    assert_one_error(&pack, Place::Strings, "home.help_now", "longer");
}

#[test]
fn empty_text_is_an_error() {
    let mut pack = pack();
    step(&mut pack, "dont-pay").title = "  \n".into();
    assert_one_error(&pack, Place::Teen, "dont-pay", "empty title");

    let mut pack = self::pack();
    pack.teen.intro = String::new();
    assert_one_error(&pack, Place::Teen, "intro", "empty text");

    let mut pack = self::pack();
    pack.parent.warning_signs[0].text = String::new();
    let id = pack.parent.warning_signs[0].id.clone();
    assert_one_error(&pack, Place::Parent, &id, "empty text");

    let mut pack = self::pack();
    channel(&mut pack, "gb-999").name = String::new();
    assert_one_error(&pack, Place::Region("GB".into()), "gb-999", "empty name");
}

// Platforms

#[test]
fn a_platform_needs_a_help_page_and_report_steps() {
    let mut pack = pack();
    pack.platforms[0].help.clear();
    let id = pack.platforms[0].id.clone();
    assert_one_error(&pack, Place::Platforms, &id, "no official help page");

    let mut pack = self::pack();
    pack.platforms[0].report.clear();
    assert_one_error(&pack, Place::Platforms, &id, "no steps to report");

    let mut pack = self::pack();
    pack.platforms[0].help.push(HelpPage {
        label: String::new(),
        url: "https://help.instagram.com/".into(),
    });
    assert_one_error(&pack, Place::Platforms, &id, "empty help label");

    let mut pack = self::pack();
    pack.platforms.push(Platform {
        id: "new-app".into(),
        name: "New app".into(),
        reviewed: "2026-01-01".into(),
        help: vec![HelpPage {
            label: "Help".into(),
            url: "https://help.kik.com/new-app".into(),
        }],
        report: vec!["Tap Report.".into()],
        block: Vec::new(),
        notes: vec![String::new()],
        sources: vec!["2".into()],
    });
    assert_one_error(&pack, Place::Platforms, "new-app", "empty step");
}

// Strings and translations

#[test]
fn a_pack_missing_a_string_is_refused_and_an_empty_string_is_an_error() {
    for (area, key) in [
        ("app", "name"),
        ("home", "help_now"),
        ("channel", "parent-helpline"),
    ] {
        let mut value = serde_json::to_value(pack()).expect("serializes");
        let removed = value["strings"][area]
            .as_object_mut()
            .and_then(|table| table.remove(key));
        assert!(removed.is_some(), "{area}.{key} is a string");
        let err = serde_json::from_value::<Pack>(value).expect_err("a string is missing");
        assert!(err.to_string().contains(key), "{err}");
    }
    let mut pack = pack();
    pack.strings.home.help_now = " ".into();
    assert_one_error(&pack, Place::Strings, "home.help_now", "empty string");
}

#[test]
fn an_unknown_translation_key_is_an_error() {
    let mut pack = translated();
    let (tag, translation) = pack
        .translations
        .iter_mut()
        .next()
        .expect("the real content has a translation");
    let tag = tag.clone();
    translation.text.insert("home.titel".into(), "Typo".into());
    assert_one_error(
        &pack,
        Place::Translation(tag.clone()),
        "home.titel",
        "not a key of the English content",
    );

    // A key for a step action the step doesn't have is unknown too.
    let mut pack = translated();
    let translation = pack.translations.get_mut(&tag).expect("the translation");
    translation
        .text
        .insert("teen.step.dont-pay.action".to_owned(), "Pagar".into());
    assert_one_error(
        &pack,
        Place::Translation(tag.clone()),
        "teen.step.dont-pay.action",
        "not a key",
    );
}

#[test]
fn a_known_translation_key_is_fine_and_an_empty_one_is_not() {
    let mut pack = translated();
    pack.translations.insert(
        "zz".into(),
        Translation {
            name: "Zed".into(),
            status: "Test".into(),
            text: [
                ("teen.step.dont-pay.title".to_owned(), "Zz.".to_owned()),
                ("channel.gb-999.name".to_owned(), "Zz".to_owned()),
                ("home.help_now".to_owned(), "Zz".to_owned()),
            ]
            .into(),
        },
    );
    assert_eq!(new_errors(&pack), Vec::new());

    pack.translations
        .get_mut("zz")
        .expect("just added")
        .text
        .insert("home.help_now".into(), String::new());
    assert_one_error(
        &pack,
        Place::Translation("zz".into()),
        "home.help_now",
        "empty translation",
    );

    let mut pack = translated();
    pack.translations.insert(
        "zz".into(),
        Translation {
            name: String::new(),
            status: "Test".into(),
            text: Default::default(),
        },
    );
    assert_one_error(&pack, Place::Translation("zz".into()), "zz", "empty name");
}

#[test]
fn removing_english_content_orphans_its_translations() {
    let mut pack = translated();
    let tags: Vec<String> = pack.translations.keys().cloned().collect();
    assert!(!tags.is_empty());
    pack.teen.steps.retain(|step| step.id != "dont-pay");
    let errors = new_errors(&pack);
    for tag in &tags {
        assert_error_among(
            &errors,
            Place::Translation(tag.clone()),
            "teen.step.dont-pay.title",
            "not a key of the English content",
        );
    }
    assert!(
        errors
            .iter()
            .all(|problem| matches!(problem.place, Place::Translation(_))),
        "{errors:#?}"
    );
}

#[path = "validate/planted_tests.rs"]
mod planted;
