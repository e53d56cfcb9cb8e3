//! The API's data types, generated from its schemas.
/// Schema `Base`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Base {
    pub id: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
impl ::serde::Serialize for Base {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Base::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Base {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Base {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Base::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Schema `Circle`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Circle {
    pub id: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub radius: f64,
}
impl ::serde::Serialize for Circle {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Circle::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Circle {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Circle {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Circle::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Schema `Square`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Square {
    pub id: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub side: f64,
}
impl ::serde::Serialize for Square {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Square::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Square {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Square {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Square::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
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
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Tree {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub left: ::std::option::Option<::std::boxed::Box<Tree>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub children: ::std::option::Option<::std::vec::Vec<Tree>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parent: ::std::option::Option<::std::boxed::Box<Forest>>,
}
impl ::serde::Serialize for Tree {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Tree::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Tree {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Tree {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Tree::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Schema `Forest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Forest {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub first: ::std::option::Option<Tree>,
}
impl ::serde::Serialize for Forest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Forest::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Forest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Forest {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Forest::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Schema `Nested`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(transparent)]
pub struct Nested(pub TreeList);
/// Schema `TreeList`.
pub type TreeList = ::std::vec::Vec<Nested>;
