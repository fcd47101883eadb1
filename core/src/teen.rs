//! The teen emergency plan: relief first, then danger help, then one action a step, with
//! progress saved.

use crate::screen::{Action, ActionItem, Block, Event, LinkItem, Page, StepItem, Tone};
use crate::view::View;
use openline_model::pack::{ChannelKind, StepAction, TeenStep};
use openline_model::route::Route;
use openline_model::strings::fill;

/// The teen screen.
pub(crate) fn teen(view: &View) -> Page {
    let teen = &view.pack().teen;
    let strings = &view.strings().teen;
    let mut blocks = vec![Block::Callout {
        tone: Tone::Reassure,
        title: teen.intro_title.clone(),
        text: teen.intro.clone(),
    }];
    // Promise a helpline only where the region has one.
    let has_helpline = view.channels(ChannelKind::TeenHelpline).next().is_some();
    blocks.push(Block::Callout {
        tone: Tone::Urgent,
        title: strings.danger_title.clone(),
        text: if has_helpline {
            teen.danger.clone()
        } else {
            teen.danger_without_helpline.clone()
        },
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
        text: strings.steps_heading.clone(),
    });
    blocks.push(Block::Paragraph {
        text: fill(&strings.progress, &[("done", &done), ("total", &total)]),
    });
    blocks.push(Block::Steps { items: steps });
    blocks.push(Block::Actions {
        items: vec![ActionItem::plain(
            &strings.reset,
            Action::apply(Event::ResetSteps),
        )],
    });
    let report_detail = &view.strings().home.report_detail;
    blocks.push(Block::Links {
        items: vec![LinkItem::to(
            &Route::Report,
            &strings.more_help,
            Some(report_detail),
        )],
    });
    blocks.push(view.sources_block(&cited, &view.region.reviewed));
    Page {
        title: strings.title.clone(),
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
        title: step.title.clone(),
        body: step.body.clone(),
        done,
        toggle: Action::apply(toggle),
        action: step
            .action
            .as_ref()
            .and_then(|action| step_action(view, action)),
        sources: step.sources.clone(),
    }
}

/// A step's button: a route in the app, or the region's first channel of the kind it names.
fn step_action(view: &View, action: &StepAction) -> Option<ActionItem> {
    if let Some(route) = &action.route {
        return Some(ActionItem::plain(&action.label, Action::navigate(route)));
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
        label: action.label.clone(),
        detail: Some(channel.name.clone()),
        ..chosen
    })
}
