//! The report hub: the region's channels as one-tap actions, and how to report on each
//! platform.

use crate::screen::{Action, ActionItem, Block, Bullet, LinkItem, Page, Tone};
use crate::view::View;
use openline_model::keys;
use openline_model::pack::{ChannelKind, Platform};
use openline_model::route::Route;

/// The report hub for the user's region.
pub(crate) fn hub(view: &View) -> Page {
    let mut blocks = vec![Block::Heading {
        text: view.fill(
            "report.channels_heading",
            &[("region", view.region_name(view.region))],
        ),
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
            text: view.kind_label(kind),
        });
        blocks.push(Block::Actions { items });
    }
    let platforms = &view.catalog.pack().platforms;
    blocks.push(Block::Heading {
        text: view.s("report.platforms_heading"),
    });
    blocks.push(Block::Paragraph {
        text: view.s("report.platforms_intro"),
    });
    blocks.push(Block::Links {
        items: platforms
            .iter()
            .map(|platform| LinkItem {
                label: view.platform_name(platform).to_owned(),
                detail: None,
                route: Route::ReportPlatform(platform.id.clone()).to_string(),
            })
            .collect(),
    });
    blocks.push(view.sources_block(&cited, &view.region.reviewed));
    Page {
        title: view.s("report.title"),
        blocks,
    }
}

/// How to report and block on one platform.
pub(crate) fn platform(view: &View, platform: &Platform) -> Page {
    let list = |name: &str, lines: &[String]| -> Vec<Bullet> {
        lines
            .iter()
            .enumerate()
            .map(|(index, line)| Bullet {
                text: view
                    .tr(|| keys::platform(&platform.id, name, index), line)
                    .to_owned(),
                sources: platform.sources.clone(),
            })
            .collect()
    };
    let mut blocks = vec![Block::Callout {
        tone: Tone::Caution,
        title: view.s("platform.evidence_title"),
        text: view.s("platform.evidence_text"),
    }];
    let sections = [
        ("platform.report_heading", list("report", &platform.report)),
        ("platform.block_heading", list("block", &platform.block)),
        ("platform.notes_heading", list("note", &platform.notes)),
    ];
    for (heading, items) in sections {
        if !items.is_empty() {
            blocks.push(Block::Heading {
                text: view.s(heading),
            });
            blocks.push(Block::Bullets { items });
        }
    }
    blocks.push(Block::Heading {
        text: view.s("platform.help_heading"),
    });
    blocks.push(Block::Actions {
        items: platform
            .help
            .iter()
            .enumerate()
            .map(|(index, page)| ActionItem {
                label: view
                    .tr(|| keys::platform(&platform.id, "help", index), &page.label)
                    .to_owned(),
                detail: Some(page.url.trim_start_matches("https://").to_owned()),
                action: Action::OpenUrl {
                    url: page.url.clone(),
                },
                sources: platform.sources.clone(),
            })
            .collect(),
    });
    blocks.push(Block::Links {
        items: vec![LinkItem {
            label: view.s("platform.channels_link"),
            detail: Some(view.region_name(view.region).to_owned()),
            route: Route::Report.to_string(),
        }],
    });
    blocks.push(view.sources_block(&platform.sources, &platform.reviewed));
    Page {
        title: view.platform_name(platform).to_owned(),
        blocks,
    }
}
