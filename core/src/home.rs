//! Home: two clear doors, help now and parent, quick access to reporting, and emergency help.

use crate::screen::{Block, LinkItem, Page, Tone};
use crate::view::View;
use openline_model::pack::ChannelKind;
use openline_model::route::Route;

/// The home screen.
pub(crate) fn home(view: &View) -> Page {
    let strings = &view.strings().home;
    let mut blocks = Vec::new();
    if view.notices.recovered {
        blocks.push(Block::Callout {
            tone: Tone::Caution,
            title: strings.recovered.clone(),
            text: strings.recovered_detail.clone(),
        });
    }
    if view.notices.update_refused {
        blocks.push(Block::Callout {
            tone: Tone::Info,
            title: strings.update_refused.clone(),
            text: strings.update_refused_detail.clone(),
        });
    }
    let starters = Route::Parent {
        age: None,
        moment: None,
    };
    let door = |route: &Route, label: &str, detail: &str| LinkItem::to(route, label, Some(detail));
    blocks.push(Block::Links {
        items: vec![
            door(&Route::Teen, &strings.help_now, &strings.help_now_detail),
            door(&starters, &strings.parent, &strings.parent_detail),
            door(&Route::Report, &strings.report, &strings.report_detail),
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
            LinkItem::to(&Route::Settings, &strings.settings, Some(&view.region.name)),
            LinkItem::to(&Route::About, &strings.about, None),
        ],
    });
    blocks.push(view.sources_block(&sources, &view.region.reviewed));
    Page {
        title: view.strings().app.name.clone(),
        blocks,
    }
}
