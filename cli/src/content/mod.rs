//! `openline content ...`: the tools for content as authored and as shipped in packs.

mod check;
mod export;
mod pack;
mod readability;

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
    /// Write the content as the core loads it, for the checks in tests/content: the compiled
    /// pack (pack.json) and every translatable text with its key (texts.json).
    Export {
        /// The folder to write.
        #[arg(long)]
        out: PathBuf,
        /// The content folder; defaults to ./content, then the repository's.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Write a new signing key to KEYFILE; print the public key on the last line.
    Keygen {
        /// Where to write the private key; it must not exist.
        keyfile: PathBuf,
    },
    /// Compile `content/` into a pack and an unsigned manifest in DIR.
    Build {
        /// The folder to write.
        #[arg(long)]
        out: PathBuf,
        /// The content version; defaults to content/pack.toml's.
        #[arg(long)]
        version: Option<u64>,
        /// Days until the manifest expires and phones refuse it.
        #[arg(long, default_value_t = 90)]
        expires_in_days: u64,
        /// The content folder; defaults to ./content, then the repository's.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Sign the manifest in DIR.
    Sign {
        /// The private key from `keygen`.
        #[arg(long)]
        key: PathBuf,
        /// The folder from `build`.
        dir: PathBuf,
    },
    /// Check a signed pack folder as a phone would.
    Verify {
        /// The folder to check.
        dir: PathBuf,
        /// The public key to trust.
        #[arg(long)]
        trust_key: String,
    },
}

/// Runs a content tool.
pub fn run(command: ContentCommand) -> Result<ExitCode, String> {
    match command {
        ContentCommand::Check { dir } => check::check(&content_dir(dir)),
        ContentCommand::Export { out, dir } => check::export(&content_dir(dir), &out),
        ContentCommand::Keygen { keyfile } => pack::keygen(&keyfile),
        ContentCommand::Build {
            out,
            version,
            expires_in_days,
            dir,
        } => pack::build(&content_dir(dir), &out, version, expires_in_days),
        ContentCommand::Sign { key, dir } => pack::sign(&key, &dir),
        ContentCommand::Verify { dir, trust_key } => pack::verify(&dir, &trust_key),
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
