//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Schema `AirportCode`.
pub type AirportCode = ::std::string::String;

/// Schema `Password`.
pub type Password = ::std::string::String;

/// Schema `Booking`.
#[derive(Clone, Default)]
pub struct Booking {
    pub name: ::std::string::String,
    pub seats: i64,
    pub price: ::std::option::Option<f64>,
    pub password: ::std::option::Option<Password>,
    pub via: ::std::option::Option<::std::vec::Vec<AirportCode>>,
    pub legs: ::std::vec::Vec<Leg>,
    pub notes: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
crate::runtime::object! {
    Booking { name = "name" required, seats = "seats" required, price = "price" optional,
    password = "password" optional, via = "via" optional, legs = "legs" required, notes =
    "notes" optional, }
}

/// Schema `Leg`.
#[derive(Clone, Default)]
pub struct Leg {
    pub from: AirportCode,
    pub minutes: ::std::option::Option<i64>,
}
crate::runtime::object! {
    Leg { from = "from" required, minutes = "minutes" optional, }
}
