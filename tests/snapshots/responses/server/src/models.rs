//! The API's data types, generated from its schemas.
/// Schema `Widget`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Widget {
    pub name: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nested: ::std::option::Option<WidgetNested>,
}
/// Schema `Ticket`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Ticket {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ticket: ::std::option::Option<::std::string::String>,
}
/// Schema `Problem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Problem {
    pub error: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_description: ::std::option::Option<::std::string::String>,
}
/// Inline schema at `/components/schemas/Widget/properties/nested`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WidgetNested {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
}
