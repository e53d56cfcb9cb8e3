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
crate::runtime::read_object! {
    Echo {
        method: "method" required,
        path: "path" required,
        query: "query" required,
        headers: "headers" required,
        body: "body" required,
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
