//! The API's data types, generated from its schemas.
/// Schema `NullTime`.
pub type NullTime = ::std::option::Option<::chrono::DateTime<::chrono::Utc>>;
/// Schema `nullTime`.
pub type NullTime2 = ::chrono::DateTime<::chrono::Utc>;
/// Schema `2things`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct T2things {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub when: NullTime,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub other: ::std::option::Option<NullTime2>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<Type>,
}
crate::runtime::read_object! {
    T2things {
        when: "when" optional,
        other: "other" optional,
        kind: "kind" optional,
    }
}
/// Schema `type`.
pub type Type = ::std::string::String;
/// Schema `Self`.
pub type SelfType = i64;
