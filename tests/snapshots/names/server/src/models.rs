//! The API's data types, generated from its schemas.
/// Schema `NullTime`.
pub type NullTime = ::std::option::Option<::chrono::DateTime<::chrono::Utc>>;
/// Schema `nullTime`.
pub type NullTime2 = ::chrono::DateTime<::chrono::Utc>;
/// Schema `2things`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct T2things {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub when: NullTime,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub other: ::std::option::Option<NullTime2>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<Type>,
}
impl ::serde::Serialize for T2things {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        T2things::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for T2things {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for T2things {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        T2things::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Schema `type`.
pub type Type = ::std::string::String;
/// Schema `Self`.
pub type SelfType = i64;
