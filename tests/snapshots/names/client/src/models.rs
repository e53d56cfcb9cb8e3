//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Schema `NullTime`.
pub type NullTime = ::std::option::Option<::chrono::DateTime<::chrono::Utc>>;

/// Schema `nullTime`.
pub type NullTime2 = ::chrono::DateTime<::chrono::Utc>;

/// Schema `2things`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct T2things {
    pub when: NullTime,
    pub other: ::std::option::Option<NullTime2>,
    pub kind: ::std::option::Option<Type>,
}
crate::runtime::object! {
    T2things { when = "when" optional, other = "other" optional, kind = "kind" optional,
    }
}

/// Schema `type`.
pub type Type = ::std::string::String;

/// Schema `Self`.
pub type SelfType = i64;
