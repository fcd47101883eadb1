//! Guides for parents: how to respond if a child tells you something, and warning signs.

use crate::content::keys;
use crate::content::model::{Advice, ChannelKind};
use crate::screen::{ActionItem, Block, Bullet, LinkItem, Screen};
use crate::view::View;

/// Points of advice as a bulleted list, in the user's language.
pub fn bullets(view: &View, advice: &[Advice]) -> Block {
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
pub fn disclosure(view: &View) -> Screen {
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
                route: "teen".to_owned(),
            },
            LinkItem {
                label: view.s("home.report"),
                detail: Some(view.s("home.report_detail")),
                route: "report".to_owned(),
            },
        ],
    });
    blocks.push(view.sources_block(&cited, &view.region.reviewed));
    Screen {
        route: "parent/disclosure".to_owned(),
        title: view.s("disclosure.title"),
        up: Some("parent".to_owned()),
        quick_exit: None,
        blocks,
    }
}

/// Signs that something may be wrong.
pub fn warning_signs(view: &View) -> Screen {
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
                route: "parent/disclosure".to_owned(),
            }],
        },
        view.sources_block(
            signs.iter().flat_map(|item| &item.sources),
            &view.region.reviewed,
        ),
    ];
    Screen {
        route: "parent/signs".to_owned(),
        title: view.s("signs.title"),
        up: Some("parent".to_owned()),
        quick_exit: None,
        blocks,
    }
}
