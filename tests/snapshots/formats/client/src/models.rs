//! The API's data types, generated from its schemas.
/// Schema `Event`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Event {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub day: ::std::option::Option<::chrono::NaiveDate>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::uuid::Uuid>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub small: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub big: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub plain: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ratio: ::std::option::Option<f32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub precise: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub number: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub flag: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secret: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub blob: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Event {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Event {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut at = ::std::option::Option::None;
        let mut day = ::std::option::Option::None;
        let mut id = ::std::option::Option::None;
        let mut small = ::std::option::Option::None;
        let mut big = ::std::option::Option::None;
        let mut plain = ::std::option::Option::None;
        let mut ratio = ::std::option::Option::None;
        let mut precise = ::std::option::Option::None;
        let mut number = ::std::option::Option::None;
        let mut flag = ::std::option::Option::None;
        let mut secret = ::std::option::Option::None;
        let mut blob = ::std::option::Option::None;
        let mut custom = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "at" => crate::runtime::field(&mut at, &mut __map, "at")?,
                "day" => crate::runtime::field(&mut day, &mut __map, "day")?,
                "id" => crate::runtime::field(&mut id, &mut __map, "id")?,
                "small" => crate::runtime::field(&mut small, &mut __map, "small")?,
                "big" => crate::runtime::field(&mut big, &mut __map, "big")?,
                "plain" => crate::runtime::field(&mut plain, &mut __map, "plain")?,
                "ratio" => crate::runtime::field(&mut ratio, &mut __map, "ratio")?,
                "precise" => crate::runtime::field(&mut precise, &mut __map, "precise")?,
                "number" => crate::runtime::field(&mut number, &mut __map, "number")?,
                "flag" => crate::runtime::field(&mut flag, &mut __map, "flag")?,
                "secret" => crate::runtime::field(&mut secret, &mut __map, "secret")?,
                "blob" => crate::runtime::field(&mut blob, &mut __map, "blob")?,
                "custom" => crate::runtime::field(&mut custom, &mut __map, "custom")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Event {
            at: crate::runtime::optional(at),
            day: crate::runtime::optional(day),
            id: crate::runtime::optional(id),
            small: crate::runtime::optional(small),
            big: crate::runtime::optional(big),
            plain: crate::runtime::optional(plain),
            ratio: crate::runtime::optional(ratio),
            precise: crate::runtime::optional(precise),
            number: crate::runtime::optional(number),
            flag: crate::runtime::optional(flag),
            secret: crate::runtime::optional(secret),
            blob: crate::runtime::optional(blob),
            custom: crate::runtime::optional(custom),
        })
    }
}
