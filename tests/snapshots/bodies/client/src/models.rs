//! The API's data types, generated from its schemas.
/// Schema `Note`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Note {
    pub title: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pinned: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for Note {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Note {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut title = ::std::option::Option::None;
        let mut pinned = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "title" => crate::runtime::field(&mut title, &mut __map, "title")?,
                "pinned" => crate::runtime::field(&mut pinned, &mut __map, "pinned")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Note {
            title: crate::runtime::required(title, "title")?,
            pinned: crate::runtime::optional(pinned),
        })
    }
}
/// Schema `Echo`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Echo {
    pub method: ::std::string::String,
    pub path: ::std::string::String,
    pub query: ::std::string::String,
    pub headers: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    pub body: ::std::string::String,
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
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut method = ::std::option::Option::None;
        let mut path = ::std::option::Option::None;
        let mut query = ::std::option::Option::None;
        let mut headers = ::std::option::Option::None;
        let mut body = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "method" => crate::runtime::field(&mut method, &mut __map, "method")?,
                "path" => crate::runtime::field(&mut path, &mut __map, "path")?,
                "query" => crate::runtime::field(&mut query, &mut __map, "query")?,
                "headers" => crate::runtime::field(&mut headers, &mut __map, "headers")?,
                "body" => crate::runtime::field(&mut body, &mut __map, "body")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Echo {
            method: crate::runtime::required(method, "method")?,
            path: crate::runtime::required(path, "path")?,
            query: crate::runtime::required(query, "query")?,
            headers: crate::runtime::required(headers, "headers")?,
            body: crate::runtime::required(body, "body")?,
        })
    }
}
/// Inline schema at `/paths/~1form/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SendFormBody {
    pub grant_type: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for SendFormBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for SendFormBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut grant_type = ::std::option::Option::None;
        let mut scope = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "grant_type" => crate::runtime::field(&mut grant_type, &mut __map, "grant_type")?,
                "scope" => crate::runtime::field(&mut scope, &mut __map, "scope")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(SendFormBody {
            grant_type: crate::runtime::required(grant_type, "grant_type")?,
            scope: crate::runtime::optional(scope),
        })
    }
}
