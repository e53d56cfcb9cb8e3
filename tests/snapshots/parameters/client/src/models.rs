//! The API's data types, generated from its schemas.
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
/// Inline schema at `/paths/~1files~1{name}.{ext}/get/parameters/1/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFileExt {
    /// `json`
    Json,
    /// `txt`
    Txt,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
impl GetFileExt {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Txt => "txt",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::fmt::Display for GetFileExt {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for GetFileExt {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for GetFileExt {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        match value.as_str() {
            "json" => Ok(Self::Json),
            "txt" => Ok(Self::Txt),
            _ => Ok(Self::Unknown(value)),
        }
    }
}
