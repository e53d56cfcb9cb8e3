//! The API's data types, generated from its schemas.
/// Schema `Echo`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Echo {
    pub method: ::std::string::String,
    pub path: ::std::string::String,
    pub query: ::std::string::String,
    pub headers: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    pub body: ::std::string::String,
}
crate::runtime::object_model!(Echo);
/// Inline schema at `/paths/~1files~1{name}.{ext}/get/parameters/1/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
pub enum GetFileExt {
    /// `json`
    #[serde(rename = "json")]
    Json,
    /// `txt`
    #[serde(rename = "txt")]
    Txt,
}
impl GetFileExt {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Txt => "txt",
        }
    }
}
impl ::std::fmt::Display for GetFileExt {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
