//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Tagged by `petType`, with an explicit mapping for dogs and the schema name for cats.
///
/// Schema `Pet`.
///
/// The discriminator picks the variant; values with a tag this client does not know
/// are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    /// `dog`
    Dog(Dog),
    /// `Cat`
    Cat(Cat),
    /// A value whose tag this client does not know, kept as it came.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for Pet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::Dog(value) => ("dog", ::serde_json::to_value(value)),
            Self::Cat(value) => ("Cat", ::serde_json::to_value(value)),
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("petType".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("petType")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("dog") => {
                ::serde_json::from_value(value).map(Self::Dog).map_err(D::Error::custom)
            }
            Some("Cat") => {
                ::serde_json::from_value(value).map(Self::Cat).map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Schema `Dog`.
#[derive(Clone, Default)]
pub struct Dog {
    pub pet_type: ::std::string::String,
    pub name: ::std::string::String,
    pub bark: ::std::option::Option<DogBark>,
}
crate::runtime::object! {
    Dog { pet_type = "petType" required, name = "name" required, bark = "bark" optional,
    }
}

/// Schema `Cat`.
#[derive(Clone, Default)]
pub struct Cat {
    pub name: ::std::string::String,
    pub lives: ::std::option::Option<i32>,
}
crate::runtime::object! {
    Cat { name = "name" required, lives = "lives" optional, }
}

/// Schema `Base`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Base {
    pub id: ::std::string::String,
    pub created: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    Base { id = "id" required, created = "created" optional, }
}

/// Schema `Circle`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Circle {
    pub id: ::std::string::String,
    pub created: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub radius: f64,
}
crate::runtime::object! {
    Circle { id = "id" required, created = "created" optional, radius = "radius"
    required, }
}

/// Schema `Square`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Square {
    pub id: ::std::string::String,
    pub created: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub side: f64,
}
crate::runtime::object! {
    Square { id = "id" required, created = "created" optional, side = "side" required, }
}

/// Schema `Shape`.
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum Shape {
    Circle(Circle),
    Square(Square),
    String(::std::string::String),
}

/// A single-member allOf with a sibling description is an alias.
///
/// Schema `Labelled`.
pub type Labelled = Base;

/// Schema `Tree`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Tree {
    pub value: ::std::option::Option<::std::string::String>,
    pub left: ::std::option::Option<::std::boxed::Box<Tree>>,
    pub children: ::std::option::Option<::std::vec::Vec<Tree>>,
    pub parent: ::std::option::Option<::std::boxed::Box<Forest>>,
}
crate::runtime::object! {
    Tree { value = "value" optional, left = "left" optional, children = "children"
    optional, parent = "parent" optional, }
}

/// Schema `Forest`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Forest {
    pub first: ::std::option::Option<Tree>,
}
crate::runtime::object! {
    Forest { first = "first" optional, }
}

/// Schema `Nested`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(transparent)]
pub struct Nested(pub TreeList);

/// Schema `TreeList`.
pub type TreeList = ::std::vec::Vec<Nested>;

/// Inline schema at `/components/schemas/Dog/properties/bark`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DogBark {
    /// `soft`
    #[default]
    Soft,
    /// `loud`
    Loud,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    DogBark + Unknown { Soft = "soft", Loud = "loud", }
}
