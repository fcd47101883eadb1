//! Tests for the block renderer.

use super::*;
use openline_core::{Bullet, Emphasis, LinkItem};

fn place(route: &str) -> Place {
    Place {
        lang: "en".into(),
        region: "GB".into(),
        route: route.into(),
        ..Place::default()
    }
}

/// A rendering's HTML as text, and the pages it links to.
struct Out {
    html: String,
    linked: Vec<PagePath>,
}

fn out(rendered: Rendered) -> Out {
    Out {
        html: rendered.html.into_string(),
        linked: rendered.linked,
    }
}

fn html(route: &str, blocks: Vec<Block>) -> Out {
    let screen = Screen {
        route: route.into(),
        title: "T".into(),
        up: None,
        quick_exit: None,
        blocks,
    };
    let place = place(route);
    let here = place.page(route).expect("a valid page");
    out(render(&screen, &place, &here, None).expect("renders"))
}

fn item(label: &str, action: Action) -> ActionItem {
    ActionItem {
        label: label.into(),
        detail: Some("0800 1111. For <you> & \"friends\"".into()),
        action,
        sources: vec!["33".into()],
    }
}

#[test]
fn text_is_escaped_everywhere() {
    let out = html(
        "teen",
        vec![
            Block::Heading {
                text: "<script>".into(),
            },
            Block::Paragraph {
                text: "Tom & 'Jerry'".into(),
            },
            Block::Callout {
                tone: Tone::Urgent,
                title: "\"Now\"".into(),
                text: "a > b".into(),
            },
        ],
    )
    .html;
    assert!(out.contains("<h2>&lt;script&gt;</h2>"));
    assert!(out.contains("<p>Tom &amp; 'Jerry'</p>"));
    assert!(out.contains("<div class=\"callout urgent\"><p><strong>&quot;Now&quot;</strong>"));
    assert!(!out.contains("<script>"));
}

#[test]
fn actions_become_phone_text_and_web_links_with_their_sources() {
    let out = html(
        "teen",
        vec![Block::Actions {
            emphasis: Emphasis::Normal,
            items: vec![
                item(
                    "Call Childline",
                    Action::Call {
                        number: "08001111".into(),
                    },
                ),
                item(
                    "Text THORN",
                    Action::SendText {
                        number: "741741".into(),
                        body: "THORN".into(),
                    },
                ),
                item("Save", Action::apply(Event::SaveStarter { id: "x".into() })),
            ],
        }],
    )
    .html;
    assert!(out.contains(
        "<li><a class=\"btn\" href=\"tel:08001111\"><span class=\"label\">Call Childline</span>\
         <span class=\"detail\">0800 1111. For &lt;you&gt; &amp; &quot;friends&quot;</span></a> \
         <span class=\"cite\">[33]</span></li>"
    ));
    assert!(out.contains("href=\"sms:741741?body=THORN\""));
    assert!(!out.contains("Save"), "saving is left out of the site");
}

#[test]
fn steps_are_real_checkboxes_with_labels() {
    let step = StepItem {
        id: "dont-pay".into(),
        number: 1,
        title: "Don't pay.".into(),
        body: "Pay nothing.".into(),
        done: false,
        toggle: Action::apply(Event::TickStep {
            id: "dont-pay".into(),
        }),
        action: Some(item("How to report", Action::navigate("report"))),
        sources: vec!["2".into()],
    };
    let out = html("teen", vec![Block::Steps { items: vec![step] }]);
    assert!(out.html.contains(
        "<input type=\"checkbox\" id=\"s1\" data-step=\"dont-pay\">\
         <label for=\"s1\"><span class=\"n\">1</span>Don't pay.</label>"
    ));
    assert!(out.html.contains("href=\"../report/index.html\""));
    assert_eq!(
        out.linked,
        vec![PagePath::page("en", "GB", "report").expect("a valid page")]
    );
}

#[test]
fn links_choices_and_cards_point_at_relative_pages() {
    let out = html(
        "parent?age=8-10",
        vec![
            Block::Links {
                items: vec![LinkItem {
                    label: "Warning signs".into(),
                    detail: None,
                    route: "parent/signs".into(),
                }],
            },
            Block::Choice {
                label: "Age".into(),
                options: vec![ChoiceOption {
                    label: "8 to 10".into(),
                    selected: true,
                    action: Action::navigate("parent?age=8-10"),
                }],
            },
            Block::Cards {
                items: vec![Card {
                    id: "young-rules".into(),
                    route: "starter/young-rules".into(),
                    opener: "What rules?".into(),
                    followups_label: "Follow-ups".into(),
                    followups: vec!["Which matters most?".into()],
                    worry_label: "If the answer worries you".into(),
                    worry: "Keep it simple.".into(),
                    tags: vec!["Ages 8 to 10".into()],
                    saved: false,
                    talked_on: None,
                    actions: vec![],
                    sources: vec![],
                }],
            },
            Block::Bullets {
                items: vec![Bullet {
                    text: "Talk often.".into(),
                    sources: vec!["4".into()],
                }],
            },
        ],
    )
    .html;
    assert!(out.contains("<a class=\"row\" href=\"../signs/index.html\">"));
    assert!(out.contains(
        "<h2>Age</h2><ul class=\"choice\"><li><a class=\"row on\" href=\"index.html\" \
         aria-current=\"true\">8 to 10</a></li>"
    ));
    assert!(out.contains(
        "<h3><a class=\"opener\" href=\"../../starter/young-rules/index.html\">What rules?</a></h3>"
    ));
    assert!(out.contains("<li>Talk often. <span class=\"cite\">[4]</span></li>"));
}

#[test]
fn language_names_are_marked_as_in_their_language() {
    let out = html(
        "settings",
        vec![Block::Choice {
            label: "Language".into(),
            options: vec![ChoiceOption {
                label: "Español".into(),
                selected: false,
                action: Action::apply(Event::SetLanguage { tag: "es".into() }),
            }],
        }],
    )
    .html;
    assert!(out.contains(
        "<a class=\"row\" href=\"../../../es/gb/settings/index.html\" lang=\"es\" \
         hreflang=\"es\">Español</a>"
    ));
}

#[test]
fn the_progress_line_carries_every_count() {
    let screen = Screen {
        route: "teen".into(),
        title: "T".into(),
        up: None,
        quick_exit: None,
        blocks: vec![Block::Paragraph {
            text: "0 of 2 done".into(),
        }],
    };
    let progress = Progress {
        block: 0,
        texts: vec![
            "0 of 2 done".into(),
            "1 of 2 done".into(),
            "2 of 2 done".into(),
        ],
        clear: None,
    };
    let place = place("teen");
    let here = place.page("teen").expect("a valid page");
    let out = out(render(&screen, &place, &here, Some(&progress)).expect("renders"));
    assert!(out.html.contains(
        "data-progress=\"[&quot;0 of 2 done&quot;,&quot;1 of 2 done&quot;,&quot;2 of 2 done&quot;]\""
    ));
}

#[test]
fn the_clear_button_waits_hidden_until_a_step_is_ticked() {
    let screen = Screen {
        route: "teen".into(),
        title: "T".into(),
        up: None,
        quick_exit: None,
        blocks: vec![
            Block::Paragraph {
                text: "0 of 1 done".into(),
            },
            Block::Heading {
                text: "More".into(),
            },
        ],
    };
    let clear = Block::Actions {
        items: vec![ActionItem {
            label: "Clear what I ticked".into(),
            detail: None,
            action: Action::Apply {
                event: Event::ResetSteps,
            },
            sources: vec![],
        }],
        emphasis: Emphasis::Normal,
    };
    let progress = Progress {
        block: 0,
        texts: vec!["0 of 1 done".into(), "1 of 1 done".into()],
        clear: Some((1, clear)),
    };
    let place = place("teen");
    let here = place.page("teen").expect("a valid page");
    let out = out(render(&screen, &place, &here, Some(&progress)).expect("renders"));
    let hidden = out
        .html
        .find("<div data-when-ticked hidden>")
        .expect("the clear button is there, hidden");
    let heading = out.html.find("<h2>More</h2>").expect("the heading");
    assert!(
        hidden < heading,
        "it sits where the core puts it: {}",
        out.html
    );
    assert!(out.html.contains("data-reset hidden>"));
}

#[test]
fn empty_sources_render_nothing_and_sources_show_their_dates() {
    assert_eq!(
        html(
            "teen",
            vec![Block::Sources {
                title: "Sources".into(),
                items: vec![]
            }]
        )
        .html,
        ""
    );
    let out = html(
        "teen",
        vec![Block::Sources {
            title: "Sources".into(),
            items: vec![SourceItem {
                id: "2".into(),
                citation: "nca.gov.uk/x?a&b".into(),
                reviewed: Some("Checked 2026-11-29".into()),
            }],
        }],
    )
    .html;
    assert!(out.contains(
        "<li><span class=\"cite\">[2]</span> nca.gov.uk/x?a&amp;b · <span class=\"reviewed\">Checked 2026-11-29</span></li>"
    ));
}
