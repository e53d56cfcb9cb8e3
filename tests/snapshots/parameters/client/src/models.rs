//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Schema `Echo`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Echo {
    pub method: ::std::string::String,
    pub path: ::std::string::String,
    pub query: ::std::string::String,
    pub headers: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
    pub body: ::std::string::String,
}
crate::runtime::object! {
    Echo { method = "method" required, path = "path" required, query = "query" required,
    headers = "headers" required, body = "body" required, }
}

/// Inline schema at `/paths/~1files~1{name}.{ext}/get/parameters/1/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GetFileExt {
    /// `json`
    #[default]
    Json,
    /// `txt`
    Txt,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    GetFileExt + Unknown { Json = "json", Txt = "txt", }
}
