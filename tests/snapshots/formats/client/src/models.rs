//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Schema `Event`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Event {
    pub at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub day: ::std::option::Option<::chrono::NaiveDate>,
    pub id: ::std::option::Option<::uuid::Uuid>,
    pub small: ::std::option::Option<i32>,
    pub big: ::std::option::Option<i64>,
    pub plain: ::std::option::Option<i64>,
    pub ratio: ::std::option::Option<f32>,
    pub precise: ::std::option::Option<f64>,
    pub number: ::std::option::Option<f64>,
    pub flag: ::std::option::Option<bool>,
    pub secret: ::std::option::Option<::std::string::String>,
    pub blob: ::std::option::Option<::std::string::String>,
    pub custom: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Event { at = "at" optional, day = "day" optional, id = "id" optional, small = "small"
    optional, big = "big" optional, plain = "plain" optional, ratio = "ratio" optional,
    precise = "precise" optional, number = "number" optional, flag = "flag" optional,
    secret = "secret" optional, blob = "blob" optional, custom = "custom" optional, }
}
