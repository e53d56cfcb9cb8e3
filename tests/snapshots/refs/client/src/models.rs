//! The API's data types, generated from its schemas.
/// How many.
///
/// Schema `Limit`.
pub type Limit = i32;
/// Inline schema at `/paths/~1a/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut value = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "value" => crate::runtime::field(&mut value, &mut __map, "value")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetAResponse {
            value: crate::runtime::optional(value),
        })
    }
}
