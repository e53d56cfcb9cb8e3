//! Impls of the models that have impls of their own rather than a runtime macro's.
#![cfg_attr(rustfmt, rustfmt::skip)]
use super::*;
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
            Some("dog") => {
                ::serde_json::from_value(value).map(Self::Dog).map_err(D::Error::custom)
            }
            Some("Cat") => {
                ::serde_json::from_value(value).map(Self::Cat).map_err(D::Error::custom)
            }
            Some(other) => Err(D::Error::unknown_variant(other, &["Cat", "dog"])),
            None => Err(D::Error::missing_field("petType")),
        }
    }
}
