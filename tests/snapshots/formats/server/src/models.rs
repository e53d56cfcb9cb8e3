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
crate::runtime::read_object! {
    Event {
        at: "at" optional,
        day: "day" optional,
        id: "id" optional,
        small: "small" optional,
        big: "big" optional,
        plain: "plain" optional,
        ratio: "ratio" optional,
        precise: "precise" optional,
        number: "number" optional,
        flag: "flag" optional,
        secret: "secret" optional,
        blob: "blob" optional,
        custom: "custom" optional,
    }
}
