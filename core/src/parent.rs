//! Conversation starters for parents: filtered by age and moment, saved as favourites, and
//! marked with the day the family talked.

use crate::screen::{Action, ActionItem, Block, Card, ChoiceOption, Event, LinkItem, Page};
use crate::view::View;
use openline_model::keys;
use openline_model::pack::{AgeBand, Moment, Starter};
use openline_model::route::Route;

/// The starters, filtered by age band and moment.
pub(crate) fn starters(view: &View, age: Option<AgeBand>, moment: Option<Moment>) -> Page {
    let pack = view.catalog.pack();
    let mut blocks = vec![Block::Paragraph {
        text: view.tr(|| "parent.intro", &pack.parent.intro).to_owned(),
    }];
    let mut links = guide_links(view);
    links.push(link(
        view,
        "parent.saved",
        "parent.saved",
        Route::ParentSaved,
    ));
    blocks.push(Block::Links { items: links });
    blocks.push(age_choice(view, age, moment));
    blocks.push(moment_choice(view, age, moment));
    let matching: Vec<&Starter> = pack
        .parent
        .starters
        .iter()
        .filter(|starter| age.is_none_or(|age| starter.ages.contains(&age)))
        .filter(|starter| moment.is_none_or(|moment| starter.moments.contains(&moment)))
        .collect();
    blocks.push(Block::Heading {
        text: view.fill(
            "parent.starters_heading",
            &[("count", &matching.len().to_string())],
        ),
    });
    let unfiltered = age.is_none() && moment.is_none();
    if unfiltered {
        // With no filter there are dozens of starters: an index of openers to scan, each
        // leading to its full card, reads better than a wall of cards.
        blocks.push(index(view, &matching));
    } else {
        blocks.extend(cards_or(view, &matching, "parent.none"));
    }
    let tips = &pack.parent.tips;
    if unfiltered && !tips.is_empty() {
        blocks.push(Block::Heading {
            text: view.s("parent.tips_heading"),
        });
        blocks.push(crate::guide::bullets(view, tips));
    }
    let mut cited: Vec<&String> = matching.iter().flat_map(|s| &s.sources).collect();
    cited.extend(tips.iter().flat_map(|tip| &tip.sources));
    blocks.push(view.sources_block(cited, &view.region.reviewed));
    Page {
        title: view.s("parent.title"),
        blocks,
    }
}

/// The starters a parent saved.
pub(crate) fn saved(view: &View) -> Page {
    let saved: Vec<&Starter> = view
        .catalog
        .pack()
        .parent
        .starters
        .iter()
        .filter(|starter| {
            view.recorded
                .starters
                .get(&starter.id)
                .is_some_and(|state| state.saved)
        })
        .collect();
    let mut blocks = cards_or(view, &saved, "parent.saved_none");
    blocks.push(view.sources_block(saved.iter().flat_map(|s| &s.sources), &view.region.reviewed));
    Page {
        title: view.s("parent.saved"),
        blocks,
    }
}

/// One starter, with links to what to do if the answer worries you.
pub(crate) fn starter(view: &View, starter: &Starter) -> Page {
    let blocks = vec![
        Block::Cards {
            items: vec![card(view, &CardLabels::new(view), starter)],
        },
        Block::Links {
            items: guide_links(view),
        },
        view.sources_block(&starter.sources, &view.region.reviewed),
    ];
    Page {
        title: view.s("starter.title"),
        blocks,
    }
}

fn cards_or(view: &View, starters: &[&Starter], empty_key: &str) -> Vec<Block> {
    if starters.is_empty() {
        return vec![Block::Paragraph {
            text: view.s(empty_key),
        }];
    }
    let labels = CardLabels::new(view);
    vec![Block::Cards {
        items: starters
            .iter()
            .map(|starter| card(view, &labels, starter))
            .collect(),
    }]
}

fn index(view: &View, starters: &[&Starter]) -> Block {
    let labels = CardLabels::new(view);
    Block::Links {
        items: starters
            .iter()
            .map(|starter| LinkItem {
                label: view
                    .tr(|| keys::starter(&starter.id, "opener"), &starter.opener)
                    .to_owned(),
                detail: Some(labels.tags(starter).join(" · ")),
                route: Route::Starter(starter.id.clone()).to_string(),
            })
            .collect(),
    }
}

/// The two guides a parent may need next to any starter.
fn guide_links(view: &View) -> Vec<LinkItem> {
    vec![
        link(
            view,
            "parent.disclosure",
            "parent.disclosure_detail",
            Route::Disclosure,
        ),
        link(
            view,
            "parent.signs",
            "parent.signs_detail",
            Route::WarningSigns,
        ),
    ]
}

fn link(view: &View, label: &str, detail: &str, route: Route) -> LinkItem {
    let detail = (label != detail).then(|| view.s(detail));
    LinkItem {
        label: view.s(label),
        detail,
        route: route.to_string(),
    }
}

/// The words every card shares, looked up once per screen rather than once per card.
struct CardLabels {
    save: String,
    unsave: String,
    followups: String,
    worry: String,
    mark_talked: String,
    share: String,
    ages: Vec<(AgeBand, String)>,
    moments: Vec<(Moment, String)>,
}

impl CardLabels {
    fn new(view: &View) -> CardLabels {
        CardLabels {
            save: view.s("starter.save"),
            unsave: view.s("starter.unsave"),
            followups: view.s("starter.followups"),
            worry: view.s("starter.worry"),
            mark_talked: view.s("starter.mark_talked"),
            share: view.s("starter.share"),
            ages: AgeBand::ALL
                .map(|age| (age, view.s(&format!("age.{}", age.slug()))))
                .to_vec(),
            moments: Moment::ALL
                .map(|moment| (moment, view.s(&format!("moment.{}", moment.slug()))))
                .to_vec(),
        }
    }

    fn tags(&self, starter: &Starter) -> Vec<String> {
        let ages = self
            .ages
            .iter()
            .filter(|(age, _)| starter.ages.contains(age));
        let moments = self
            .moments
            .iter()
            .filter(|(moment, _)| starter.moments.contains(moment));
        ages.map(|(_, label)| label.clone())
            .chain(moments.map(|(_, label)| label.clone()))
            .collect()
    }
}

fn card(view: &View, labels: &CardLabels, starter: &Starter) -> Card {
    let state = view
        .recorded
        .starters
        .get(&starter.id)
        .cloned()
        .unwrap_or_default();
    let id = starter.id.clone();
    let opener = view
        .tr(|| keys::starter(&id, "opener"), &starter.opener)
        .to_owned();
    let button = |label: &str, event: Event| ActionItem {
        label: label.to_owned(),
        detail: None,
        action: Action::apply(event),
        sources: Vec::new(),
    };
    let save = if state.saved {
        button(&labels.unsave, Event::UnsaveStarter { id: id.clone() })
    } else {
        button(&labels.save, Event::SaveStarter { id: id.clone() })
    };
    let talked = match &state.talked_on {
        Some(day) => button(
            &view.fill("starter.unmark_talked", &[("date", day)]),
            Event::UnmarkTalked { id: id.clone() },
        ),
        None => button(&labels.mark_talked, Event::MarkTalked { id: id.clone() }),
    };
    let share = ActionItem {
        label: labels.share.clone(),
        detail: None,
        action: Action::Share {
            text: opener.clone(),
        },
        sources: Vec::new(),
    };
    Card {
        route: Route::Starter(id.clone()).to_string(),
        followups_label: labels.followups.clone(),
        worry_label: labels.worry.clone(),
        followups: starter
            .followups
            .iter()
            .enumerate()
            .map(|(n, text)| {
                view.tr(|| keys::starter(&id, &format!("followup.{n}")), text)
                    .to_owned()
            })
            .collect(),
        worry: view
            .tr(|| keys::starter(&id, "worry"), &starter.worry)
            .to_owned(),
        tags: labels.tags(starter),
        saved: state.saved,
        talked_on: state.talked_on,
        actions: vec![save, talked, share],
        sources: starter.sources.clone(),
        opener,
        id,
    }
}

fn age_choice(view: &View, current: Option<AgeBand>, moment: Option<Moment>) -> Block {
    filter_choice(
        view,
        "parent.age_heading",
        &AgeBand::ALL,
        current,
        |age| format!("age.{}", age.slug()),
        |age| Route::Parent { age, moment },
    )
}

fn moment_choice(view: &View, age: Option<AgeBand>, current: Option<Moment>) -> Block {
    filter_choice(
        view,
        "parent.moment_heading",
        &Moment::ALL,
        current,
        |moment| format!("moment.{}", moment.slug()),
        |moment| Route::Parent { age, moment },
    )
}

/// A filter as a choice: "All", then each value, each leading to the list filtered by it.
fn filter_choice<T: Copy + PartialEq>(
    view: &View,
    label_key: &str,
    values: &[T],
    current: Option<T>,
    string_key: impl Fn(T) -> String,
    route: impl Fn(Option<T>) -> Route,
) -> Block {
    let option = |label: String, value: Option<T>| ChoiceOption {
        label,
        selected: value == current,
        action: Action::replace_with(route(value)),
    };
    let mut options = vec![option(view.s("parent.all"), None)];
    options.extend(
        values
            .iter()
            .map(|&value| option(view.s(&string_key(value)), Some(value))),
    );
    Block::Choice {
        label: view.s(label_key),
        options,
    }
}
