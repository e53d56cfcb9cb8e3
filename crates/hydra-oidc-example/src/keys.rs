//! The provider's signing key: an ECDSA P-256 key made at start-up, published in the JWKS and
//! used to sign ID tokens with ES256.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use ory_hydra_server::models;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};

use crate::secrets::{base64url, random_token};

/// The algorithm ID tokens are signed with, as discovery states it.
pub const ALGORITHM: &str = "ES256";

/// A private key and its public half as a JSON Web Key.
pub struct SigningKey {
    encoding: EncodingKey,
    public: models::JsonWebKey,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("kid", &self.public.kid)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// A new key from the operating system's random source. It lives as long as the process:
    /// ID tokens signed before a restart no longer verify after it.
    pub fn generate() -> SigningKey {
        let rng = ring::rand::SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
            .expect("the operating system's random source failed");
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
            .expect("ring reads the key it has just made");
        // An uncompressed point: 0x04, then the 32-byte x and y coordinates.
        let point = pair.public_key().as_ref();
        let public = models::JsonWebKey {
            kty: "EC".into(),
            crv: Some("P-256".into()),
            x: Some(base64url(&point[1..33])),
            y: Some(base64url(&point[33..65])),
            alg: ALGORITHM.into(),
            use_: "sig".into(),
            kid: random_token()[..16].to_string(),
            ..Default::default()
        };
        SigningKey {
            encoding: EncodingKey::from_ec_der(pkcs8.as_ref()),
            public,
        }
    }

    /// The public key, for the JWKS.
    pub fn public(&self) -> &models::JsonWebKey {
        &self.public
    }

    /// A compact JWS of `claims`, with this key's id in the header.
    pub fn sign(&self, claims: &serde_json::Value) -> String {
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(self.public.kid.clone());
        jsonwebtoken::encode(&header, claims, &self.encoding)
            .expect("ES256 signing with a valid P-256 key does not fail")
    }
}
