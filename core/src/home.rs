//! Home: two clear doors, help now and parent, quick access to reporting, and emergency help.

use crate::screen::{Block, LinkItem, Page, Tone};
use crate::view::View;
use openline_model::pack::ChannelKind;
use openline_model::route::Route;

/// The home screen.
pub(crate) fn home(view: &View) -> Page {
    let mut blocks = Vec::new();
    if let Some(reason) = view.recovered {
        blocks.push(Block::Callout {
            tone: Tone::Caution,
            title: view.s("home.recovered"),
            text: reason.to_owned(),
        });
    }
    let door = |label: &str, detail: &str, route: Route| LinkItem {
        label: view.s(label),
        detail: Some(view.s(detail)),
        route: route.to_string(),
    };
    let starters = Route::Parent {
        age: None,
        moment: None,
    };
    blocks.push(Block::Links {
        items: vec![
            door("home.help_now", "home.help_now_detail", Route::Teen),
            door("home.parent", "home.parent_detail", starters),
            door("home.report", "home.report_detail", Route::Report),
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
                route: Route::Settings.to_string(),
            },
            LinkItem {
                label: view.s("home.about"),
                detail: None,
                route: Route::About.to_string(),
            },
        ],
    });
    blocks.push(view.sources_block(&sources, &view.region.reviewed));
    Page {
        title: view.s("app.name"),
        blocks,
    }
}
