//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Schema `Widget`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Widget {
    pub name: ::std::string::String,
    pub nested: ::std::option::Option<WidgetNested>,
}
crate::runtime::object! {
    Widget { name = "name" required, nested = "nested" optional, }
}

/// Schema `Ticket`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Ticket {
    pub ticket: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Ticket { ticket = "ticket" optional, }
}

/// Schema `Problem`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Problem {
    pub error: ::std::string::String,
    pub error_description: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Problem { error = "error" required, error_description = "error_description" optional,
    }
}

/// Inline schema at `/components/schemas/Widget/properties/nested`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct WidgetNested {
    pub count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    WidgetNested { count = "count" optional, }
}
