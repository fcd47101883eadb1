//! Refreshing content: check the update server against what is installed and the last
//! manifest seen, install what passes every check, and say what happened in words to show.

use super::Session;
use crate::store::StoreError;
use crate::update::fetch::{Fetcher, Limits};
use crate::update::{self, Checked, Installed, RefreshOutcome};

impl Session {
    pub(crate) async fn refresh(&self, limits: Limits) -> RefreshOutcome {
        let installed = Installed {
            version: self.catalog().pack().version,
            last_check: self.store.last_check().unwrap_or_else(|err| {
                log::warn!("checking for updates without the last manifest: {err}");
                None
            }),
        };
        let now = u64::try_from(self.clock.unix_seconds()).unwrap_or(0);
        let checked = match Fetcher::new(limits) {
            Ok(fetcher) => update::check(&fetcher, &self.update_source, &installed, now).await,
            Err(err) => Err(err.into()),
        };
        match checked {
            Ok(Checked::UpToDate { remember: None }) => RefreshOutcome::UpToDate,
            Ok(Checked::UpToDate {
                remember: Some(last),
            }) => match self.store.remember_check(&last.etag, &last.manifest) {
                Ok(()) => RefreshOutcome::UpToDate,
                Err(err) => not_saved(&err),
            },
            Ok(Checked::Newer(verified)) => {
                let version = verified.pack.version;
                let installed = self.store.install_pack(
                    version,
                    &verified.manifest_json,
                    &verified.pack_json,
                    verified.etag.as_deref(),
                );
                match installed {
                    Ok(true) => {
                        self.use_content(verified.pack);
                        RefreshOutcome::Updated { version }
                    }
                    // Another instance installed this or newer meanwhile.
                    Ok(false) => RefreshOutcome::UpToDate,
                    Err(err) => not_saved(&err),
                }
            }
            Err(err) => {
                if let Some(detail) = err.diagnostic() {
                    log::warn!("content update refused: {err}: {detail}");
                }
                failed(&err.to_string())
            }
        }
    }
}

fn not_saved(err: &StoreError) -> RefreshOutcome {
    log::warn!("content update not saved: {err}");
    failed("the update could not be saved on this device; nothing changed")
}

fn failed(reason: &str) -> RefreshOutcome {
    RefreshOutcome::Failed {
        reason: sentence(reason),
    }
}

/// `reason` as a sentence a shell can show: a capital first letter and a full stop.
fn sentence(reason: &str) -> String {
    let mut chars = reason.chars();
    let mut text: String = chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}
