//! One planted mistake of each kind the checks of sources and regions exist to catch, each in a
//! copy of the real content, and the error it must raise.

use super::*;
use crate::provenance::primary_share;

fn cite(pack: &mut Pack, channel_id: &str, source: Source) {
    let id = source.id.clone();
    pack.sources.push(source);
    channel(pack, channel_id).sources.push(id);
}

#[test]
fn a_placeholder_source_is_an_error() {
    let mut pack = pack();
    cite(
        &mut pack,
        "gb-999",
        Source {
            id: "not-sourced-emergency".into(),
            citation: "Widely known national emergency number; no source page read yet \
                       (not sourced)."
                .into(),
            secondary: false,
        },
    );
    assert_one_error(
        &pack,
        Place::Sources,
        "not-sourced-emergency",
        "placeholder",
    );
}

#[test]
fn a_source_that_names_no_page_is_an_error() {
    let mut pack = pack();
    cite(
        &mut pack,
        "gb-999",
        Source {
            id: "herald-sun".into(),
            citation: "Herald Sun, \"How to keep our kids safe\" (Victoria Police advice)".into(),
            secondary: true,
        },
    );
    assert_one_error(&pack, Place::Sources, "herald-sun", "names no page");
}

#[test]
fn a_copy_not_flagged_secondary_is_an_error() {
    let mut pack = pack();
    let blog = Source {
        id: "youthworkunit-nca".into(),
        citation: "youthworkunit.com/news/nca-issues-urgent-warning-about-sextortion/".into(),
        secondary: false,
    };
    cite(&mut pack, "gb-101", blog.clone());
    assert_one_error(
        &pack,
        Place::Sources,
        "youthworkunit-nca",
        "youthworkunit.com, which is no organisation's own site",
    );
    // Flagged as the copy it is, it may stay.
    let mut pack = self::pack();
    cite(
        &mut pack,
        "gb-101",
        Source {
            secondary: true,
            ..blog
        },
    );
    assert_eq!(new_errors(&pack), Vec::new());
}

#[test]
fn a_site_counts_as_an_organisations_own_only_when_listed() {
    let mut pack = pack();
    pack.organisations
        .retain(|organisation| !organisation.sites.iter().any(|site| site == "nspcc.org.uk"));
    let errors = new_errors(&pack);
    assert_error_among(
        &errors,
        Place::Sources,
        "nspcc-reporting-abuse",
        "www.nspcc.org.uk, which is no organisation's own site",
    );
    // A lookalike site is not the organisation's.
    let mut pack = self::pack();
    cite(
        &mut pack,
        "gb-nspcc",
        Source {
            id: "nspcc-lookalike".into(),
            citation: "nspcc.org.uk.example.com/helpline".into(),
            secondary: false,
        },
    );
    assert_one_error(
        &pack,
        Place::Sources,
        "nspcc-lookalike",
        "no organisation's own site",
    );
}

#[test]
fn one_page_under_two_ids_is_an_error() {
    let mut pack = pack();
    cite(
        &mut pack,
        "gb-take-it-down",
        Source {
            id: "takeitdown-faq".into(),
            citation: "takeitdown.ncmec.org/faq".into(),
            secondary: false,
        },
    );
    assert_one_error(
        &pack,
        Place::Sources,
        "takeitdown-faq",
        "cite the same page",
    );
}

#[test]
fn a_share_of_primary_sources_below_the_minimum_is_an_error() {
    let mut pack = pack();
    for source in pack.sources.iter_mut().take(60) {
        source.secondary = true;
    }
    // Flagging an organisation's own page as a copy is allowed; only the share falls.
    let share = primary_share(&pack);
    assert!(
        share.percent() < crate::provenance::MIN_PRIMARY_PERCENT,
        "{share:?}"
    );
    let errors = new_errors(&pack);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].place, Place::Sources);
    assert!(
        errors[0].message.contains("at least 90% must"),
        "{errors:#?}"
    );
}

#[test]
fn an_organisation_lists_real_sites_once() {
    let mut pack = pack();
    pack.organisations[0].sites.push("ceop.police.uk".into());
    let name = pack.organisations[0].name.clone();
    assert_one_error(
        &pack,
        Place::Organisations,
        &name,
        "listed for two organisations",
    );

    let mut pack = self::pack();
    pack.organisations[0]
        .sites
        .push("https://ceop.police.uk/".into());
    assert_one_error(
        &pack,
        Place::Organisations,
        &name,
        "not a site's lowercase host name",
    );
}

#[test]
fn a_platform_needs_an_https_page_on_its_own_site() {
    let mut pack = pack();
    pack.platforms[0].help[0].url = "http://help.instagram.com/616583228400289".into();
    let id = pack.platforms[0].id.clone();
    assert_one_error(&pack, Place::Platforms, &id, "not a plain https address");

    let mut pack = self::pack();
    pack.platforms[0].help[0].url = "https://uxpatternsguide.com/sources/instagram/".into();
    assert_one_error(&pack, Place::Platforms, &id, "not on a site");
}

#[test]
fn each_new_region_has_all_four_kinds_of_channel() {
    for code in ["SG", "NL"] {
        let mut pack = pack();
        region(&mut pack, code)
            .channels
            .retain(|channel| channel.kind != ChannelKind::TeenHelpline);
        assert_one_error(&pack, Place::Region(code.into()), code, "lacks a helpline");
    }
}

#[test]
fn one_number_under_two_names_is_an_error() {
    let mut pack = pack();
    channel(&mut pack, "nz-netsafe-takedown").name = "Netsafe removals".into();
    assert_one_error(
        &pack,
        Place::Region("NZ".into()),
        "nz-netsafe-takedown",
        "offered as \"Netsafe\" and as \"Netsafe removals\"",
    );
    // A text line counts too: the 988 Lifeline's text under another name.
    let mut pack = self::pack();
    channel(&mut pack, "us-crisis-text-line")
        .other_texts
        .push(TextMessage {
            number: "988".into(),
            body: "HELLO".into(),
            language: Some("fr".into()),
        });
    assert_one_error(
        &pack,
        Place::Region("US".into()),
        "us-crisis-text-line",
        "give one number one name",
    );
}

#[test]
fn a_keyword_for_another_language_names_a_language_of_its_own() {
    let mut pack = pack();
    channel(&mut pack, "us-crisis-text-line").other_texts[0].language = None;
    assert_one_error(
        &pack,
        Place::Region("US".into()),
        "us-crisis-text-line",
        "must name it",
    );

    let mut pack = self::pack();
    channel(&mut pack, "us-crisis-text-line").other_texts[0].language = Some("en".into());
    assert_one_error(
        &pack,
        Place::Region("US".into()),
        "us-crisis-text-line",
        "two keywords for \"en\"",
    );

    let mut pack = self::pack();
    channel(&mut pack, "us-crisis-text-line").other_texts[0].language = Some("Spanish".into());
    assert_one_error(
        &pack,
        Place::Region("US".into()),
        "us-crisis-text-line",
        "not a language tag",
    );
}
