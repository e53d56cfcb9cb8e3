//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Schema `Note`.
#[derive(Clone, Default)]
pub struct Note {
    pub title: ::std::string::String,
    pub pinned: ::std::option::Option<bool>,
    pub stars: ::std::option::Option<i64>,
}
crate::runtime::object! {
    Note { title = "title" required, pinned = "pinned" optional, stars = "stars"
    optional, }
}

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

/// Inline schema at `/paths/~1form/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Clone, Default)]
pub struct SendFormBody {
    pub grant_type: ::std::string::String,
    pub scope: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SendFormBody { grant_type = "grant_type" required, scope = "scope" optional, }
}
