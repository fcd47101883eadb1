//! `openline content ...`: the tools that check content as authored.

use clap::Subcommand;
use openline_core::content::authoring::Authored;
use openline_core::content::date::Date;
use openline_core::content::validate::{Severity, validate};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Content tools.
#[derive(Subcommand)]
pub enum ContentCommand {
    /// Validate `content/` and print what it holds.
    Check {
        /// The content folder; defaults to ./content, then the repository's.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

/// Runs a content tool.
pub fn run(command: ContentCommand) -> Result<ExitCode, String> {
    match command {
        ContentCommand::Check { dir } => check(&content_dir(dir)),
    }
}

/// The content folder: the one given, else `./content`, else the one this binary was built from.
pub fn content_dir(given: Option<PathBuf>) -> PathBuf {
    given.unwrap_or_else(|| {
        let local = PathBuf::from("content");
        if local.join("pack.toml").is_file() {
            local
        } else {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
        }
    })
}

fn check(dir: &Path) -> Result<ExitCode, String> {
    let authored = Authored::load(dir).map_err(|err| err.to_string())?;
    let problems = validate(&authored.pack, Some(Date::today()));
    let pack = &authored.pack;
    let unsourced = problems
        .iter()
        .filter(|problem| problem.message.contains("cites no source"))
        .count();
    let channels: usize = pack
        .regions
        .iter()
        .map(|region| region.channels.len())
        .sum();
    println!("content version   {}", pack.version);
    println!("regions           {}", pack.regions.len());
    println!("channels          {channels}");
    println!("platforms         {}", pack.platforms.len());
    println!("teen steps        {}", pack.teen.steps.len());
    println!("starters          {}", pack.parent.starters.len());
    println!("sources           {}", pack.sources.len());
    println!("translations      {}", pack.translations.len());
    println!("facts without sources  {unsourced}");
    let mut errors = 0;
    for problem in &problems {
        let label = match problem.severity {
            Severity::Error => {
                errors += 1;
                "error"
            }
            Severity::Warning => "warning",
        };
        println!("{label}: {}: {}", authored.locate(problem), problem.message);
    }
    if errors > 0 {
        println!("{errors} error(s): the content must not ship");
        return Ok(ExitCode::FAILURE);
    }
    println!("content is valid");
    Ok(ExitCode::SUCCESS)
}
