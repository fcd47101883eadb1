//! Guides for parents: how to respond if a child tells you something, and warning signs.

use crate::screen::{ActionItem, Block, Bullet, LinkItem, Page, Tone};
use crate::view::View;
use openline_model::guide::DisclosureGroup;
use openline_model::pack::{Advice, ChannelKind};
use openline_model::route::Route;

/// Points of advice as a bulleted list.
pub(crate) fn bullets(advice: &[Advice]) -> Block {
    Block::Bullets {
        items: advice
            .iter()
            .map(|item| Bullet {
                text: item.text.clone(),
                sources: item.sources.clone(),
            })
            .collect(),
    }
}

/// How to respond calmly if a child discloses something: the line on self-harm with the
/// region's emergency number and crisis lines first, then the three groups of advice, each
/// point shown only in the regions it is for, then who to call.
pub(crate) fn disclosure(view: &View) -> Page {
    let parent = &view.pack().parent;
    let strings = view.strings();
    let words = &strings.disclosure;
    let code = view.region.code.as_str();
    let mut cited: Vec<String> = parent.self_harm.sources.clone();
    let emergency = view
        .channels(ChannelKind::Emergency)
        .take(1)
        .flat_map(|channel| view.channel_actions(channel).into_iter().take(1));
    let crisis_lines: Vec<ActionItem> = view
        .region
        .channels
        .iter()
        .filter(|channel| channel.crisis)
        .flat_map(|channel| view.channel_actions(channel).into_iter().take(1))
        .collect();
    let self_harm = &parent.self_harm;
    let mut blocks = vec![
        Block::Paragraph {
            text: words.intro.clone(),
        },
        Block::Callout {
            tone: Tone::Urgent,
            title: words.self_harm_title.clone(),
            text: if crisis_lines.is_empty() {
                self_harm.emergency_only.clone()
            } else {
                self_harm.text.clone()
            },
        },
    ];
    let danger: Vec<ActionItem> = emergency.chain(crisis_lines).collect();
    cited.extend(danger.iter().flat_map(|item| item.sources.clone()));
    if !danger.is_empty() {
        blocks.push(Block::buttons(danger));
    }
    for group in DisclosureGroup::ALL {
        let advice: Vec<Advice> = parent
            .disclosure
            .iter()
            .filter(|item| item.group == Some(group) && item.applies_in(code))
            .cloned()
            .collect();
        if advice.is_empty() {
            continue;
        }
        cited.extend(advice.iter().flat_map(|item| item.sources.clone()));
        blocks.push(Block::Heading {
            text: match group {
                DisclosureGroup::FirstMinutes => words.first_minutes.clone(),
                DisclosureGroup::Dont => words.dont.clone(),
                DisclosureGroup::NextSteps => words.next_steps.clone(),
            },
        });
        blocks.push(bullets(&advice));
    }
    let helplines: Vec<ActionItem> = [ChannelKind::ParentHelpline, ChannelKind::Exploitation]
        .into_iter()
        .flat_map(|kind| view.channels(kind))
        .flat_map(|channel| view.channel_actions(channel))
        .collect();
    cited.extend(helplines.iter().flat_map(|item| item.sources.clone()));
    blocks.push(Block::Heading {
        text: words.next.clone(),
    });
    if !helplines.is_empty() {
        blocks.push(Block::buttons(helplines));
    }
    let home = &strings.home;
    blocks.push(Block::Links {
        items: vec![
            LinkItem::to(&Route::Teen, &home.help_now, Some(&home.help_now_detail)),
            LinkItem::to(&Route::Report, &home.report, Some(&home.report_detail)),
        ],
    });
    blocks.push(view.sources_block(&cited, &view.region.reviewed));
    Page {
        title: words.title.clone(),
        blocks,
    }
}

/// Signs that something may be wrong.
pub(crate) fn warning_signs(view: &View) -> Page {
    let signs = &view.pack().parent.warning_signs;
    let strings = view.strings();
    let parent = &strings.parent;
    let blocks = vec![
        Block::Paragraph {
            text: strings.signs.intro.clone(),
        },
        bullets(signs),
        Block::Links {
            items: vec![LinkItem::to(
                &Route::Disclosure,
                &parent.disclosure,
                Some(&parent.disclosure_detail),
            )],
        },
        view.sources_block(
            signs.iter().flat_map(|item| &item.sources),
            &view.region.reviewed,
        ),
    ];
    Page {
        title: strings.signs.title.clone(),
        blocks,
    }
}
