//! `openline content ...`: the tools for content as authored and as shipped in packs.

mod check;

use clap::Subcommand;
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
        ContentCommand::Check { dir } => check::check(&content_dir(dir)),
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
