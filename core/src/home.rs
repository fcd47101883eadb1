//! Home: one main control for help now, the door for parents, reporting, and emergency help
//! as a quieter row.

use crate::screen::{Action, ActionItem, Block, Emphasis, LinkItem, Page, Tone};
use crate::teen;
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
    // One main control, with a line that says nothing of what happened to someone looking
    // over a shoulder.
    blocks.push(Block::Actions {
        items: vec![ActionItem {
            label: strings.help_now.clone(),
            detail: Some(strings.help_now_detail.clone()),
            action: Action::navigate(Route::Teen),
            sources: Vec::new(),
        }],
        emphasis: Emphasis::Main,
    });
    let door = |route: &Route, label: &str, detail: &str| LinkItem::to(route, label, Some(detail));
    blocks.push(Block::Links {
        items: vec![
            door(&starters, &strings.parent, &strings.parent_detail),
            door(&Route::Report, &strings.report, &strings.report_detail),
        ],
    });
    let emergency: Vec<_> = view
        .channels(ChannelKind::Emergency)
        .take(1)
        .flat_map(|channel| view.channel_actions(channel))
        .collect();
    if !emergency.is_empty() {
        blocks.push(Block::Actions {
            items: emergency,
            emphasis: Emphasis::Quiet,
        });
    }
    blocks.push(Block::Links {
        items: vec![
            LinkItem::to(&Route::Settings, &strings.settings, Some(&view.region.name)),
            LinkItem::to(&Route::About, &strings.about, None),
        ],
    });
    teen::quiet(view, &mut blocks);
    Page {
        title: view.strings().app.name.clone(),
        blocks,
    }
}
