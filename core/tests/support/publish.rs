//! A publisher of signed content packs for update tests, and the helpers that open a core
//! against it and refresh.

use super::{Reply, Server};
use openline_core::{
    Block, Config, Limits, MANIFEST_FORMAT as FORMAT, Manifest, OpenLine, RefreshOutcome,
    SignedManifest, embedded_pack, generate_key, sha256_hex,
};
use openline_model::pack::Pack;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The words every published pack puts in the teen intro's title.
pub const MARK: &str = "Updated intro for testing";

/// Holds a signing key and publishes packs signed with it.
pub struct Publisher {
    pub private: String,
    pub public: String,
}

impl Publisher {
    pub fn new() -> Publisher {
        let (private, public) = generate_key().expect("generates a key");
        Publisher { private, public }
    }

    /// The embedded pack at `version`, its teen intro title showing `MARK`.
    pub fn content(version: u64) -> Pack {
        let mut pack: Pack = (*embedded_pack().expect("embedded")).clone();
        pack.version = version;
        pack.teen.intro_title = format!("{MARK} {version}");
        pack
    }

    /// A pack of `version` whose teen intro title shows `MARK`.
    pub fn pack(version: u64) -> String {
        serde_json::to_string(&Publisher::content(version)).expect("serialises")
    }

    /// A manifest for `pack`, created now and expiring in a day.
    pub fn manifest(version: u64, pack: &str) -> Manifest {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("clock")
            .as_secs();
        Manifest {
            format: FORMAT,
            content_version: version,
            min_core_version: "0.1.0".into(),
            created_at: now,
            expires_at: now + 86_400,
            pack_file: format!("pack-{version}.json"),
            pack_size: pack.len() as u64,
            pack_sha256: sha256_hex(pack.as_bytes()),
        }
    }

    pub fn sign(&self, manifest: &Manifest) -> Vec<u8> {
        let mut signed = SignedManifest::unsigned(manifest).expect("wraps");
        signed.sign(&self.private).expect("signs");
        signed.to_json().expect("serialises").into_bytes()
    }

    /// Publishes `version` on `server`, correctly signed.
    pub fn publish(&self, server: &Server, version: u64, etag: Option<&str>) {
        let pack = Publisher::pack(version);
        self.publish_pack(server, &pack, Publisher::manifest(version, &pack), etag);
    }

    /// Publishes `pack` on `server` under `manifest`, signed.
    pub fn publish_pack(
        &self,
        server: &Server,
        pack: &str,
        manifest: Manifest,
        etag: Option<&str>,
    ) {
        server.body(
            &format!("/{}", manifest.pack_file),
            pack.as_bytes().to_vec(),
        );
        let bytes = self.sign(&manifest);
        server.reply(
            "/manifest.json",
            Reply::Body {
                bytes,
                etag: etag.map(str::to_owned),
            },
        );
    }
}

pub fn setup() -> (Server, Publisher, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    (Server::start(), Publisher::new(), dir)
}

/// The configuration of a core in `dir` that updates from `server` and trusts `publisher`.
pub fn config(dir: &std::path::Path, server: &Server, publisher: &Publisher) -> Config {
    Config {
        update_url: Some(server.base.clone()),
        extra_trusted_keys: vec![publisher.public.clone()],
        region: Some("GB".into()),
        ..Config::new(dir.to_string_lossy(), "en-GB")
    }
}

pub fn open(dir: &std::path::Path, server: &Server, publisher: &Publisher) -> Arc<OpenLine> {
    OpenLine::open(config(dir, server, publisher)).expect("opens")
}

pub fn quick() -> Limits {
    Limits {
        connect: Duration::from_secs(2),
        request: Duration::from_secs(2),
        ..Limits::default()
    }
}

pub fn refresh(core: &OpenLine, limits: Limits) -> RefreshOutcome {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(core.refresh_content_with(limits))
}

pub fn intro_title(core: &OpenLine) -> String {
    let teen = core.screen("teen".into()).expect("renders");
    match &teen.blocks[0] {
        Block::Callout { title, .. } => title.clone(),
        other => panic!("{other:?}"),
    }
}

/// Refreshes and asserts it failed with a reason containing `expected`, changing nothing;
/// returns the reason.
pub fn assert_fails_unchanged(core: &OpenLine, limits: Limits, expected: &str) -> String {
    let before = (core.content_version(), intro_title(core));
    let reason = match refresh(core, limits) {
        RefreshOutcome::Failed { reason } => reason,
        other => panic!("expected a failure with {expected:?}, got {other:?}"),
    };
    assert!(reason.contains(expected), "reason: {reason}");
    assert_eq!((core.content_version(), intro_title(core)), before);
    reason
}
