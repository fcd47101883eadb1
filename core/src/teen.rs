//! The teen emergency plan: relief first, then danger help, then one action a step, with
//! progress saved.

use crate::screen::{Action, ActionItem, Block, Event, LinkItem, Page, StepItem, Tone};
use crate::view::View;
use openline_model::keys;
use openline_model::pack::{ChannelKind, StepAction, TeenStep};
use openline_model::route::Route;

/// The teen screen.
pub(crate) fn teen(view: &View) -> Page {
    let teen = &view.catalog.pack().teen;
    let mut blocks = vec![Block::Callout {
        tone: Tone::Reassure,
        title: view.tr(|| "teen.intro_title", &teen.intro_title).to_owned(),
        text: view.tr(|| "teen.intro", &teen.intro).to_owned(),
    }];
    blocks.push(Block::Callout {
        tone: Tone::Urgent,
        title: view.s("teen.danger_title"),
        text: view.tr(|| "teen.danger", &teen.danger).to_owned(),
    });
    let danger_help: Vec<ActionItem> = [ChannelKind::Emergency, ChannelKind::TeenHelpline]
        .into_iter()
        .filter_map(|kind| view.channels(kind).next())
        .filter_map(|channel| view.channel_actions(channel).into_iter().next())
        .collect();
    let mut cited: Vec<String> = teen.intro_sources.clone();
    cited.extend(danger_help.iter().flat_map(|item| item.sources.clone()));
    if !danger_help.is_empty() {
        blocks.push(Block::Actions { items: danger_help });
    }

    let steps: Vec<StepItem> = teen
        .steps
        .iter()
        .zip(1..)
        .map(|(step, number)| step_item(view, step, number))
        .collect();
    let done = steps.iter().filter(|step| step.done).count().to_string();
    let total = steps.len().to_string();
    cited.extend(steps.iter().flat_map(|step| step.sources.clone()));
    cited.extend(
        steps
            .iter()
            .filter_map(|step| step.action.as_ref())
            .flat_map(|item| item.sources.clone()),
    );
    blocks.push(Block::Heading {
        text: view.s("teen.steps_heading"),
    });
    blocks.push(Block::Paragraph {
        text: view.fill("teen.progress", &[("done", &done), ("total", &total)]),
    });
    blocks.push(Block::Steps { items: steps });
    blocks.push(Block::Actions {
        items: vec![ActionItem {
            label: view.s("teen.reset"),
            detail: None,
            action: Action::apply(Event::ResetSteps),
            sources: Vec::new(),
        }],
    });
    blocks.push(Block::Links {
        items: vec![LinkItem {
            label: view.s("teen.more_help"),
            detail: Some(view.s("home.report_detail")),
            route: Route::Report.to_string(),
        }],
    });
    blocks.push(view.sources_block(&cited, &view.region.reviewed));
    Page {
        title: view.s("teen.title"),
        blocks,
    }
}

fn step_item(view: &View, step: &TeenStep, number: u32) -> StepItem {
    let done = view.recorded.done_steps.contains(&step.id);
    let id = step.id.clone();
    let toggle = if done {
        Event::UntickStep { id }
    } else {
        Event::TickStep { id }
    };
    StepItem {
        id: step.id.clone(),
        number,
        title: view
            .tr(|| keys::step(&step.id, "title"), &step.title)
            .to_owned(),
        body: view
            .tr(|| keys::step(&step.id, "body"), &step.body)
            .to_owned(),
        done,
        toggle: Action::apply(toggle),
        action: step
            .action
            .as_ref()
            .and_then(|action| step_action(view, &step.id, action)),
        sources: step.sources.clone(),
    }
}

/// A step's button: a route in the app, or the region's first channel of the kind it names.
fn step_action(view: &View, step_id: &str, action: &StepAction) -> Option<ActionItem> {
    let label = view
        .tr(|| keys::step(step_id, "action"), &action.label)
        .to_owned();
    if let Some(route) = &action.route {
        return Some(ActionItem {
            label,
            detail: None,
            action: Action::navigate(route),
            sources: Vec::new(),
        });
    }
    let (kind, channel) = action
        .channels
        .iter()
        .find_map(|&kind| Some((kind, view.channels(kind).next()?)))?;
    let choices = view.channel_actions(channel);
    // Reports and take-downs are forms on the web; for people, a voice is better.
    let prefer_web = matches!(kind, ChannelKind::Exploitation | ChannelKind::Takedown);
    let chosen = choices
        .iter()
        .find(|item| matches!(item.action, Action::OpenUrl { .. }) == prefer_web)
        .or(choices.first())?
        .clone();
    Some(ActionItem {
        label,
        detail: Some(view.channel_name(channel).to_owned()),
        ..chosen
    })
}
