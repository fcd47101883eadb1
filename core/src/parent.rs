//! Conversation starters for parents: filtered by age and moment, saved as favourites, and
//! marked with the day the family talked.

use crate::screen::{Action, ActionItem, Block, Card, ChoiceOption, Event, LinkItem, Page};
use crate::view::View;
use openline_model::pack::{AgeBand, Moment, Starter};
use openline_model::route::Route;
use openline_model::strings::fill;

/// The starters, filtered by age band and moment.
pub(crate) fn starters(view: &View, age: Option<AgeBand>, moment: Option<Moment>) -> Page {
    let parent = &view.pack().parent;
    let strings = &view.strings().parent;
    let mut blocks = vec![Block::Paragraph {
        text: parent.intro.clone(),
    }];
    let mut links = guide_links(view);
    links.push(LinkItem::to(&Route::ParentSaved, &strings.saved, None));
    blocks.push(Block::Links { items: links });
    let ages = &view.strings().age;
    let moments = &view.strings().moment;
    blocks.push(filter_choice(
        view,
        &strings.age_heading,
        &AgeBand::ALL,
        age,
        |band| ages.label(band),
        |age| Route::Parent { age, moment },
    ));
    blocks.push(filter_choice(
        view,
        &strings.moment_heading,
        &Moment::ALL,
        moment,
        |moment| moments.label(moment),
        |moment| Route::Parent { age, moment },
    ));
    let matching: Vec<&Starter> = parent
        .starters
        .iter()
        .filter(|starter| age.is_none_or(|age| starter.ages.contains(&age)))
        .filter(|starter| moment.is_none_or(|moment| starter.moments.contains(&moment)))
        .collect();
    blocks.push(Block::Heading {
        text: fill(
            &strings.starters_heading,
            &[("count", &matching.len().to_string())],
        ),
    });
    let unfiltered = age.is_none() && moment.is_none();
    if unfiltered {
        // With no filter there are dozens of starters: an index of openers to scan, each
        // leading to its full card, reads better than a wall of cards.
        blocks.push(index(view, &matching));
    } else {
        blocks.extend(cards_or(view, &matching, &strings.none));
    }
    let tips = &parent.tips;
    if unfiltered && !tips.is_empty() {
        blocks.push(Block::Heading {
            text: strings.tips_heading.clone(),
        });
        blocks.push(crate::guide::bullets(tips));
    }
    let mut cited: Vec<&String> = matching.iter().flat_map(|s| &s.sources).collect();
    cited.extend(tips.iter().flat_map(|tip| &tip.sources));
    blocks.push(view.sources_block(cited, &view.region.reviewed));
    Page {
        title: strings.title.clone(),
        blocks,
    }
}

/// The starters a parent saved.
pub(crate) fn saved(view: &View) -> Page {
    let strings = &view.strings().parent;
    let saved: Vec<&Starter> = view
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
    let mut blocks = cards_or(view, &saved, &strings.saved_none);
    blocks.push(view.sources_block(saved.iter().flat_map(|s| &s.sources), &view.region.reviewed));
    Page {
        title: strings.saved.clone(),
        blocks,
    }
}

/// One starter, with links to what to do if the answer worries you.
pub(crate) fn starter(view: &View, starter: &Starter) -> Page {
    let blocks = vec![
        Block::Cards {
            items: vec![card(view, starter)],
        },
        Block::Links {
            items: guide_links(view),
        },
        view.sources_block(&starter.sources, &view.region.reviewed),
    ];
    Page {
        title: view.strings().starter.title.clone(),
        blocks,
    }
}

fn cards_or(view: &View, starters: &[&Starter], empty: &str) -> Vec<Block> {
    if starters.is_empty() {
        return vec![Block::Paragraph {
            text: empty.to_owned(),
        }];
    }
    vec![Block::Cards {
        items: starters.iter().map(|starter| card(view, starter)).collect(),
    }]
}

fn index(view: &View, starters: &[&Starter]) -> Block {
    Block::Links {
        items: starters
            .iter()
            .map(|starter| {
                let route = Route::Starter(starter.id.clone());
                let tags = tags(view, starter).join(" · ");
                LinkItem::to(&route, &starter.opener, Some(&tags))
            })
            .collect(),
    }
}

/// The two guides a parent may need next to any starter.
fn guide_links(view: &View) -> Vec<LinkItem> {
    let strings = &view.strings().parent;
    vec![
        LinkItem::to(
            &Route::Disclosure,
            &strings.disclosure,
            Some(&strings.disclosure_detail),
        ),
        LinkItem::to(
            &Route::WarningSigns,
            &strings.signs,
            Some(&strings.signs_detail),
        ),
    ]
}

/// The names of the age bands, then the moments, a starter fits.
fn tags(view: &View, starter: &Starter) -> Vec<String> {
    let strings = view.strings();
    let ages = AgeBand::ALL
        .into_iter()
        .filter(|age| starter.ages.contains(age))
        .map(|age| strings.age.label(age));
    let moments = Moment::ALL
        .into_iter()
        .filter(|moment| starter.moments.contains(moment))
        .map(|moment| strings.moment.label(moment));
    ages.chain(moments).map(str::to_owned).collect()
}

fn card(view: &View, starter: &Starter) -> Card {
    let strings = &view.strings().starter;
    let state = view
        .recorded
        .starters
        .get(&starter.id)
        .cloned()
        .unwrap_or_default();
    let id = starter.id.clone();
    let button = |label: &str, event: Event| ActionItem::plain(label, Action::apply(event));
    let save = if state.saved {
        button(&strings.unsave, Event::UnsaveStarter { id: id.clone() })
    } else {
        button(&strings.save, Event::SaveStarter { id: id.clone() })
    };
    let talked = match &state.talked_on {
        Some(day) => button(
            &fill(&strings.unmark_talked, &[("date", day)]),
            Event::UnmarkTalked { id: id.clone() },
        ),
        None => button(&strings.mark_talked, Event::MarkTalked { id: id.clone() }),
    };
    let share = ActionItem::plain(
        &strings.share,
        Action::Share {
            text: starter.opener.clone(),
        },
    );
    Card {
        route: Route::Starter(id.clone()).to_string(),
        opener: starter.opener.clone(),
        followups_label: strings.followups.clone(),
        followups: starter.followups.clone(),
        worry_label: strings.worry.clone(),
        worry: starter.worry.clone(),
        tags: tags(view, starter),
        saved: state.saved,
        talked_on: state.talked_on,
        actions: vec![save, talked, share],
        sources: starter.sources.clone(),
        id,
    }
}

/// A filter as a choice: "All", then each value, each showing the list filtered by it in
/// place of this one.
fn filter_choice<'s, T: Copy + PartialEq>(
    view: &'s View,
    label: &str,
    values: &[T],
    current: Option<T>,
    name: impl Fn(T) -> &'s str,
    route: impl Fn(Option<T>) -> Route,
) -> Block {
    let option = |label: &str, value: Option<T>| ChoiceOption {
        label: label.to_owned(),
        selected: value == current,
        action: Action::replace_with(route(value)),
    };
    let mut options = vec![option(&view.strings().parent.all, None)];
    options.extend(values.iter().map(|&value| option(name(value), Some(value))));
    Block::Choice {
        label: label.to_owned(),
        options,
    }
}
