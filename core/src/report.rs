//! The report hub: the region's channels as one-tap actions, and how to report on each
//! platform.

use crate::screen::{Action, ActionItem, Block, Bullet, Emphasis, LinkItem, Page, Tone};
use crate::view::View;
use openline_model::pack::{ChannelKind, Platform};
use openline_model::route::Route;
use openline_model::strings::fill;

/// The report hub for the user's region.
pub(crate) fn hub(view: &View) -> Page {
    let strings = &view.strings().report;
    let mut blocks = vec![Block::Heading {
        text: fill(&strings.channels_heading, &[("region", &view.region.name)]),
    }];
    let mut cited = Vec::new();
    for kind in ChannelKind::ALL {
        let items: Vec<ActionItem> = view
            .channels(kind)
            .flat_map(|channel| view.channel_actions(channel))
            .collect();
        if items.is_empty() {
            continue;
        }
        cited.extend(items.iter().flat_map(|item| item.sources.clone()));
        blocks.push(Block::Heading {
            text: view.strings().channel.kind(kind).to_owned(),
        });
        blocks.push(Block::buttons(items));
    }
    blocks.push(Block::Heading {
        text: strings.platforms_heading.clone(),
    });
    blocks.push(Block::Paragraph {
        text: strings.platforms_intro.clone(),
    });
    blocks.push(Block::Links {
        items: view
            .pack()
            .platforms
            .iter()
            .map(|platform| {
                let route = Route::ReportPlatform(platform.id.clone());
                LinkItem::to(&route, &platform.name, None)
            })
            .collect(),
    });
    blocks.push(view.sources_block(&cited, &view.region.reviewed));
    Page {
        title: strings.title.clone(),
        blocks,
    }
}

/// How to report and block on one platform.
pub(crate) fn platform(view: &View, platform: &Platform) -> Page {
    let strings = &view.strings().platform;
    let list = |lines: &[String]| -> Vec<Bullet> {
        lines
            .iter()
            .map(|line| Bullet {
                text: line.clone(),
                sources: platform.sources.clone(),
            })
            .collect()
    };
    let mut blocks = vec![Block::Callout {
        tone: Tone::Caution,
        title: strings.evidence_title.clone(),
        text: strings.evidence_text.clone(),
    }];
    let sections = [
        (&strings.report_heading, list(&platform.report)),
        (&strings.block_heading, list(&platform.block)),
        (&strings.notes_heading, list(&platform.notes)),
    ];
    for (heading, items) in sections {
        if !items.is_empty() {
            blocks.push(Block::Heading {
                text: heading.clone(),
            });
            blocks.push(Block::Bullets { items });
        }
    }
    blocks.push(Block::Heading {
        text: strings.help_heading.clone(),
    });
    blocks.push(Block::Actions {
        emphasis: Emphasis::Normal,
        items: platform
            .help
            .iter()
            .map(|page| ActionItem {
                label: page.label.clone(),
                detail: Some(page.url.trim_start_matches("https://").to_owned()),
                action: Action::OpenUrl {
                    url: page.url.clone(),
                },
                sources: platform.sources.clone(),
            })
            .collect(),
    });
    blocks.push(Block::Links {
        items: vec![LinkItem::to(
            &Route::Report,
            &strings.channels_link,
            Some(&view.region.name),
        )],
    });
    blocks.push(view.sources_block(&platform.sources, &platform.reviewed));
    Page {
        title: platform.name.clone(),
        blocks,
    }
}
