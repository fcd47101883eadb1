//! `openline content check`: validates `content/` as authored and prints what it holds, then
//! runs the readability and translation checks (see `readability.rs`); `openline content
//! export` writes what those checks read.

use super::readability::{self, Outcome};
use openline_core::Clock;
use openline_model::authoring::Authored;
use openline_model::provenance::{MIN_PRIMARY_PERCENT, primary_share};
use openline_model::validate::{Severity, validate};
use std::path::Path;
use std::process::ExitCode;

/// Writes what `openline content check` gives the Python checks, for running them by hand.
pub fn export(dir: &Path, out: &Path) -> Result<ExitCode, String> {
    let authored = Authored::load(dir).map_err(|err| err.to_string())?;
    super::export::write(&authored.pack, out)?;
    println!(
        "wrote {} and {} to {}",
        super::export::PACK_FILE,
        super::export::TEXTS_FILE,
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Validates the content in `dir`; fails when it must not ship.
pub fn check(dir: &Path) -> Result<ExitCode, String> {
    let authored = Authored::load(dir).map_err(|err| err.to_string())?;
    let problems = validate(&authored.pack, Some(Clock::system().today(0)));
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
    let copies = pack
        .sources
        .iter()
        .filter(|source| source.secondary)
        .count();
    println!(
        "sources           {} ({copies} of them copies on other sites)",
        pack.sources.len()
    );
    println!("translations      {}", pack.translations.len());
    println!("facts without sources  {unsourced}");
    let share = primary_share(pack);
    println!(
        "facts on the organisations' own pages  {}% ({} of {}; at least {MIN_PRIMARY_PERCENT}%)",
        share.percent(),
        share.primary,
        share.total
    );
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
    let scripts = readability::run(dir, pack);
    if errors > 0 {
        println!("{errors} error(s): the content must not ship");
        return Ok(ExitCode::FAILURE);
    }
    if scripts == Outcome::Failed {
        println!("readability or translations failed: the content must not ship");
        return Ok(ExitCode::FAILURE);
    }
    println!("content is valid");
    Ok(ExitCode::SUCCESS)
}
