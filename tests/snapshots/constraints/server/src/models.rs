//! The API's data types, generated from its schemas.
/// Schema `AirportCode`.
pub type AirportCode = ::std::string::String;
/// Schema `Password`.
pub type Password = ::std::string::String;
/// Schema `Booking`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Booking {
    pub name: ::std::string::String,
    pub seats: i64,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub price: ::std::option::Option<f64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<Password>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub via: ::std::option::Option<::std::vec::Vec<AirportCode>>,
    pub legs: ::std::vec::Vec<Leg>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
impl ::serde::Serialize for Booking {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Booking::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Booking {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Booking {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Booking::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Schema `Leg`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Leg {
    pub from: AirportCode,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minutes: ::std::option::Option<i64>,
}
impl ::serde::Serialize for Leg {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Leg::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Leg {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Leg {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Leg::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
