//! The API's data types, generated from its schemas.
/// A pet with every kind of field.
///
/// Schema `Pet`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Pet {
    pub id: i64,
    /// The pet's name.
    pub name: ::std::string::String,
    /// A Rust keyword as a property name.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    #[serde(
        rename = "ref",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ref_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fooBar",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foo_bar: ::std::option::Option<::std::string::String>,
    /// Collides with fooBar once snake-cased.
    #[serde(
        rename = "foo_bar",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foo_bar2: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cf-turnstile-response",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Required but nullable, inline.
    pub owner: ::std::option::Option<PetOwner>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// Untyped
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extra: ::std::option::Option<::serde_json::Value>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Read-only: sent by the server only.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub read_only_note: ::std::option::Option<::std::string::String>,
}
crate::runtime::object_model!(Pet);
/// Schema `Open`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Open {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub known: ::std::option::Option<::std::string::String>,
    /// Properties not declared by the schema.
    #[serde(flatten)]
    pub additional_properties:
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}
crate::runtime::object_model!(Open);
/// Schema `Closed`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Closed {}
crate::runtime::object_model!(Closed);
/// Schema `Counts`.
pub type Counts = ::std::collections::BTreeMap<::std::string::String, i32>;
/// Required but nullable, inline.
///
/// Inline schema at `/components/schemas/Pet/properties/owner`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct PetOwner {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
crate::runtime::object_model!(PetOwner);
