//! What the spec says about servers and security schemes, as data for the runtime.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{KeyLocation, Scheme, SchemeKind, ServerTemplate};
/// The spec's servers, in order; the first is the default base URL.
pub(crate) const SERVERS: &[ServerTemplate] = &[];
/// The spec's security schemes, by name.
pub(crate) const SCHEMES: &[Scheme] = &[
    Scheme {
        name: "basicAuth",
        kind: SchemeKind::Basic,
    },
    Scheme {
        name: "bearerAuth",
        kind: SchemeKind::Bearer,
    },
    Scheme {
        name: "cookieKey",
        kind: SchemeKind::ApiKey {
            name: "key",
            location: KeyLocation::Cookie,
        },
    },
    Scheme {
        name: "headerKey",
        kind: SchemeKind::ApiKey {
            name: "X-API-Key",
            location: KeyLocation::Header,
        },
    },
    Scheme {
        name: "oauth2",
        kind: SchemeKind::OAuth2 {
            token_url: Some("http://127.0.0.1:47319/oauth2/token"),
        },
    },
    Scheme {
        name: "queryKey",
        kind: SchemeKind::ApiKey {
            name: "api_key",
            location: KeyLocation::Query,
        },
    },
];
/// Signs a request for a SigV4 scheme; `None` when the spec has none.
pub(crate) const SIGN: Option<crate::runtime::SignFn> = None;
