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
