//! Guides for parents: how to respond if a child tells you something, and warning signs.

use crate::screen::{ActionItem, Block, Bullet, LinkItem, Page};
use crate::view::View;
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

/// How to respond calmly if a child discloses something.
pub(crate) fn disclosure(view: &View) -> Page {
    let parent = &view.pack().parent;
    let strings = view.strings();
    let helplines: Vec<ActionItem> = [ChannelKind::ParentHelpline, ChannelKind::Exploitation]
        .into_iter()
        .flat_map(|kind| view.channels(kind))
        .flat_map(|channel| view.channel_actions(channel))
        .collect();
    let mut cited: Vec<String> = parent
        .disclosure
        .iter()
        .flat_map(|item| item.sources.clone())
        .collect();
    cited.extend(helplines.iter().flat_map(|item| item.sources.clone()));
    let mut blocks = vec![
        Block::Paragraph {
            text: strings.disclosure.intro.clone(),
        },
        bullets(&parent.disclosure),
        Block::Heading {
            text: strings.disclosure.next.clone(),
        },
    ];
    if !helplines.is_empty() {
        blocks.push(Block::Actions { items: helplines });
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
        title: strings.disclosure.title.clone(),
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
