//! The API's data types, generated from its schemas.
/// Schema `AirportCode`.
pub type AirportCode = ::std::string::String;
/// Schema `Password`.
pub type Password = ::std::string::String;
/// Schema `Booking`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Booking {
    pub name: ::std::string::String,
    pub seats: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub price: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<Password>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub via: ::std::option::Option<::std::vec::Vec<AirportCode>>,
    pub legs: ::std::vec::Vec<Leg>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
crate::runtime::read_object! {
    Booking {
        name: "name" required,
        seats: "seats" required,
        price: "price" optional,
        password: "password" optional,
        via: "via" optional,
        legs: "legs" required,
        notes: "notes" optional,
    }
}
/// Schema `Leg`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Leg {
    pub from: AirportCode,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub minutes: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    Leg {
        from: "from" required,
        minutes: "minutes" optional,
    }
}
