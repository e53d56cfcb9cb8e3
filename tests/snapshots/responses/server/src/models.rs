//! The API's data types, generated from its schemas.
/// Schema `Widget`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Widget {
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nested: ::std::option::Option<WidgetNested>,
}
impl<'de> ::serde::Deserialize<'de> for Widget {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Widget {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut name = ::std::option::Option::None;
        let mut nested = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                "nested" => crate::runtime::field(&mut nested, &mut __map, "nested")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Widget {
            name: crate::runtime::required(name, "name")?,
            nested: crate::runtime::optional(nested),
        })
    }
}
/// Schema `Ticket`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Ticket {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ticket: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Ticket {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Ticket {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut ticket = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "ticket" => crate::runtime::field(&mut ticket, &mut __map, "ticket")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Ticket {
            ticket: crate::runtime::optional(ticket),
        })
    }
}
/// Schema `Problem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Problem {
    pub error: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_description: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Problem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Problem {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut error = ::std::option::Option::None;
        let mut error_description = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "error" => crate::runtime::field(&mut error, &mut __map, "error")?,
                "error_description" => {
                    crate::runtime::field(&mut error_description, &mut __map, "error_description")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Problem {
            error: crate::runtime::required(error, "error")?,
            error_description: crate::runtime::optional(error_description),
        })
    }
}
/// Inline schema at `/components/schemas/Widget/properties/nested`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct WidgetNested {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for WidgetNested {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for WidgetNested {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut count = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "count" => crate::runtime::field(&mut count, &mut __map, "count")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(WidgetNested {
            count: crate::runtime::optional(count),
        })
    }
}
