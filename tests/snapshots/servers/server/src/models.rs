//! The API's data types, generated from its schemas.
/// Schema `Echo`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Echo {
    pub method: ::std::string::String,
    pub path: ::std::string::String,
    pub query: ::std::string::String,
    pub headers: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    pub body: ::std::string::String,
}
impl ::serde::Serialize for Echo {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Echo::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Echo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Echo {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Echo::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
