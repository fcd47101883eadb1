//! Guides for parents: how to respond if a child tells you something, and warning signs.

use crate::screen::{ActionItem, Block, Bullet, LinkItem, Page};
use crate::view::View;
use openline_model::keys;
use openline_model::pack::{Advice, ChannelKind};
use openline_model::route::Route;

/// Points of advice as a bulleted list, in the user's language.
pub(crate) fn bullets(view: &View, advice: &[Advice]) -> Block {
    Block::Bullets {
        items: advice
            .iter()
            .map(|item| Bullet {
                text: view.tr(|| keys::advice(&item.id), &item.text).to_owned(),
                sources: item.sources.clone(),
            })
            .collect(),
    }
}

/// How to respond calmly if a child discloses something.
pub(crate) fn disclosure(view: &View) -> Page {
    let parent = &view.catalog.pack().parent;
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
            text: view.s("disclosure.intro"),
        },
        bullets(view, &parent.disclosure),
        Block::Heading {
            text: view.s("disclosure.next"),
        },
    ];
    if !helplines.is_empty() {
        blocks.push(Block::Actions { items: helplines });
    }
    blocks.push(Block::Links {
        items: vec![
            LinkItem {
                label: view.s("home.help_now"),
                detail: Some(view.s("home.help_now_detail")),
                route: Route::Teen.to_string(),
            },
            LinkItem {
                label: view.s("home.report"),
                detail: Some(view.s("home.report_detail")),
                route: Route::Report.to_string(),
            },
        ],
    });
    blocks.push(view.sources_block(&cited, &view.region.reviewed));
    Page {
        title: view.s("disclosure.title"),
        blocks,
    }
}

/// Signs that something may be wrong.
pub(crate) fn warning_signs(view: &View) -> Page {
    let signs = &view.catalog.pack().parent.warning_signs;
    let blocks = vec![
        Block::Paragraph {
            text: view.s("signs.intro"),
        },
        bullets(view, signs),
        Block::Links {
            items: vec![LinkItem {
                label: view.s("parent.disclosure"),
                detail: Some(view.s("parent.disclosure_detail")),
                route: Route::Disclosure.to_string(),
            }],
        },
        view.sources_block(
            signs.iter().flat_map(|item| &item.sources),
            &view.region.reviewed,
        ),
    ];
    Page {
        title: view.s("signs.title"),
        blocks,
    }
}
