//! The API's data types, generated from its schemas.
/// Tagged by `petType`, with an explicit mapping for dogs and the schema name for cats.
///
/// Schema `Pet`.
///
/// The discriminator picks the variant; other tags are refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    /// `dog`
    Dog(Dog),
    /// `Cat`
    Cat(Cat),
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
            Some("dog") => ::serde_json::from_value(value)
                .map(Self::Dog)
                .map_err(D::Error::custom),
            Some("Cat") => ::serde_json::from_value(value)
                .map(Self::Cat)
                .map_err(D::Error::custom),
            Some(other) => Err(D::Error::unknown_variant(other, &["Cat", "dog"])),
            None => Err(D::Error::missing_field("petType")),
        }
    }
}
/// Schema `Dog`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Dog {
    #[serde(rename = "petType")]
    pub pet_type: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bark: ::std::option::Option<DogBark>,
}
impl<'de> ::serde::Deserialize<'de> for Dog {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Dog {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut pet_type = ::std::option::Option::None;
        let mut name = ::std::option::Option::None;
        let mut bark = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "petType" => crate::runtime::field(&mut pet_type, &mut __map, "petType")?,
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                "bark" => crate::runtime::field(&mut bark, &mut __map, "bark")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Dog {
            pet_type: crate::runtime::required(pet_type, "petType")?,
            name: crate::runtime::required(name, "name")?,
            bark: crate::runtime::optional(bark),
        })
    }
}
/// Schema `Cat`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Cat {
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lives: ::std::option::Option<i32>,
}
impl<'de> ::serde::Deserialize<'de> for Cat {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Cat {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut name = ::std::option::Option::None;
        let mut lives = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                "lives" => crate::runtime::field(&mut lives, &mut __map, "lives")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Cat {
            name: crate::runtime::required(name, "name")?,
            lives: crate::runtime::optional(lives),
        })
    }
}
/// Schema `Base`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Base {
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut id = ::std::option::Option::None;
        let mut created = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "id" => crate::runtime::field(&mut id, &mut __map, "id")?,
                "created" => crate::runtime::field(&mut created, &mut __map, "created")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Base {
            id: crate::runtime::required(id, "id")?,
            created: crate::runtime::optional(created),
        })
    }
}
/// Schema `Circle`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Circle {
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub radius: f64,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut id = ::std::option::Option::None;
        let mut created = ::std::option::Option::None;
        let mut radius = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "id" => crate::runtime::field(&mut id, &mut __map, "id")?,
                "created" => crate::runtime::field(&mut created, &mut __map, "created")?,
                "radius" => crate::runtime::field(&mut radius, &mut __map, "radius")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Circle {
            id: crate::runtime::required(id, "id")?,
            created: crate::runtime::optional(created),
            radius: crate::runtime::required(radius, "radius")?,
        })
    }
}
/// Schema `Square`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Square {
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub side: f64,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut id = ::std::option::Option::None;
        let mut created = ::std::option::Option::None;
        let mut side = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "id" => crate::runtime::field(&mut id, &mut __map, "id")?,
                "created" => crate::runtime::field(&mut created, &mut __map, "created")?,
                "side" => crate::runtime::field(&mut side, &mut __map, "side")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Square {
            id: crate::runtime::required(id, "id")?,
            created: crate::runtime::optional(created),
            side: crate::runtime::required(side, "side")?,
        })
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
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Tree {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub left: ::std::option::Option<::std::boxed::Box<Tree>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub children: ::std::option::Option<::std::vec::Vec<Tree>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parent: ::std::option::Option<::std::boxed::Box<Forest>>,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut value = ::std::option::Option::None;
        let mut left = ::std::option::Option::None;
        let mut children = ::std::option::Option::None;
        let mut parent = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "value" => crate::runtime::field(&mut value, &mut __map, "value")?,
                "left" => crate::runtime::field(&mut left, &mut __map, "left")?,
                "children" => crate::runtime::field(&mut children, &mut __map, "children")?,
                "parent" => crate::runtime::field(&mut parent, &mut __map, "parent")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Tree {
            value: crate::runtime::optional(value),
            left: crate::runtime::optional(left),
            children: crate::runtime::optional(children),
            parent: crate::runtime::optional(parent),
        })
    }
}
/// Schema `Forest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Forest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub first: ::std::option::Option<Tree>,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut first = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "first" => crate::runtime::field(&mut first, &mut __map, "first")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Forest {
            first: crate::runtime::optional(first),
        })
    }
}
/// Schema `Nested`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(transparent)]
pub struct Nested(pub TreeList);
/// Schema `TreeList`.
pub type TreeList = ::std::vec::Vec<Nested>;
/// Inline schema at `/components/schemas/Dog/properties/bark`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DogBark {
    /// `soft`
    Soft,
    /// `loud`
    Loud,
}
impl DogBark {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Soft => "soft",
            Self::Loud => "loud",
        }
    }
}
impl ::std::fmt::Display for DogBark {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DogBark {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DogBark {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        match value.as_str() {
            "soft" => Ok(Self::Soft),
            "loud" => Ok(Self::Loud),
            other => Err(D::Error::unknown_variant(other, &["soft", "loud"])),
        }
    }
}
