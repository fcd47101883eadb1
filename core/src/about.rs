//! About: versions, privacy, reviewed dates and every source behind the content.

use crate::screen::{Block, Bullet, Page, SourceItem};
use crate::view::View;
use openline_model::strings::fill;

/// The app's version, from Cargo.
pub(crate) const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The about screen.
pub(crate) fn about(view: &View) -> Page {
    let pack = view.pack();
    let strings = &view.strings().about;
    let mut blocks = vec![
        Block::Paragraph {
            text: fill(&strings.app_version, &[("version", APP_VERSION)]),
        },
        Block::Paragraph {
            text: fill(
                &strings.content_version,
                &[("version", &pack.version.to_string())],
            ),
        },
        Block::Paragraph {
            text: strings.privacy.clone(),
        },
    ];
    if let Some(translation) = view.catalog.translation(view.language) {
        blocks.push(Block::Heading {
            text: strings.translation_heading.clone(),
        });
        blocks.push(Block::Paragraph {
            text: format!("{}: {}", translation.name, translation.status),
        });
    }
    let checked =
        |name: &str, date: &str| fill(&strings.reviewed_item, &[("name", name), ("date", date)]);
    let regions = pack.regions.iter().map(|region| Bullet {
        text: checked(&region.name, &region.reviewed),
        sources: region
            .channels
            .iter()
            .flat_map(|channel| channel.sources.clone())
            .collect(),
    });
    let platforms = pack.platforms.iter().map(|platform| Bullet {
        text: checked(&platform.name, &platform.reviewed),
        sources: platform.sources.clone(),
    });
    let mut reviewed: Vec<Bullet> = regions.chain(platforms).collect();
    for bullet in &mut reviewed {
        bullet.sources.sort();
        bullet.sources.dedup();
    }
    blocks.push(Block::Heading {
        text: strings.reviewed_heading.clone(),
    });
    blocks.push(Block::Paragraph {
        text: strings.reviewed_intro.clone(),
    });
    blocks.push(Block::Bullets { items: reviewed });
    blocks.push(Block::Heading {
        text: strings.sources_heading.clone(),
    });
    blocks.push(Block::Sources {
        title: view.strings().sources.title.clone(),
        items: pack
            .sources
            .iter()
            .map(|source| SourceItem {
                id: source.id.clone(),
                citation: view.citation(source),
                reviewed: None,
            })
            .collect(),
    });
    Page {
        title: strings.title.clone(),
        blocks,
    }
}
