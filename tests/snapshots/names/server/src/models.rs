//! The API's data types, generated from its schemas.
/// Schema `NullTime`.
pub type NullTime = ::std::option::Option<::chrono::DateTime<::chrono::Utc>>;
/// Schema `nullTime`.
pub type NullTime2 = ::chrono::DateTime<::chrono::Utc>;
/// Schema `2things`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct T2things {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub when: NullTime,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub other: ::std::option::Option<NullTime2>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<Type>,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut when = ::std::option::Option::None;
        let mut other = ::std::option::Option::None;
        let mut kind = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "when" => crate::runtime::field(&mut when, &mut __map, "when")?,
                "other" => crate::runtime::field(&mut other, &mut __map, "other")?,
                "kind" => crate::runtime::field(&mut kind, &mut __map, "kind")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(T2things {
            when: crate::runtime::optional(when),
            other: crate::runtime::optional(other),
            kind: crate::runtime::optional(kind),
        })
    }
}
/// Schema `type`.
pub type Type = ::std::string::String;
/// Schema `Self`.
pub type SelfType = i64;
