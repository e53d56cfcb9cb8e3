//! Random values, PKCE, and the clock: the small pieces of cryptography the provider needs,
//! each from a crate made for it.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::rand::{SecureRandom, SystemRandom};

/// A fresh random value for an id, a secret or a token: 32 bytes from the operating system's
/// random source, base64url-encoded (43 characters).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    // `SystemRandom` reads the OS source (getrandom); it fails only when the OS cannot give
    // randomness at all, and then no secret may be made.
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the operating system's random source failed");
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether `verifier` answers a PKCE `S256` challenge (RFC 7636 §4.6): the base64url SHA-256 of
/// the verifier equals the challenge, compared in constant time.
pub fn pkce_s256_matches(challenge: &str, verifier: &str) -> bool {
    // RFC 7636 §4.1: 43 to 128 unreserved characters.
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    well_formed
        && ory_hydra_server::runtime::same_secret(challenge, &URL_SAFE_NO_PAD.encode(digest))
}

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// base64url without padding, as JOSE and PKCE write it.
pub fn base64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}
