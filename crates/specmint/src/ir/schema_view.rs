//! A flat view of an `openapiv3::Schema`, whatever variant `openapiv3` chose for it.
//!
//! `openapiv3` splits schemas into typed variants and falls back to `AnySchema` for anything
//! mixed (an object with `oneOf`, an unknown `type`, properties without `type`). The lowering
//! wants one shape to ask questions of, so both are flattened here.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaData, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

/// A schema or a reference to one, whether boxed or not.
#[derive(Clone, Copy)]
pub enum SchemaRef<'a> {
    Ref(&'a str),
    Item(&'a Schema),
}

impl<'a> SchemaRef<'a> {
    pub fn of(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Item(s),
        }
    }

    pub fn of_boxed(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Item(s),
        }
    }
}

pub struct View<'s> {
    pub data: &'s SchemaData,
    pub typ: Option<&'s str>,
    pub format: Option<&'s str>,
    pub properties: Vec<(&'s str, SchemaRef<'s>)>,
    pub required: &'s [String],
    pub additional: Option<&'s AdditionalProperties>,
    pub items: Option<SchemaRef<'s>>,
    pub enum_values: Vec<Value>,
    pub one_of: &'s [ReferenceOr<Schema>],
    pub any_of: &'s [ReferenceOr<Schema>],
    pub all_of: &'s [ReferenceOr<Schema>],
    pub has_not: bool,
    /// `properties`, `required` or `additionalProperties` appear, whatever the `type`.
    pub object_like: bool,
}

const NO_SCHEMAS: &[ReferenceOr<Schema>] = &[];
const NO_NAMES: &[String] = &[];

fn props(map: &IndexMap<String, ReferenceOr<Box<Schema>>>) -> Vec<(&str, SchemaRef<'_>)> {
    map.iter()
        .map(|(k, v)| (k.as_str(), SchemaRef::of_boxed(v)))
        .collect()
}

fn format_name<T: Copy>(
    f: &VariantOrUnknownOrEmpty<T>,
    name: fn(T) -> &'static str,
) -> Option<&str> {
    match f {
        VariantOrUnknownOrEmpty::Item(item) => Some(name(*item)),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.as_str()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

fn string_format(f: StringFormat) -> &'static str {
    match f {
        StringFormat::Date => "date",
        StringFormat::DateTime => "date-time",
        StringFormat::Password => "password",
        StringFormat::Byte => "byte",
        StringFormat::Binary => "binary",
    }
}

fn integer_format(f: IntegerFormat) -> &'static str {
    match f {
        IntegerFormat::Int32 => "int32",
        IntegerFormat::Int64 => "int64",
    }
}

fn number_format(f: NumberFormat) -> &'static str {
    match f {
        NumberFormat::Float => "float",
        NumberFormat::Double => "double",
    }
}

impl<'s> View<'s> {
    pub fn new(schema: &'s Schema) -> Self {
        let mut v = View {
            data: &schema.schema_data,
            typ: None,
            format: None,
            properties: Vec::new(),
            required: NO_NAMES,
            additional: None,
            items: None,
            enum_values: Vec::new(),
            one_of: NO_SCHEMAS,
            any_of: NO_SCHEMAS,
            all_of: NO_SCHEMAS,
            has_not: false,
            object_like: false,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                v.typ = Some("string");
                v.format = format_name(&s.format, string_format);
                v.enum_values = s
                    .enumeration
                    .iter()
                    .map(|e| e.clone().map_or(Value::Null, Value::String))
                    .collect();
            }
            SchemaKind::Type(Type::Integer(i)) => {
                v.typ = Some("integer");
                v.format = format_name(&i.format, integer_format);
                v.enum_values = i
                    .enumeration
                    .iter()
                    .map(|e| e.map_or(Value::Null, Value::from))
                    .collect();
            }
            SchemaKind::Type(Type::Number(n)) => {
                v.typ = Some("number");
                v.format = format_name(&n.format, number_format);
                v.enum_values = n
                    .enumeration
                    .iter()
                    .map(|e| e.map_or(Value::Null, Value::from))
                    .collect();
            }
            SchemaKind::Type(Type::Boolean(b)) => {
                v.typ = Some("boolean");
                v.enum_values = b
                    .enumeration
                    .iter()
                    .map(|e| e.map_or(Value::Null, Value::Bool))
                    .collect();
            }
            SchemaKind::Type(Type::Object(o)) => {
                v.typ = Some("object");
                v.properties = props(&o.properties);
                v.required = &o.required;
                v.additional = o.additional_properties.as_ref();
                v.object_like = !o.properties.is_empty() || o.additional_properties.is_some();
            }
            SchemaKind::Type(Type::Array(a)) => {
                v.typ = Some("array");
                v.items = a.items.as_ref().map(SchemaRef::of_boxed);
            }
            SchemaKind::OneOf { one_of } => v.one_of = one_of,
            SchemaKind::AllOf { all_of } => v.all_of = all_of,
            SchemaKind::AnyOf { any_of } => v.any_of = any_of,
            SchemaKind::Not { .. } => v.has_not = true,
            SchemaKind::Any(a) => {
                v.typ = a.typ.as_deref();
                v.format = a.format.as_deref();
                v.properties = props(&a.properties);
                v.required = &a.required;
                v.additional = a.additional_properties.as_ref();
                v.items = a.items.as_ref().map(SchemaRef::of_boxed);
                v.enum_values = a.enumeration.clone();
                v.one_of = &a.one_of;
                v.any_of = &a.any_of;
                v.all_of = &a.all_of;
                v.has_not = a.not.is_some();
                v.object_like = !a.properties.is_empty() || a.additional_properties.is_some();
            }
        }
        v
    }
}
