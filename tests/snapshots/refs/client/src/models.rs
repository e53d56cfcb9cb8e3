//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// How many.
///
/// Schema `Limit`.
pub type Limit = i32;

/// Inline schema at `/paths/~1a/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAResponse {
    pub value: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetAResponse { value = "value" optional, }
}
