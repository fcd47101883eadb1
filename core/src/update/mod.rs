//! Signed content updates: fetch a manifest, check it against every threat we know of, fetch
//! the pack it names, check that too, and hand back something safe to install.
//!
//! Each check answers one threat from The Update Framework's list: signatures stop arbitrary
//! content; the version rule stops rollback; expiry stops freeze; size caps stop endless data;
//! timeouts stop slow retrieval; the manifest binds one pack by size and hash, which stops
//! mix-and-match.

pub mod fetch;
pub mod manifest;
pub mod trust;

use crate::error::quoted;
use fetch::{FetchError, Fetched, Fetcher};
use manifest::{
    FORMAT, MANIFEST_FILE, Manifest, ManifestError, SignedManifest, parse_version, sha256_hex,
};
use openline_model::pack::Pack;
use openline_model::validate::{Severity, validate};

/// What a refresh did, for the shell to show.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, uniffi::Enum)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RefreshOutcome {
    /// The content is already the newest.
    UpToDate,
    /// Newer content is installed and in use.
    Updated {
        /// The content version now in use.
        version: u64,
    },
    /// Nothing changed; the reason says why.
    Failed {
        /// Words a shell can show.
        reason: String,
    },
}

/// This core's version, which packs gate on.
pub const CORE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Content versions are stored as SQLite integers, which are signed 64-bit.
pub const MAX_CONTENT_VERSION: u64 = i64::MAX.unsigned_abs();

/// Why an update was not installed. The current content is untouched in every case. The
/// text is fit to show: anything the server sent is quoted escaped and shortened, and the
/// full story is in [`UpdateError::diagnostic`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UpdateError {
    /// No update address is configured.
    #[error("no update address is set")]
    NotConfigured,
    /// Downloading failed.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The manifest is malformed or not signed by a trusted key.
    #[error(transparent)]
    Manifest(#[from] ManifestError),
    /// The manifest's format is not one this core reads.
    #[error("the manifest format {0} is not supported")]
    Format(u32),
    /// The manifest has expired: the server may be frozen on old content.
    #[error("the manifest expired; the server may be serving old content")]
    Expired,
    /// The content version can't be stored.
    #[error("the content version {0} is too large; the largest is {MAX_CONTENT_VERSION}")]
    VersionTooLarge(u64),
    /// The offered content is older than what is installed.
    #[error("the server offers content version {offered}, older than the installed {installed}")]
    Rollback {
        /// Version offered.
        offered: u64,
        /// Version installed.
        installed: u64,
    },
    /// The pack needs a newer app.
    #[error("this content needs OpenLine {0} or newer")]
    NeedsNewerCore(String),
    /// The manifest's minimum app version is not `major.minor.patch`.
    #[error("the manifest's minimum app version {} is not a version number", quoted(.0))]
    BadCoreVersion(String),
    /// The pack's file name is not a plain file name.
    #[error("the manifest names an invalid pack file")]
    BadPackFile,
    /// The pack's size differs from the manifest's.
    #[error("the pack is {got} bytes, not the {expected} the manifest says")]
    Size {
        /// Bytes promised.
        expected: u64,
        /// Bytes received.
        got: u64,
    },
    /// The pack's hash differs from the manifest's.
    #[error("the pack's SHA-256 does not match the manifest")]
    Hash,
    /// The pack's version differs from the manifest's.
    #[error("the pack says version {pack} but the manifest says {manifest}")]
    VersionMismatch {
        /// The pack's own version.
        pack: u64,
        /// The manifest's.
        manifest: u64,
    },
    /// The pack is not valid content; the text says why.
    #[error("the pack is not valid content")]
    Content(String),
}

impl UpdateError {
    /// What the server sent that was wrong, for logs and for publishers: may hold anything
    /// the server sent, so it is never shown as the reason.
    pub fn diagnostic(&self) -> Option<&str> {
        match self {
            UpdateError::Content(detail)
            | UpdateError::Manifest(ManifestError::Malformed(detail)) => Some(detail),
            _ => None,
        }
    }
}

/// What to fetch from and whom to trust.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// The folder the pack is published in, such as `https://example.org/openline`.
    pub base_url: Option<String>,
    /// Trusted public keys: the compiled-in release keys plus any from `Config`.
    pub trusted_keys: Vec<String>,
}

/// The last manifest the server sent, and its ETag for the next conditional request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastCheck {
    /// The server's ETag.
    pub etag: String,
    /// The signed manifest as published.
    pub manifest: String,
}

/// What is installed now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    /// The content version in use.
    pub version: u64,
    /// The last manifest seen, if any.
    pub last_check: Option<LastCheck>,
}

/// A verified pack, ready to install.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The parsed, validated pack.
    pub pack: Pack,
    /// The pack's JSON, stored as received.
    pub pack_json: String,
    /// The signed manifest as published, stored to check later answers against.
    pub manifest_json: String,
    /// The manifest's ETag.
    pub etag: Option<String>,
}

/// The result of a check that did not fail.
#[derive(Debug, Clone)]
pub enum Checked {
    /// Nothing newer.
    UpToDate {
        /// A manifest to remember with its ETag, when the server sent a new one.
        remember: Option<LastCheck>,
    },
    /// A newer pack, verified.
    Newer(Box<Verified>),
}

/// Fetches and verifies the newest pack at `source`. `now` is seconds since the Unix epoch.
pub async fn check(
    fetcher: &Fetcher,
    source: &Source,
    installed: &Installed,
    now: u64,
) -> Result<Checked, UpdateError> {
    let base = source
        .base_url
        .as_deref()
        .ok_or(UpdateError::NotConfigured)?;
    let limits = fetcher.limits();
    // The ETag is sent only while the manifest it stands for still passes every check, so a
    // server that answers `304 Not Modified` for ever can freeze content only until that
    // manifest expires; then the manifest itself is fetched, and checked.
    let current = installed.last_check.as_ref().filter(|last| {
        verify_manifest(last.manifest.as_bytes(), &source.trusted_keys, now)
            .is_ok_and(|manifest| manifest.content_version == installed.version)
    });
    let manifest_url = fetch::join(base, MANIFEST_FILE);
    let etag = current.map(|last| last.etag.as_str());
    let (manifest_bytes, etag) = match fetcher
        .get(&manifest_url, etag, limits.max_manifest_bytes)
        .await?
    {
        Fetched::NotModified if current.is_some() => {
            return Ok(Checked::UpToDate { remember: None });
        }
        // Not modified since what? Nothing was asked conditionally.
        Fetched::NotModified => return Err(FetchError::Status(304).into()),
        Fetched::Body { bytes, etag } => (bytes, etag),
    };
    let manifest = verify_manifest(&manifest_bytes, &source.trusted_keys, now)?;
    let manifest_json = String::from_utf8(manifest_bytes)
        .map_err(|_| ManifestError::Malformed("not UTF-8".into()))?;
    if manifest.content_version < installed.version {
        return Err(UpdateError::Rollback {
            offered: manifest.content_version,
            installed: installed.version,
        });
    }
    if manifest.content_version == installed.version {
        let remember = etag.map(|etag| LastCheck {
            etag,
            manifest: manifest_json,
        });
        return Ok(Checked::UpToDate { remember });
    }
    if manifest.pack_size > limits.max_pack_bytes {
        return Err(FetchError::TooLarge(limits.max_pack_bytes).into());
    }
    let pack_url = fetch::join(base, &manifest.pack_file);
    let pack_bytes = match fetcher.get(&pack_url, None, manifest.pack_size).await? {
        Fetched::Body { bytes, .. } => bytes,
        Fetched::NotModified => return Err(FetchError::Status(304).into()),
    };
    let (pack, pack_json) = verify_pack(&manifest, pack_bytes)?;
    Ok(Checked::Newer(Box::new(Verified {
        pack,
        pack_json,
        manifest_json,
        etag,
    })))
}

/// Parses a published manifest and checks it as a phone does: signed by one of
/// `trusted_keys`, in a format this core reads, not expired at `now`, for this core, with a
/// version that can be stored, naming a plain pack file.
pub fn verify_manifest(
    bytes: &[u8],
    trusted_keys: &[String],
    now: u64,
) -> Result<Manifest, UpdateError> {
    let manifest = SignedManifest::parse(bytes)?.verify(trusted_keys)?;
    if manifest.format != FORMAT {
        return Err(UpdateError::Format(manifest.format));
    }
    if manifest.expires_at <= now {
        return Err(UpdateError::Expired);
    }
    match (
        parse_version(CORE_VERSION),
        parse_version(&manifest.min_core_version),
    ) {
        (Some(have), Some(need)) if have < need => {
            let (major, minor, patch) = need;
            return Err(UpdateError::NeedsNewerCore(format!(
                "{major}.{minor}.{patch}"
            )));
        }
        (Some(_), Some(_)) => {}
        _ => return Err(UpdateError::BadCoreVersion(manifest.min_core_version)),
    }
    if manifest.content_version > MAX_CONTENT_VERSION {
        return Err(UpdateError::VersionTooLarge(manifest.content_version));
    }
    if !is_plain_file_name(&manifest.pack_file) {
        return Err(UpdateError::BadPackFile);
    }
    Ok(manifest)
}

/// Checks a downloaded pack against its manifest (size, hash, version) and the content
/// rules; returns it parsed and as text.
pub fn verify_pack(manifest: &Manifest, bytes: Vec<u8>) -> Result<(Pack, String), UpdateError> {
    if bytes.len() as u64 != manifest.pack_size {
        return Err(UpdateError::Size {
            expected: manifest.pack_size,
            got: bytes.len() as u64,
        });
    }
    if sha256_hex(&bytes) != manifest.pack_sha256.to_ascii_lowercase() {
        return Err(UpdateError::Hash);
    }
    let json = String::from_utf8(bytes).map_err(|_| UpdateError::Content("not UTF-8".into()))?;
    let pack = parse_pack(&json)?;
    if pack.version != manifest.content_version {
        return Err(UpdateError::VersionMismatch {
            pack: pack.version,
            manifest: manifest.content_version,
        });
    }
    Ok((pack, json))
}

/// Parses a pack and runs the same checks as the build; any error refuses it.
pub fn parse_pack(json: &str) -> Result<Pack, UpdateError> {
    let pack: Pack =
        serde_json::from_str(json).map_err(|err| UpdateError::Content(err.to_string()))?;
    let first_error = validate(&pack, None)
        .into_iter()
        .find(|problem| problem.severity == Severity::Error);
    match first_error {
        Some(problem) => Err(UpdateError::Content(problem.message)),
        None => Ok(pack),
    }
}

fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_file_names_cannot_leave_the_folder() {
        assert!(is_plain_file_name("pack-3.json"));
        for bad in [
            "",
            "../pack.json",
            "a/b.json",
            ".hidden",
            "https://evil.example/p.json",
        ] {
            assert!(!is_plain_file_name(bad), "{bad}");
        }
    }

    #[test]
    fn a_pack_that_fails_its_checks_is_refused() {
        let embedded = crate::catalog::embedded_pack().expect("embedded pack");
        let mut pack = (*embedded).clone();
        pack.regions[0].channels[0].sources.clear();
        let json = serde_json::to_string(&pack).expect("serialises");
        assert!(matches!(parse_pack(&json), Err(UpdateError::Content(_))));
        assert!(matches!(
            parse_pack("{\"version\": 2}"),
            Err(UpdateError::Content(_))
        ));
    }
}
