//! The API's data types, generated from its schemas.
/// Schema `AirportCode`.
pub type AirportCode = ::std::string::String;
/// Schema `Password`.
pub type Password = ::std::string::String;
/// Schema `Booking`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Booking {
    pub name: ::std::string::String,
    pub seats: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub price: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<Password>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub via: ::std::option::Option<::std::vec::Vec<AirportCode>>,
    pub legs: ::std::vec::Vec<Leg>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut name = ::std::option::Option::None;
        let mut seats = ::std::option::Option::None;
        let mut price = ::std::option::Option::None;
        let mut password = ::std::option::Option::None;
        let mut via = ::std::option::Option::None;
        let mut legs = ::std::option::Option::None;
        let mut notes = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                "seats" => crate::runtime::field(&mut seats, &mut __map, "seats")?,
                "price" => crate::runtime::field(&mut price, &mut __map, "price")?,
                "password" => crate::runtime::field(&mut password, &mut __map, "password")?,
                "via" => crate::runtime::field(&mut via, &mut __map, "via")?,
                "legs" => crate::runtime::field(&mut legs, &mut __map, "legs")?,
                "notes" => crate::runtime::field(&mut notes, &mut __map, "notes")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Booking {
            name: crate::runtime::required(name, "name")?,
            seats: crate::runtime::required(seats, "seats")?,
            price: crate::runtime::optional(price),
            password: crate::runtime::optional(password),
            via: crate::runtime::optional(via),
            legs: crate::runtime::required(legs, "legs")?,
            notes: crate::runtime::optional(notes),
        })
    }
}
/// Schema `Leg`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Leg {
    pub from: AirportCode,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub minutes: ::std::option::Option<i64>,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut from = ::std::option::Option::None;
        let mut minutes = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "from" => crate::runtime::field(&mut from, &mut __map, "from")?,
                "minutes" => crate::runtime::field(&mut minutes, &mut __map, "minutes")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Leg {
            from: crate::runtime::required(from, "from")?,
            minutes: crate::runtime::optional(minutes),
        })
    }
}
