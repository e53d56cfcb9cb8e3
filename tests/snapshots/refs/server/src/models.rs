//! The API's data types, generated from its schemas.
/// How many.
///
/// Schema `Limit`.
pub type Limit = i32;
/// Inline schema at `/paths/~1a/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct GetAResponse {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
crate::runtime::object_model!(GetAResponse);
