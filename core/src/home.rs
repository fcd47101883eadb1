//! Home: two clear doors, help now and parent, quick access to reporting, and emergency help.

use crate::content::model::ChannelKind;
use crate::screen::{Block, LinkItem, Screen, Tone};
use crate::view::View;

/// The home screen.
pub fn home(view: &View) -> Screen {
    let mut blocks = Vec::new();
    if let Some(reason) = view.recovered {
        blocks.push(Block::Callout {
            tone: Tone::Caution,
            title: view.s("home.recovered"),
            text: reason.to_owned(),
        });
    }
    let door = |label: &str, detail: &str, route: &str| LinkItem {
        label: view.s(label),
        detail: Some(view.s(detail)),
        route: route.to_owned(),
    };
    blocks.push(Block::Links {
        items: vec![
            door("home.help_now", "home.help_now_detail", "teen"),
            door("home.parent", "home.parent_detail", "parent"),
            door("home.report", "home.report_detail", "report"),
        ],
    });
    let emergency: Vec<_> = view
        .channels(ChannelKind::Emergency)
        .take(1)
        .flat_map(|channel| view.channel_actions(channel))
        .collect();
    let sources: Vec<String> = emergency
        .iter()
        .flat_map(|item| item.sources.clone())
        .collect();
    if !emergency.is_empty() {
        blocks.push(Block::Actions { items: emergency });
    }
    blocks.push(Block::Links {
        items: vec![
            LinkItem {
                label: view.s("home.settings"),
                detail: Some(view.region_name(view.region).to_owned()),
                route: "settings".to_owned(),
            },
            LinkItem {
                label: view.s("home.about"),
                detail: None,
                route: "about".to_owned(),
            },
        ],
    });
    blocks.push(view.sources_block(&sources, &view.region.reviewed));
    Screen {
        route: "home".to_owned(),
        title: view.s("app.name"),
        up: None,
        quick_exit: None,
        blocks,
    }
}
