//! `openline refresh`: fetch signed content now and print what happened.

use openline_core::RefreshOutcome;
use openline_core::{Config, OpenLine};
use std::process::ExitCode;

/// Refreshes content for the data directory in `config`; exits non-zero on `Failed`.
pub fn run(config: Config) -> Result<ExitCode, String> {
    let core = OpenLine::open(config).map_err(|err| err.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| format!("can't start the network runtime: {err}"))?;
    match runtime.block_on(core.refresh_content()) {
        RefreshOutcome::UpToDate => {
            println!("up to date: content version {}", core.content_version());
            Ok(ExitCode::SUCCESS)
        }
        RefreshOutcome::Updated { version } => {
            println!("updated: content version {version}");
            Ok(ExitCode::SUCCESS)
        }
        RefreshOutcome::Failed { reason } => Err(format!("refresh failed: {reason}")),
    }
}
