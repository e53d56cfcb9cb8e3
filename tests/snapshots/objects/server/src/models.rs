//! The API's data types, generated from its schemas.
/// A pet with every kind of field.
///
/// Schema `Pet`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Pet {
    pub id: i64,
    /// The pet's name.
    pub name: ::std::string::String,
    /// A Rust keyword as a property name.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    #[serde(rename = "ref", skip_serializing_if = "::std::option::Option::is_none")]
    pub ref_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "self",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fooBar",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foo_bar: ::std::option::Option<::std::string::String>,
    /// Collides with fooBar once snake-cased.
    #[serde(
        rename = "foo_bar",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foo_bar2: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cf-turnstile-response",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Required but nullable, inline.
    pub owner: ::std::option::Option<PetOwner>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// Untyped
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extra: ::std::option::Option<::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Read-only: sent by the server only.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub read_only_note: ::std::option::Option<::std::string::String>,
    /// Deprecated
    #[deprecated]
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub legacy_code: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    Pet {
        id: "id" required,
        name: "name" required,
        type_: "type" required,
        ref_: "ref" optional,
        self_: "self" optional,
        foo_bar: "fooBar" optional,
        foo_bar2: "foo_bar" optional,
        cf_turnstile_response: "cf-turnstile-response" optional,
        nickname: "nickname" optional,
        owner: "owner" optional,
        tags: "tags" optional,
        extra: "extra" optional,
        labels: "labels" optional,
        read_only_note: "read_only_note" optional,
        legacy_code: "legacy_code" optional,
    }
}
/// Schema `Open`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Open {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub known: ::std::option::Option<::std::string::String>,
    /// Properties not declared by the schema.
    #[serde(flatten)]
    pub additional_properties:
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}
crate::runtime::read_object! {
    Open + additional_properties {
        known: "known" optional,
    }
}
/// Schema `Closed`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Closed {}
crate::runtime::read_object! {
    Closed {
    }
}
/// Schema `Counts`.
pub type Counts = ::std::collections::BTreeMap<::std::string::String, i32>;
/// Required but nullable, inline.
///
/// Inline schema at `/components/schemas/Pet/properties/owner`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PetOwner {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    PetOwner {
        name: "name" optional,
    }
}
