//! The API's data types, generated from its schemas.
/// How many.
///
/// Schema `Limit`.
pub type Limit = i32;
/// Inline schema at `/paths/~1a/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GetAResponse {
        value: "value" optional,
    }
}
