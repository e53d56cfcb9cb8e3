//! The API's data types, generated from its schemas.
/// Schema `Widget`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Widget {
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nested: ::std::option::Option<WidgetNested>,
}
crate::runtime::read_object! {
    Widget {
        name: "name" required,
        nested: "nested" optional,
    }
}
/// Schema `Ticket`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Ticket {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ticket: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    Ticket {
        ticket: "ticket" optional,
    }
}
/// Schema `Problem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Problem {
    pub error: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_description: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    Problem {
        error: "error" required,
        error_description: "error_description" optional,
    }
}
/// Inline schema at `/components/schemas/Widget/properties/nested`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct WidgetNested {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    WidgetNested {
        count: "count" optional,
    }
}
