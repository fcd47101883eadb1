//! About: versions, privacy, reviewed dates and every source behind the content.

use crate::screen::{Block, Bullet, Page, SourceItem};
use crate::view::View;

/// The app's version, from Cargo.
pub(crate) const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The about screen.
pub(crate) fn about(view: &View) -> Page {
    let pack = view.catalog.pack();
    let mut blocks = vec![
        Block::Paragraph {
            text: view.fill("about.app_version", &[("version", APP_VERSION)]),
        },
        Block::Paragraph {
            text: view.fill(
                "about.content_version",
                &[("version", &pack.version.to_string())],
            ),
        },
        Block::Paragraph {
            text: view.s("about.privacy"),
        },
    ];
    if let Some(translation) = view.catalog.translation(view.language) {
        blocks.push(Block::Heading {
            text: view.s("about.translation_heading"),
        });
        blocks.push(Block::Paragraph {
            text: format!("{}: {}", translation.name, translation.status),
        });
    }
    let regions = pack.regions.iter().map(|region| Bullet {
        text: format!("{}: {}", view.region_name(region), region.reviewed),
        sources: region
            .channels
            .iter()
            .flat_map(|channel| channel.sources.clone())
            .collect(),
    });
    let platforms = pack.platforms.iter().map(|platform| Bullet {
        text: format!("{}: {}", platform.name, platform.reviewed),
        sources: platform.sources.clone(),
    });
    let mut reviewed: Vec<Bullet> = regions.chain(platforms).collect();
    for bullet in &mut reviewed {
        bullet.sources.sort();
        bullet.sources.dedup();
    }
    blocks.push(Block::Heading {
        text: view.s("about.reviewed_heading"),
    });
    blocks.push(Block::Bullets { items: reviewed });
    blocks.push(Block::Heading {
        text: view.s("about.sources_heading"),
    });
    blocks.push(Block::Sources {
        title: view.s("sources.title"),
        items: pack
            .sources
            .iter()
            .map(|source| SourceItem {
                id: source.id.clone(),
                citation: if source.secondary {
                    view.fill("about.secondary", &[("citation", &source.citation)])
                } else {
                    source.citation.clone()
                },
                reviewed: None,
            })
            .collect(),
    });
    Page {
        title: view.s("about.title"),
        blocks,
    }
}
