//! What the spec says about servers and security schemes, as data for the runtime.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{KeyLocation, Scheme, SchemeKind, ServerTemplate};
/// The spec's servers, in order; the first is the default base URL.
pub(crate) const SERVERS: &[ServerTemplate] = &[];
/// The spec's security schemes, by name.
pub(crate) const SCHEMES: &[Scheme] = &[];
/// Signs a request for a SigV4 scheme; `None` when the spec has none.
pub(crate) const SIGN: Option<crate::runtime::SignFn> = None;
