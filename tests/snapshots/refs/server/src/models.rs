//! The API's data types, generated from its schemas.
/// How many.
///
/// Schema `Limit`.
pub type Limit = i32;
/// Inline schema at `/paths/~1a/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct GetAResponse {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for GetAResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        GetAResponse::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for GetAResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetAResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        GetAResponse::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
