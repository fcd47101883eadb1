//! Tests for `provenance.rs`, kept beside it in their own file.

use super::*;

#[test]
fn cited_site_is_the_address_before_the_path() {
    let site = |citation| cited_site(citation);
    assert_eq!(
        site("www.nspcc.org.uk/keeping-children-safe/").as_deref(),
        Some("www.nspcc.org.uk")
    );
    assert_eq!(
        site("Garda.ie, press release 2017").as_deref(),
        Some("garda.ie")
    );
    assert_eq!(
        site("www.kildarestreet.com/wrans/?id=1 (a written answer)").as_deref(),
        Some("www.kildarestreet.com")
    );
    assert_eq!(site("inhope.org").as_deref(), Some("inhope.org"));
}

#[test]
fn a_citation_without_an_address_names_no_site() {
    for citation in [
        "Herald Sun, \"How to keep our kids safe\"",
        "a mirror of r/RedditPoliceDept",
        "Widely known national emergency number",
        "https://www.nspcc.org.uk/",
        "",
        "localhost/page",
        "1.2.3.4/page",
    ] {
        assert_eq!(cited_site(citation), None, "{citation}");
    }
}

#[test]
fn a_site_covers_its_subdomains_and_nothing_else() {
    assert!(within("nspcc.org.uk", "nspcc.org.uk"));
    assert!(within("learning.nspcc.org.uk", "nspcc.org.uk"));
    assert!(!within("notnspcc.org.uk", "nspcc.org.uk"));
    assert!(!within("nspcc.org.uk.example.com", "nspcc.org.uk"));
    assert!(!within("org.uk", "nspcc.org.uk"));
}

#[test]
fn placeholders_and_descriptions_are_not_sources() {
    let source = |citation: &str| Source {
        id: "test".into(),
        citation: citation.into(),
        secondary: false,
    };
    let placeholder_words = [
        "Widely known national emergency number; no source page read yet (not sourced).",
        "example.org/page, unsourced for now",
        "example.org/placeholder",
    ];
    for citation in placeholder_words {
        assert!(
            placeholder(&source(citation)).is_some_and(|why| why.contains("placeholder")),
            "{citation}"
        );
    }
    assert!(
        placeholder(&source("FBI guide, as quoted by a blog"))
            .is_some_and(|why| why.contains("no page"))
    );
    assert_eq!(placeholder(&source("www.nspcc.org.uk/report/")), None);
}

#[test]
fn the_real_content_rests_mostly_on_primary_sources() {
    let share = primary_share(crate::authored_pack());
    assert!(share.total > 150, "{share:?}");
    assert!(share.percent() >= MIN_PRIMARY_PERCENT, "{share:?}");
}

#[test]
fn the_share_counts_a_fact_as_primary_when_one_source_is() {
    let mut pack = crate::authored_pack().clone();
    let before = primary_share(&pack);
    for source in &mut pack.sources {
        source.secondary = true;
    }
    let none = primary_share(&pack);
    assert_eq!(none.primary, 0);
    assert_eq!(none.total, before.total);
    assert_eq!(none.percent(), 0);
    assert_eq!(
        PrimaryShare {
            primary: 0,
            total: 0
        }
        .percent(),
        100
    );
}
