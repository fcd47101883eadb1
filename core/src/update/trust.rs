//! The public keys whose signatures this core trusts for content packs. More than one may be
//! listed so that keys can rotate: sign with the new key, ship a core that trusts both, then
//! drop the old one.

/// Ed25519 release keys, 64 hex digits each. The private halves are never in this repository;
/// see the README's "Publishing content" for who holds them.
pub const RELEASE_KEYS: &[&str] = &[
    // 2026-11 release key, made with `openline content keygen`.
    "ba2add4b92af4eb17f7fbbf389b373cb39d0e555218ecb200ad693b684e38fab",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::update::manifest::parse_public_key;

    #[test]
    fn every_release_key_is_a_well_formed_public_key() {
        assert!(!RELEASE_KEYS.is_empty());
        for key in RELEASE_KEYS {
            assert_eq!(parse_public_key(key).as_deref(), Ok(*key));
        }
    }
}
