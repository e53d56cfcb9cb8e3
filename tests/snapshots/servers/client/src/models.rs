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
