//! The signed manifest that describes a content pack, and the Ed25519 keys that sign it.
//!
//! The manifest is carried as a JSON string inside an envelope, and the signatures cover the
//! exact bytes of that string, so no JSON canonicalisation is needed to verify it.

use crate::error::quoted;
use ring::rand::SystemRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use serde::{Deserialize, Serialize};

/// The manifest format this core reads.
pub const FORMAT: u32 = 1;

/// The manifest file's name in a published folder.
pub const MANIFEST_FILE: &str = "manifest.json";

/// What a pack is and how to check it; signed by the publisher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The manifest format; must equal [`FORMAT`].
    pub format: u32,
    /// The content version; only ever increases.
    pub content_version: u64,
    /// The oldest core (`major.minor.patch`) that can read the pack.
    pub min_core_version: String,
    /// When the pack was built, in seconds since the Unix epoch.
    pub created_at: u64,
    /// After this time (seconds since the Unix epoch) the manifest is refused.
    pub expires_at: u64,
    /// The pack's file name, next to the manifest.
    pub pack_file: String,
    /// The pack's exact size in bytes.
    pub pack_size: u64,
    /// The pack's SHA-256, in lowercase hex.
    pub pack_sha256: String,
}

/// The file as published: the manifest's JSON text and the signatures over it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedManifest {
    /// The manifest, as JSON text; signatures cover exactly these bytes.
    pub manifest: String,
    /// Signatures over `manifest`.
    pub signatures: Vec<Signature>,
}

/// One signature over a manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The signer's public key, 64 hex digits.
    pub key: String,
    /// The Ed25519 signature, 128 hex digits.
    pub sig: String,
}

/// Why a manifest or key is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    /// The envelope or manifest is not the expected JSON; the text says how, in the JSON
    /// parser's words, which may repeat what the server sent.
    #[error("the manifest is not valid")]
    Malformed(String),
    /// No signature by a trusted key verifies.
    #[error("the manifest is not signed by a trusted key")]
    Untrusted,
    /// A key or signature is not valid hex of the right length.
    #[error("bad key or signature: {0}")]
    BadKey(String),
    /// Signing failed.
    #[error("signing failed: {0}")]
    Signing(String),
}

impl SignedManifest {
    /// Wraps a manifest, unsigned.
    pub fn unsigned(manifest: &Manifest) -> Result<SignedManifest, ManifestError> {
        let text = serde_json::to_string_pretty(manifest)
            .map_err(|err| ManifestError::Malformed(err.to_string()))?;
        Ok(SignedManifest {
            manifest: text,
            signatures: Vec::new(),
        })
    }

    /// Parses a published manifest file.
    pub fn parse(bytes: &[u8]) -> Result<SignedManifest, ManifestError> {
        serde_json::from_slice(bytes).map_err(|err| ManifestError::Malformed(err.to_string()))
    }

    /// The file's bytes, as published.
    pub fn to_json(&self) -> Result<String, ManifestError> {
        serde_json::to_string_pretty(self).map_err(|err| ManifestError::Malformed(err.to_string()))
    }

    /// Adds a signature with the private key (PKCS#8, hex) from `keygen`.
    pub fn sign(&mut self, private_key_hex: &str) -> Result<(), ManifestError> {
        let pkcs8 = from_hex(private_key_hex.trim())
            .ok_or_else(|| ManifestError::BadKey("the private key is not hex".into()))?;
        let pair = Ed25519KeyPair::from_pkcs8(&pkcs8)
            .map_err(|err| ManifestError::BadKey(err.to_string()))?;
        let key = to_hex(pair.public_key().as_ref());
        self.signatures.retain(|signature| signature.key != key);
        self.signatures.push(Signature {
            key,
            sig: to_hex(pair.sign(self.manifest.as_bytes()).as_ref()),
        });
        Ok(())
    }

    /// The manifest, once a signature by one of `trusted` (hex public keys) verifies.
    pub fn verify(&self, trusted: &[String]) -> Result<Manifest, ManifestError> {
        let verified = self.signatures.iter().any(|signature| {
            trusted
                .iter()
                .any(|key| key.eq_ignore_ascii_case(&signature.key))
                && verify_one(&signature.key, &signature.sig, self.manifest.as_bytes())
        });
        if !verified {
            return Err(ManifestError::Untrusted);
        }
        serde_json::from_str(&self.manifest)
            .map_err(|err| ManifestError::Malformed(err.to_string()))
    }
}

fn verify_one(key_hex: &str, sig_hex: &str, message: &[u8]) -> bool {
    match (from_hex(key_hex), from_hex(sig_hex)) {
        (Some(key), Some(sig)) if key.len() == 32 && sig.len() == 64 => {
            UnparsedPublicKey::new(&ED25519, key)
                .verify(message, &sig)
                .is_ok()
        }
        _ => false,
    }
}

/// A new signing key: the private key (PKCS#8, hex) and the public key (hex).
pub fn generate_key() -> Result<(String, String), ManifestError> {
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
        .map_err(|err| ManifestError::Signing(err.to_string()))?;
    let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref())
        .map_err(|err| ManifestError::Signing(err.to_string()))?;
    Ok((to_hex(pkcs8.as_ref()), to_hex(pair.public_key().as_ref())))
}

/// Checks that a public key is 64 hex digits; returns it in lowercase.
pub fn parse_public_key(text: &str) -> Result<String, ManifestError> {
    let text = text.trim();
    match from_hex(text) {
        Some(bytes) if bytes.len() == 32 => Ok(text.to_ascii_lowercase()),
        _ => Err(ManifestError::BadKey(format!(
            "{} is not an Ed25519 public key (64 hex digits)",
            quoted(text)
        ))),
    }
}

/// SHA-256 of `bytes`, in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    to_hex(ring::digest::digest(&ring::digest::SHA256, bytes).as_ref())
}

/// Lowercase hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Bytes from hex, or `None` for odd lengths and non-hex digits.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| {
            text.get(at..at + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
        })
        .collect()
}

/// A `major.minor.patch` version as numbers, or `None` when it is not one.
pub fn parse_version(version: &str) -> Option<(u64, u64, u64)> {
    let mut numbers = version
        .trim()
        .split('.')
        .map(|part| part.parse::<u64>().ok());
    let parsed = (numbers.next()??, numbers.next()??, numbers.next()??);
    numbers.next().is_none().then_some(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        Manifest {
            format: FORMAT,
            content_version: 7,
            min_core_version: "0.1.0".into(),
            created_at: 1,
            expires_at: 2,
            pack_file: "pack-7.json".into(),
            pack_size: 3,
            pack_sha256: sha256_hex(b"abc"),
        }
    }

    #[test]
    fn a_signed_manifest_verifies_only_with_its_key() {
        let (private, public) = generate_key().expect("generates");
        let (_, other) = generate_key().expect("generates");
        let mut signed = SignedManifest::unsigned(&manifest()).expect("wraps");
        assert_eq!(
            signed.verify(std::slice::from_ref(&public)),
            Err(ManifestError::Untrusted)
        );
        signed.sign(&private).expect("signs");
        let published = signed.to_json().expect("serialises");
        let parsed = SignedManifest::parse(published.as_bytes()).expect("parses");
        assert_eq!(parsed.verify(std::slice::from_ref(&public)), Ok(manifest()));
        assert_eq!(parsed.verify(&[other]), Err(ManifestError::Untrusted));
    }

    #[test]
    fn any_change_to_the_signed_text_breaks_the_signature() {
        let (private, public) = generate_key().expect("generates");
        let mut signed = SignedManifest::unsigned(&manifest()).expect("wraps");
        signed.sign(&private).expect("signs");
        signed.manifest = signed
            .manifest
            .replace("\"content_version\": 7", "\"content_version\": 8");
        assert_eq!(signed.verify(&[public]), Err(ManifestError::Untrusted));
    }

    #[test]
    fn hex_round_trips_and_refuses_junk() {
        assert_eq!(
            from_hex(&to_hex(&[0, 1, 254, 255])),
            Some(vec![0, 1, 254, 255])
        );
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
        assert!(parse_public_key("00").is_err());
    }

    #[test]
    fn sha256_matches_the_standard_vector() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn versions_compare_numerically() {
        let version = |text| parse_version(text).expect("a version");
        assert!(version("0.10.0") > version("0.9.9"));
        assert!(version("0.1.0") < version("0.2.0"));
        assert_eq!(version(" 1.0.0"), (1, 0, 0));
        for bad in ["1.0", "latest", "1.0.0.0", "1.-1.0", ""] {
            assert_eq!(parse_version(bad), None, "{bad}");
        }
    }
}
