//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// A pet with every kind of field.
///
/// Schema `Pet`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Pet {
    pub id: i64,
    /// The pet's name.
    pub name: ::std::string::String,
    /// A Rust keyword as a property name.
    pub type_: ::std::string::String,
    pub ref_: ::std::option::Option<::std::string::String>,
    pub self_: ::std::option::Option<::std::string::String>,
    pub foo_bar: ::std::option::Option<::std::string::String>,
    /// Collides with fooBar once snake-cased.
    pub foo_bar2: ::std::option::Option<::std::string::String>,
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Required but nullable, inline.
    pub owner: ::std::option::Option<PetOwner>,
    pub tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// Untyped
    pub extra: ::std::option::Option<::serde_json::Value>,
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Read-only: sent by the server only.
    pub read_only_note: ::std::option::Option<::std::string::String>,
    /// Deprecated
    #[deprecated]
    pub legacy_code: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Pet { id = "id" required, name = "name" required, type_ = "type" required, ref_ =
    "ref" optional, self_ = "self" optional, foo_bar = "fooBar" optional, foo_bar2 =
    "foo_bar" optional, cf_turnstile_response = "cf-turnstile-response" optional,
    nickname = "nickname" optional, owner = "owner" nullable, tags = "tags" optional,
    extra = "extra" optional, labels = "labels" optional, read_only_note =
    "read_only_note" optional, legacy_code = "legacy_code" optional, }
}

/// Schema `Open`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Open {
    pub known: ::std::option::Option<::std::string::String>,
    /// Properties not declared by the schema.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
crate::runtime::object! {
    Open + additional_properties { known = "known" optional, }
}

/// Schema `Closed`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Closed {}
crate::runtime::object! {
    Closed {}
}

/// Schema `Counts`.
pub type Counts = ::std::collections::BTreeMap<::std::string::String, i32>;

/// Its required field is an enum, whose first value is its default.
///
/// Schema `Leash`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Leash {
    pub color: LeashColor,
    pub length: ::std::option::Option<i32>,
}
crate::runtime::object! {
    Leash { color = "color" required, length = "length" optional, }
}

/// Its required field is a union, which has no default, so it is read into slots.
///
/// Schema `Walk`.
#[derive(Clone)]
#[non_exhaustive]
pub struct Walk {
    pub pace: WalkPace,
    pub route: WalkRoute,
    pub note: ::std::option::Option<::std::string::String>,
    pub leash: ::std::option::Option<Leash>,
}
crate::runtime::object! {
    slots Walk { pace = "pace" required, route = "route" required, note = "note"
    optional, leash = "leash" optional, }
}

/// Required but nullable, inline.
///
/// Inline schema at `/components/schemas/Pet/properties/owner`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct PetOwner {
    pub name: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    PetOwner { name = "name" optional, }
}

/// Inline schema at `/components/schemas/Leash/properties/color`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum LeashColor {
    /// `red`
    #[default]
    Red,
    /// `blue`
    Blue,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    LeashColor + Unknown { Red = "red", Blue = "blue", }
}

/// Inline schema at `/components/schemas/Walk/properties/pace`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WalkPace {
    /// `slow`
    #[default]
    Slow,
    /// `brisk`
    Brisk,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    WalkPace + Unknown { Slow = "slow", Brisk = "brisk", }
}

/// Inline schema at `/components/schemas/Walk/properties/route`.
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum WalkRoute {
    String(::std::string::String),
    Integer(i64),
}
