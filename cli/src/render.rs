//! Renders a screen as plain text for the terminal: numbered steps, and every action with
//! the number or address it uses.

use openline_core::{Action, ActionItem, Block, Emphasis, Event, Screen, Tone};
use std::fmt::Write;

const WIDTH: usize = 78;

/// The whole screen as text.
pub fn screen(screen: &Screen) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", screen.title);
    let _ = writeln!(out, "{}", "=".repeat(screen.title.chars().count().max(3)));
    for block in &screen.blocks {
        out.push('\n');
        render_block(&mut out, block);
    }
    if let Some(up) = &screen.up {
        let _ = writeln!(out, "\n(back: {up})");
    }
    out
}

fn render_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { text } => {
            let _ = writeln!(out, "## {text}");
        }
        Block::Paragraph { text } => wrap_into(out, text, ""),
        Block::Callout { tone, title, text } => {
            let mark = match tone {
                Tone::Reassure => "(i)",
                Tone::Info => "(i)",
                Tone::Caution => "(!)",
                Tone::Urgent => "(!!)",
            };
            let _ = writeln!(out, "{mark} {title}");
            wrap_into(out, text, "    ");
        }
        Block::Steps { items } => {
            for step in items {
                let tick = if step.done { "[x]" } else { "[ ]" };
                let _ = writeln!(out, "{:>2}. {tick} {}", step.number, step.title);
                wrap_into(out, &step.body, "        ");
                if let Some(item) = &step.action {
                    let _ = writeln!(out, "        -> {}", action_line(item));
                }
                let _ = writeln!(out, "        {}", describe(&step.toggle));
            }
        }
        Block::Actions { items, emphasis } => {
            // The main control stands out in plain text too; quiet rows are plain arrows.
            let arrow = match emphasis {
                Emphasis::Main => "==>",
                Emphasis::Normal | Emphasis::Quiet => "->",
            };
            for item in items {
                let _ = writeln!(out, "  {arrow} {}", action_line(item));
            }
        }
        Block::Links { items } => {
            for item in items {
                let detail = item
                    .detail
                    .as_deref()
                    .map(|d| format!(": {d}"))
                    .unwrap_or_default();
                let _ = writeln!(out, "  > {}{detail}  [go {}]", item.label, item.route);
            }
        }
        Block::Cards { items } => {
            for card in items {
                let _ = writeln!(out, "  * {}", card.opener);
                for followup in &card.followups {
                    wrap_into(out, &format!("- {followup}"), "      ");
                }
                wrap_into(
                    out,
                    &format!("{}: {}", card.worry_label, card.worry),
                    "      ",
                );
                // Saved and talked-about show in the action labels the core sends.
                let _ = writeln!(out, "      ({})  [go {}]", card.tags.join(", "), card.route);
                for item in &card.actions {
                    let _ = writeln!(out, "      -> {}", action_line(item));
                }
            }
        }
        Block::Bullets { items } => {
            for bullet in items {
                let cite = cite(&bullet.sources);
                wrap_into(out, &format!("- {}{cite}", bullet.text), "  ");
            }
        }
        Block::Choice { label, options } => {
            let _ = writeln!(out, "{label}:");
            for option in options {
                let mark = if option.selected { "(*)" } else { "( )" };
                let _ = writeln!(
                    out,
                    "  {mark} {}  {}",
                    option.label,
                    describe(&option.action)
                );
            }
        }
        Block::Sources { title, items } => {
            let _ = writeln!(out, "{title}:");
            for source in items {
                let reviewed = source
                    .reviewed
                    .as_deref()
                    .map(|checked| format!(" ({checked})"))
                    .unwrap_or_default();
                wrap_into(
                    out,
                    &format!("[{}] {}{reviewed}", source.id, source.citation),
                    "  ",
                );
            }
        }
    }
}

fn action_line(item: &ActionItem) -> String {
    let detail = item
        .detail
        .as_deref()
        .map(|d| format!(": {d}"))
        .unwrap_or_default();
    format!(
        "{}{detail}  {}{}",
        item.label,
        describe(&item.action),
        cite(&item.sources)
    )
}

fn cite(sources: &[String]) -> String {
    if sources.is_empty() {
        String::new()
    } else {
        format!(" [{}]", sources.join(", "))
    }
}

/// What an action does, in the form the CLI accepts back.
pub fn describe(action: &Action) -> String {
    match action {
        Action::Navigate { route, .. } => format!("[go {route}]"),
        Action::OpenUrl { url } => format!("[open {url}]"),
        Action::Call { number } => format!("[call tel:{number}]"),
        Action::SendText { number, body } => format!("[text \"{body}\" to sms:{number}]"),
        Action::Copy { text } => format!("[copy \"{text}\"]"),
        Action::Share { .. } => "[share]".to_owned(),
        Action::Apply { event } => format!("[apply {}]", event_words(event)),
    }
}

/// An event as `openline apply` arguments.
pub fn event_words(event: &Event) -> String {
    match event {
        Event::TickStep { id } => format!("tick {id}"),
        Event::UntickStep { id } => format!("untick {id}"),
        Event::ResetSteps => "reset".to_owned(),
        Event::SaveStarter { id } => format!("save {id}"),
        Event::UnsaveStarter { id } => format!("unsave {id}"),
        Event::MarkTalked { id } => format!("talked {id}"),
        Event::UnmarkTalked { id } => format!("untalked {id}"),
        Event::SetRegion { code } => format!("region {code}"),
        Event::SetLanguage { tag } => format!("language {tag}"),
        Event::AddChild { age, nickname } => match nickname {
            Some(name) => format!("add-child {age} --nickname {}", shell_word(name)),
            None => format!("add-child {age}"),
        },
        Event::EditChild { id, age, nickname } => match nickname {
            Some(name) => format!("edit-child {id} {age} --nickname {}", shell_word(name)),
            None => format!("edit-child {id} {age}"),
        },
        Event::RemoveChild { id } => format!("remove-child {id}"),
        Event::TalkedWith { child, starter } => format!("talked-with {child} {starter}"),
        Event::UndoTalk { id } => format!("undo-talk {id}"),
        Event::SetReminders {
            every_weeks,
            before_holidays,
            new_device,
        } => {
            let mut words = format!("reminders --every {every_weeks}");
            if *before_holidays {
                words.push_str(" --holidays");
            }
            if *new_device {
                words.push_str(" --new-device");
            }
            words
        }
        Event::MarkNewDevice {
            child,
            marked: true,
        } => format!("new-device {child}"),
        Event::MarkNewDevice {
            child,
            marked: false,
        } => format!("new-device {child} --undo"),
    }
}

/// A word as a shell reads it: quoted when it holds anything but letters, digits and `-`.
fn shell_word(word: &str) -> String {
    if !word.is_empty() && word.chars().all(|c| c.is_alphanumeric() || c == '-') {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// Greedy word wrap to the terminal width, each line prefixed with `indent`.
fn wrap_into(out: &mut String, text: &str, indent: &str) {
    for paragraph in text.lines() {
        let mut line = String::from(indent);
        for word in paragraph.split_whitespace() {
            let fits = line.chars().count() + 1 + word.chars().count() <= WIDTH;
            if line.len() > indent.len() && !fits {
                let _ = writeln!(out, "{line}");
                line = String::from(indent);
            }
            if line.len() > indent.len() {
                line.push(' ');
            }
            line.push_str(word);
        }
        let _ = writeln!(out, "{line}");
    }
}
