//! The API's data types, generated from its schemas.
/// Schema `Widget`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Widget {
    pub name: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nested: ::std::option::Option<WidgetNested>,
}
impl ::serde::Serialize for Widget {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Widget::serialize(self, serializer)
    }
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
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Widget::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Schema `Ticket`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Ticket {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ticket: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for Ticket {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Ticket::serialize(self, serializer)
    }
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
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Ticket::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Schema `Problem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Problem {
    pub error: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_description: ::std::option::Option<::std::string::String>,
}
impl ::serde::Serialize for Problem {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Problem::serialize(self, serializer)
    }
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
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Problem::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Inline schema at `/components/schemas/Widget/properties/nested`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct WidgetNested {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
}
impl ::serde::Serialize for WidgetNested {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        WidgetNested::serialize(self, serializer)
    }
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
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        WidgetNested::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
