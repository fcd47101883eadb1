//! `openline content keygen | build | sign | verify`: turn `content/` into a signed pack
//! folder that any static host can serve as it is.

use openline_core::{
    CORE_VERSION, Clock, MANIFEST_FILE, MANIFEST_FORMAT as FORMAT, Manifest, SignedManifest,
    UpdateError, generate_key, parse_public_key, sha256_hex, verify_manifest, verify_pack,
};
use openline_model::authoring::Authored;
use openline_model::validate::{Severity, validate};
use std::path::Path;
use std::process::ExitCode;

const DAY: u64 = 86_400;

fn now() -> u64 {
    u64::try_from(Clock::system().unix_seconds()).unwrap_or(0)
}

/// Why the core refuses a pack, with the details a publisher needs to fix it.
fn refused(err: UpdateError) -> String {
    match err.diagnostic() {
        Some(detail) => format!("{err}: {detail}"),
        None => err.to_string(),
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|err| format!("can't read {}: {err}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|err| format!("can't write {}: {err}", path.display()))
}

/// Writes a new private key to `key_file` (never overwriting) and prints the public key last.
pub fn keygen(key_file: &Path) -> Result<ExitCode, String> {
    let (private, public) = generate_key().map_err(|err| err.to_string())?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(key_file).map_err(|err| {
        format!(
            "can't create {} (it must not exist yet): {err}",
            key_file.display()
        )
    })?;
    std::io::Write::write_all(&mut file, format!("{private}\n").as_bytes())
        .map_err(|err| format!("can't write {}: {err}", key_file.display()))?;
    println!(
        "private key written to {} (keep it out of the repository)",
        key_file.display()
    );
    println!("public key:");
    println!("{public}");
    Ok(ExitCode::SUCCESS)
}

/// Compiles `content_dir` into `pack-<version>.json` and an unsigned `manifest.json` in `out`.
pub fn build(
    content_dir: &Path,
    out: &Path,
    version: Option<u64>,
    expires_in_days: u64,
) -> Result<ExitCode, String> {
    let mut pack = Authored::load(content_dir)
        .map_err(|err| err.to_string())?
        .pack;
    if let Some(version) = version {
        pack.version = version;
    }
    if let Some(problem) = validate(&pack, None)
        .into_iter()
        .find(|p| p.severity == Severity::Error)
    {
        return Err(format!("the content fails its checks: {}", problem.message));
    }
    let pack_json = serde_json::to_string(&pack).map_err(|err| err.to_string())?;
    std::fs::create_dir_all(out).map_err(|err| format!("can't create {}: {err}", out.display()))?;
    let pack_file = format!("pack-{}.json", pack.version);
    write(&out.join(&pack_file), pack_json.as_bytes())?;
    let created_at = now();
    let manifest = Manifest {
        format: FORMAT,
        content_version: pack.version,
        min_core_version: CORE_VERSION.to_owned(),
        created_at,
        expires_at: created_at + expires_in_days * DAY,
        pack_file: pack_file.clone(),
        pack_size: pack_json.len() as u64,
        pack_sha256: sha256_hex(pack_json.as_bytes()),
    };
    let unsigned = SignedManifest::unsigned(&manifest).map_err(|err| err.to_string())?;
    write(
        &out.join(MANIFEST_FILE),
        unsigned
            .to_json()
            .map_err(|err| err.to_string())?
            .as_bytes(),
    )?;
    println!(
        "built content version {} in {}",
        pack.version,
        out.display()
    );
    println!(
        "{pack_file}: {} bytes, sha256 {}",
        manifest.pack_size, manifest.pack_sha256
    );
    println!("{MANIFEST_FILE}: unsigned; expires in {expires_in_days} days");
    Ok(ExitCode::SUCCESS)
}

/// Signs the manifest in `dir` with the private key in `key_file`, after checking the pack.
pub fn sign(key_file: &Path, dir: &Path) -> Result<ExitCode, String> {
    let private =
        String::from_utf8(read(key_file)?).map_err(|_| "the key file is not text".to_owned())?;
    let mut signed =
        SignedManifest::parse(&read(&dir.join(MANIFEST_FILE))?).map_err(|err| err.to_string())?;
    let manifest: Manifest =
        serde_json::from_str(&signed.manifest).map_err(|err| err.to_string())?;
    check_pack_file(dir, &manifest)?;
    signed.sign(&private).map_err(|err| err.to_string())?;
    write(
        &dir.join(MANIFEST_FILE),
        signed.to_json().map_err(|err| err.to_string())?.as_bytes(),
    )?;
    let key = signed
        .signatures
        .last()
        .map(|s| s.key.clone())
        .unwrap_or_default();
    println!(
        "signed content version {} with key {key}",
        manifest.content_version
    );
    Ok(ExitCode::SUCCESS)
}

/// Checks a published folder as a phone would, with the core's own checks: signature,
/// format, expiry, core version, size, hash and content.
pub fn verify(dir: &Path, trust_key: &str) -> Result<ExitCode, String> {
    let key = parse_public_key(trust_key).map_err(|err| err.to_string())?;
    let manifest =
        verify_manifest(&read(&dir.join(MANIFEST_FILE))?, &[key], now()).map_err(refused)?;
    verify_pack(&manifest, read(&dir.join(&manifest.pack_file))?).map_err(refused)?;
    let days_left = manifest.expires_at.saturating_sub(now()) / DAY;
    println!(
        "ok: content version {}, signed by a trusted key, expires in {days_left} days",
        manifest.content_version
    );
    Ok(ExitCode::SUCCESS)
}

/// Reads the pack the manifest names and checks its size and hash.
fn check_pack_file(dir: &Path, manifest: &Manifest) -> Result<String, String> {
    let bytes = read(&dir.join(&manifest.pack_file))?;
    if bytes.len() as u64 != manifest.pack_size {
        return Err(format!(
            "{} is {} bytes, the manifest says {}",
            manifest.pack_file,
            bytes.len(),
            manifest.pack_size
        ));
    }
    if sha256_hex(&bytes) != manifest.pack_sha256 {
        return Err(format!(
            "{} does not match the manifest's SHA-256",
            manifest.pack_file
        ));
    }
    String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8", manifest.pack_file))
}
