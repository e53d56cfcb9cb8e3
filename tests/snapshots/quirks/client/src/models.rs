//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Schema `JsonSchemaProps`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct JsonSchemaProps {
    pub ref_: ::std::option::Option<::std::string::String>,
    pub schema: ::std::option::Option<::std::string::String>,
    pub type_: ::std::option::Option<::std::string::String>,
    pub properties: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, JsonSchemaProps>,
    >,
    pub all_of: ::std::option::Option<::std::vec::Vec<JsonSchemaProps>>,
    pub anything: ::std::option::Option<::serde_json::Value>,
    pub nothing: ::std::option::Option<::serde_json::Value>,
    #[deprecated]
    pub legacy_name: ::std::option::Option<::std::string::String>,
    #[deprecated]
    pub legacy_items: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    JsonSchemaProps { ref_ = "$ref" optional, schema = "$schema" optional, type_ = "type"
    optional, properties = "properties" optional, all_of = "allOf" optional, anything =
    "anything" optional, nothing = "nothing" optional, legacy_name = "legacyName"
    optional, legacy_items = "legacyItems" optional, }
}

/// Schema `PushOption`.
#[derive(Clone, Default)]
pub struct PushOption {
    pub kind: ::std::string::String,
    pub property: ::std::option::Option<PushOptionProperty>,
    pub nested: ::std::option::Option<PushOptionNested>,
}
crate::runtime::object! {
    PushOption { kind = "kind" required, property = "property" optional, nested =
    "nested" optional, }
}

/// Schema `DuplicateInput`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DuplicateInput {
    pub name: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DuplicateInput { name = "name" optional, }
}

/// Schema `CommonFields`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CommonFields {
    pub name: ::std::option::Option<::std::string::String>,
    pub categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    CommonFields { name = "name" optional, categories = "categories" optional, }
}

/// Schema `DesignInput`.
#[derive(Clone, Default)]
pub struct DesignInput {
    pub name: ::std::option::Option<::std::string::String>,
    pub categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub html: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DesignInput { name = "name" optional, categories = "categories" optional, html =
    "html" optional, }
}

/// Schema `Cycle`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Cycle {
    pub second: ::std::option::Option<i64>,
    pub first: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Cycle { second = "second" optional, first = "first" optional, }
}

/// Schema `CycleBack`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CycleBack {
    pub first: ::std::option::Option<::std::string::String>,
    pub second: ::std::option::Option<i64>,
}
crate::runtime::object! {
    CycleBack { first = "first" optional, second = "second" optional, }
}

/// Schema `Statement`.
#[derive(Clone, Default)]
pub struct Statement {
    pub byte_match: ::std::option::Option<ByteMatch>,
    pub not: ::std::option::Option<StatementNot>,
}
crate::runtime::object! {
    Statement { byte_match = "ByteMatch" optional, not = "Not" optional, }
}

/// Schema `NotStatement`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct NotStatement {
    pub statement: StatementNotStatement,
}
crate::runtime::object! {
    NotStatement { statement = "Statement" required, }
}

/// Schema `ByteMatch`.
#[derive(Clone, Default)]
pub struct ByteMatch {
    pub bytes: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ByteMatch { bytes = "Bytes" optional, }
}

/// Inline schema at `/components/schemas/PushOption/properties/nested/properties/inner`.
#[derive(Clone, Default)]
pub struct PushOptionNestedInner {
    pub depth: ::std::option::Option<i64>,
}
crate::runtime::object! {
    PushOptionNestedInner { depth = "depth" optional, }
}

/// Inline schema at `/components/schemas/PushOption/definitions/pushOptionProperty`.
#[derive(Clone, Default)]
pub struct PushOptionProperty {
    pub description: ::std::option::Option<::std::string::String>,
    pub required: ::std::option::Option<bool>,
    pub properties: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, PushOptionProperty>,
    >,
}
crate::runtime::object! {
    PushOptionProperty { description = "description" optional, required = "required"
    optional, properties = "properties" optional, }
}

/// Inline schema at `/components/schemas/PushOption/properties/nested`.
#[derive(Clone, Default)]
pub struct PushOptionNested {
    pub inner: ::std::option::Option<PushOptionNestedInner>,
}
crate::runtime::object! {
    PushOptionNested { inner = "inner" optional, }
}

/// Inline schema at `/components/schemas/Statement/properties/Not`.
#[derive(Clone, Default)]
pub struct StatementNot {
    pub statement: ::std::boxed::Box<StatementNotStatement>,
    pub reason: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    StatementNot { statement = "Statement" required, reason = "Reason" optional, }
}

/// Inline schema at `/components/schemas/NotStatement/properties/Statement`.
#[derive(Clone, Default)]
pub struct StatementNotStatement {
    pub byte_match: ::std::option::Option<ByteMatch>,
    pub not: ::std::option::Option<StatementNot>,
    pub label: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    StatementNotStatement { byte_match = "ByteMatch" optional, not = "Not" optional,
    label = "Label" optional, }
}

/// Inline schema at `/paths/~1pushes/post/responses/201/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreatePushResponse {
    pub id: ::std::option::Option<::std::string::String>,
    pub option: ::std::option::Option<PushOptionNestedInner>,
}
crate::runtime::object! {
    CreatePushResponse { id = "id" optional, option = "option" optional, }
}
