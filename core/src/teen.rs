//! The teen emergency plan: relief first, then the few things to do right now, danger help,
//! then the rest of the plan, with progress saved. Sources stay quiet: one line leads to them.

use crate::screen::{Action, ActionItem, Block, Emphasis, Event, LinkItem, Page, StepItem, Tone};
use crate::view::View;
use openline_model::pack::{ChannelKind, StepAction, TeenStep};
use openline_model::route::Route;
use openline_model::strings::fill;

/// The teen screen.
pub(crate) fn teen(view: &View) -> Page {
    let (mut page, _) = plan(view);
    quiet(view, &mut page.blocks);
    page
}

/// Where the teen advice comes from: every source the plan cites, with the reviewed date.
pub(crate) fn sources(view: &View) -> Page {
    let (_, cited) = plan(view);
    let strings = &view.strings().teen;
    Page {
        title: strings.sources_title.clone(),
        blocks: vec![
            Block::Paragraph {
                text: strings.sources_intro.clone(),
            },
            view.sources_block(&cited, &view.region.reviewed),
        ],
    }
}

/// The plan as a page, with the ids of every source behind it.
fn plan(view: &View) -> (Page, Vec<String>) {
    let teen = &view.pack().teen;
    let strings = &view.strings().teen;
    let mut cited: Vec<String> = teen.intro_sources.clone();
    let mut blocks = vec![Block::Callout {
        tone: Tone::Reassure,
        title: teen.intro_title.clone(),
        text: teen.intro.clone(),
    }];
    let steps: Vec<StepItem> = teen
        .steps
        .iter()
        .zip(1..)
        .map(|(step, number)| step_item(view, step, number))
        .collect();
    cited.extend(steps.iter().flat_map(|step| step.sources.clone()));
    cited.extend(
        steps
            .iter()
            .filter_map(|step| step.action.as_ref())
            .flat_map(|item| item.sources.clone()),
    );
    let done = steps.iter().filter(|step| step.done).count();
    let total = steps.len().to_string();
    let now = teen.steps.iter().take_while(|step| step.now).count();
    let (first, rest) = steps.split_at(now.min(steps.len()));
    blocks.push(Block::Heading {
        text: strings.now_heading.clone(),
    });
    blocks.push(Block::Steps {
        items: first.to_vec(),
    });

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
    cited.extend(danger_help.iter().flat_map(|item| item.sources.clone()));
    if !danger_help.is_empty() {
        blocks.push(Block::buttons(danger_help));
    }

    blocks.push(Block::Heading {
        text: strings.steps_heading.clone(),
    });
    blocks.push(Block::Paragraph {
        text: fill(
            &strings.progress,
            &[("done", &done.to_string()), ("total", &total)],
        ),
    });
    blocks.push(Block::Steps {
        items: rest.to_vec(),
    });
    // Clearing is offered only when there is something to clear.
    if done > 0 {
        blocks.push(Block::Actions {
            emphasis: Emphasis::Normal,
            items: vec![ActionItem::plain(
                &strings.reset,
                Action::apply(Event::ResetSteps),
            )],
        });
    }
    let report_detail = &view.strings().home.report_detail;
    blocks.push(Block::Links {
        items: vec![LinkItem::to(
            &Route::Report,
            &strings.more_help,
            Some(report_detail),
        )],
    });
    let page = Page {
        title: strings.title.clone(),
        blocks,
    };
    (page, cited)
}

/// Takes the citations off a teen screen and ends it with the one line that leads to them:
/// numbers and ids are noise to someone frightened.
pub(crate) fn quiet(view: &View, blocks: &mut Vec<Block>) {
    for block in blocks.iter_mut() {
        block.drop_citations();
    }
    let line = fill(
        &view.strings().teen.sources_line,
        &[("date", &view.region.reviewed)],
    );
    blocks.push(Block::Links {
        items: vec![LinkItem::to(&Route::TeenSources, &line, None)],
    });
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
