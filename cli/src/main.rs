//! `openline`: the terminal shell for OpenLine's core, and its content tools.

mod bench;
mod content;
mod refresh;
mod render;
mod serve;
mod site;

use clap::{Args, Parser, Subcommand};
use openline_core::Event;
use openline_core::{Config, OpenLine, OpenLineError, Screen};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// OpenLine in the terminal: the same screens the apps show, as text or JSON.
#[derive(Parser)]
#[command(name = "openline", version, about)]
struct Cli {
    #[command(flatten)]
    options: Options,
    #[command(subcommand)]
    command: Command,
}

/// Options shared by every screen command.
#[derive(Args, Clone)]
struct Options {
    /// Region code, such as GB, US, CA, AU, NZ, IE or INTL.
    #[arg(long, global = true)]
    region: Option<String>,
    /// Locale as a BCP 47 tag, such as en-GB; defaults to $LANG.
    #[arg(long, global = true)]
    locale: Option<String>,
    /// Where saved progress lives; defaults to a per-user data directory.
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// Print the screen as JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Show the screen for a route, such as `teen` or `report/instagram`.
    Show {
        /// The route.
        route: String,
    },
    /// Show home.
    Home,
    /// Show the emergency steps for teens.
    Teen,
    /// Show the report hub, or how to report on one platform.
    Report {
        /// A platform, such as instagram.
        platform: Option<String>,
    },
    /// Show conversation starters for parents.
    Parent {
        /// Age band: 8-10, 11-13 or 14-17.
        #[arg(long)]
        age: Option<String>,
        /// Moment: new-device, holidays, news-story, check-in, after-worry or new-app.
        #[arg(long)]
        moment: Option<String>,
    },
    /// Reminders to talk: `reminders next` prints when the next one is due.
    Reminders {
        #[command(subcommand)]
        command: RemindersCommand,
    },
    /// Record something, then show the screen it changed.
    Apply {
        #[command(subcommand)]
        event: EventArg,
    },
    /// Check, build and sign content.
    Content {
        #[command(subcommand)]
        command: content::ContentCommand,
    },
    /// Fetch newer signed content now, and say what happened.
    Refresh {
        /// The folder the pack is published in, such as https://example.org/openline.
        #[arg(long)]
        url: String,
        /// A public key to trust besides the compiled-in release keys; may be repeated.
        #[arg(long)]
        trust_key: Vec<String>,
    },
    /// Measure open and render times.
    Bench(bench::BenchArgs),
    /// Write the screens as a static web site: every route, region and language.
    Site(site::SiteArgs),
    /// Serve the web site on 127.0.0.1, building it first unless --dir is given.
    Serve(serve::ServeArgs),
}

#[derive(Subcommand)]
enum RemindersCommand {
    /// Print the next reminder's date and words, or say that reminders are off.
    Next,
}

#[derive(Subcommand)]
enum EventArg {
    /// Tick a step of the teen plan.
    Tick { id: String },
    /// Untick a step.
    Untick { id: String },
    /// Untick every step.
    Reset,
    /// Save a conversation starter.
    Save { id: String },
    /// Unsave a conversation starter.
    Unsave { id: String },
    /// Mark a starter as talked about today.
    Talked { id: String },
    /// Forget that a starter was talked about.
    Untalked { id: String },
    /// Choose the region.
    Region { code: String },
    /// Choose the language.
    Language { tag: String },
    /// Add a child by age band (8-10, 11-13 or 14-17); the nickname stays on this device.
    AddChild {
        age: String,
        #[arg(long)]
        nickname: Option<String>,
    },
    /// Change a child's age band and nickname (left out: no nickname).
    EditChild {
        id: i64,
        age: String,
        #[arg(long)]
        nickname: Option<String>,
    },
    /// Remove a child and what was talked about with them.
    RemoveChild { id: i64 },
    /// Record a talk today with one child about a starter.
    TalkedWith { child: i64, starter: String },
    /// Forget one recorded talk.
    UndoTalk { id: i64 },
    /// Choose reminders to talk; `--every 0` and no flags turns them off.
    Reminders {
        /// Weeks between reminders: 2, 4 or 8, or 0 for none.
        #[arg(long, default_value_t = 0)]
        every: u32,
        /// Also a week before each holiday season.
        #[arg(long)]
        holidays: bool,
        /// Also the day after a child gets a new device.
        #[arg(long)]
        new_device: bool,
    },
    /// Mark today as the day a child got a new device (with --undo, forget it).
    NewDevice {
        child: i64,
        #[arg(long)]
        undo: bool,
    },
}

impl EventArg {
    /// The event, and the screen it changes.
    fn into_event(self) -> (Event, String) {
        match self {
            EventArg::Tick { id } => (Event::TickStep { id }, "teen".into()),
            EventArg::Untick { id } => (Event::UntickStep { id }, "teen".into()),
            EventArg::Reset => (Event::ResetSteps, "teen".into()),
            EventArg::Save { id } => (
                Event::SaveStarter { id: id.clone() },
                format!("starter/{id}"),
            ),
            EventArg::Unsave { id } => (
                Event::UnsaveStarter { id: id.clone() },
                format!("starter/{id}"),
            ),
            EventArg::Talked { id } => (
                Event::MarkTalked { id: id.clone() },
                format!("starter/{id}"),
            ),
            EventArg::Untalked { id } => (
                Event::UnmarkTalked { id: id.clone() },
                format!("starter/{id}"),
            ),
            EventArg::Region { code } => (Event::SetRegion { code }, "settings".into()),
            EventArg::Language { tag } => (Event::SetLanguage { tag }, "settings".into()),
            EventArg::AddChild { age, nickname } => {
                (Event::AddChild { age, nickname }, "parent/children".into())
            }
            EventArg::EditChild { id, age, nickname } => (
                Event::EditChild { id, age, nickname },
                "parent/children".into(),
            ),
            EventArg::RemoveChild { id } => (Event::RemoveChild { id }, "parent/children".into()),
            EventArg::TalkedWith { child, starter } => {
                (Event::TalkedWith { child, starter }, "parent".into())
            }
            EventArg::UndoTalk { id } => (Event::UndoTalk { id }, "parent/children".into()),
            EventArg::Reminders {
                every,
                holidays,
                new_device,
            } => (
                Event::SetReminders {
                    every_weeks: every,
                    before_holidays: holidays,
                    new_device,
                },
                "parent/reminders".into(),
            ),
            EventArg::NewDevice { child, undo } => (
                Event::MarkNewDevice {
                    child,
                    marked: !undo,
                },
                "parent/reminders".into(),
            ),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("openline: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let options = cli.options;
    let route = match cli.command {
        Command::Show { route } => route,
        Command::Home => "home".into(),
        Command::Teen => "teen".into(),
        Command::Report { platform: None } => "report".into(),
        Command::Report { platform: Some(id) } => format!("report/{id}"),
        Command::Parent { age, moment } => parent_route(age, moment),
        Command::Apply { event } => {
            let (event, route) = event.into_event();
            let core = open(&options)?;
            let screen = core.apply(event, route).map_err(shown)?;
            print_screen(&screen, options.json)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Reminders {
            command: RemindersCommand::Next,
        } => {
            let core = open(&options)?;
            let next = core.next_reminder().map_err(shown)?;
            if options.json {
                let text = serde_json::to_string_pretty(&next).map_err(|err| err.to_string())?;
                println!("{text}");
            } else {
                match next {
                    Some(reminder) => {
                        println!("{}\n{}\n{}", reminder.date, reminder.title, reminder.body)
                    }
                    None => println!("Reminders are off."),
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        Command::Content { command } => return content::run(command),
        Command::Bench(args) => return bench::run(&args),
        Command::Site(args) => return site::run(&args),
        Command::Serve(args) => return serve::run(&args),
        Command::Refresh { url, trust_key } => {
            let config = Config {
                update_url: Some(url),
                extra_trusted_keys: trust_key,
                ..config(&options)
            };
            return refresh::run(config);
        }
    };
    let core = open(&options)?;
    let screen = core.screen(route).map_err(shown)?;
    print_screen(&screen, options.json)?;
    Ok(ExitCode::SUCCESS)
}

fn parent_route(age: Option<String>, moment: Option<String>) -> String {
    let filters: Vec<String> = [("age", age), ("moment", moment)]
        .into_iter()
        .filter_map(|(key, value)| value.map(|value| format!("{key}={value}")))
        .collect();
    if filters.is_empty() {
        "parent".into()
    } else {
        format!("parent?{}", filters.join("&"))
    }
}

fn print_screen(screen: &Screen, json: bool) -> Result<(), String> {
    if json {
        let text = serde_json::to_string_pretty(screen).map_err(|err| err.to_string())?;
        println!("{text}");
    } else {
        print!("{}", render::screen(screen));
    }
    Ok(())
}

fn config(options: &Options) -> Config {
    let data_dir = options.data_dir.clone().unwrap_or_else(default_data_dir);
    Config {
        region: options.region.clone(),
        ..Config::new(
            data_dir.to_string_lossy(),
            options.locale.clone().unwrap_or_else(locale_from_env),
        )
    }
}

fn open(options: &Options) -> Result<Arc<OpenLine>, String> {
    OpenLine::open(config(options)).map_err(shown)
}

/// The core's message, and in a terminal, where the folder is the user's own, what went
/// wrong underneath.
fn shown(err: OpenLineError) -> String {
    match err.diagnostic() {
        Some(detail) => format!("{err}\n  ({detail})"),
        None => err.to_string(),
    }
}

/// `$OPENLINE_DATA_DIR`, else `$XDG_DATA_HOME/openline`, else `~/.local/share/openline`.
fn default_data_dir() -> PathBuf {
    let env_dir = |name: &str| {
        std::env::var_os(name)
            .filter(|value| !value.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) = env_dir("OPENLINE_DATA_DIR") {
        return dir;
    }
    if let Some(dir) = env_dir("XDG_DATA_HOME") {
        return dir.join("openline");
    }
    match env_dir("HOME") {
        Some(home) => home.join(".local/share/openline"),
        None => std::env::temp_dir().join("openline"),
    }
}

/// The locale from `$LC_ALL` or `$LANG` (`en_GB.UTF-8` gives `en-GB`), else `en`.
fn locale_from_env() -> String {
    ["LC_ALL", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .map(|value| {
            value
                .split(['.', '@'])
                .next()
                .unwrap_or("")
                .replace('_', "-")
        })
        .find(|tag| !tag.is_empty() && tag != "C" && tag != "POSIX")
        .unwrap_or_else(|| "en".to_owned())
}
