//! What the spec says about servers and security schemes, as data for the runtime.
#[allow(unused_imports)]
use crate::runtime::{KeyLocation, Scheme, SchemeKind, ServerTemplate};
/// The spec's servers, in order; the first is the default base URL.
pub(crate) const SERVERS: &[ServerTemplate] = &[ServerTemplate {
    url: "https://admin.wickr.{region}.amazonaws.com",
    variables: &[("region", "us-east-1")],
}];
/// The spec's security schemes, by name.
pub(crate) const SCHEMES: &[Scheme] = &[Scheme {
    name: "sigv4",
    kind: SchemeKind::AwsSigV4 {
        signing_name: "wickr",
        region: "us-east-1",
    },
}];
/// Signs a request for a SigV4 scheme; `None` when the spec has none.
pub(crate) const SIGN: Option<crate::runtime::SignFn> = Some(crate::sigv4::sign_with);
