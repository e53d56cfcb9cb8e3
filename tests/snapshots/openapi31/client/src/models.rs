//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Schema `Pet`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Pet {
    pub name: ::std::string::String,
    pub kind: PetKind,
    pub nickname: ::std::option::Option<::std::string::String>,
    pub weight: ::std::option::Option<f64>,
    /// A label, with the rules of `Tag` and one more.
    pub tag: ::std::option::Option<Tag>,
    pub id: ::std::option::Option<PetId>,
}
crate::runtime::object! {
    Pet { name = "name" required, kind = "kind" required, nickname = "nickname" optional,
    weight = "weight" optional, tag = "tag" optional, id = "id" optional, }
}

/// Schema `Tag`.
pub type Tag = ::std::string::String;

/// Inline schema at `/components/schemas/Pet/properties/kind`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PetKind {
    /// `pet`
    #[default]
    Pet,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    PetKind + Unknown { Pet = "pet", }
}

/// Inline schema at `/components/schemas/Pet/properties/id/oneOf/0`.
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum PetIdVariant0 {
    String(::std::string::String),
    Integer(i64),
}

/// Inline schema at `/components/schemas/Pet/properties/id`.
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum PetId {
    PetIdVariant0(PetIdVariant0),
    Variant1(::std::option::Option<::serde_json::Value>),
}
