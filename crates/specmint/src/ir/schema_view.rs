//! A flat view of an `openapiv3::Schema`, whatever variant `openapiv3` chose for it.
//!
//! `openapiv3` splits schemas into typed variants and falls back to `AnySchema` for anything
//! mixed (an object with `oneOf`, an unknown `type`, properties without `type`). The lowering
//! wants one shape to ask questions of, so both are flattened here.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, IntegerFormat, IntegerType, NumberFormat, NumberType,
    ObjectType, ReferenceOr, Schema, SchemaData, SchemaKind, StringFormat, StringType, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::Constraints;

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
    /// The validation keywords at this level (`items` is left for the caller to fill).
    pub constraints: Constraints,
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
            constraints: Constraints::default(),
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => v.string(s),
            SchemaKind::Type(Type::Integer(i)) => v.integer(i),
            SchemaKind::Type(Type::Number(n)) => v.number(n),
            SchemaKind::Type(Type::Boolean(b)) => {
                v.typ = Some("boolean");
                v.enum_values = b
                    .enumeration
                    .iter()
                    .map(|e| e.map_or(Value::Null, Value::Bool))
                    .collect();
            }
            SchemaKind::Type(Type::Object(o)) => v.object(o),
            SchemaKind::Type(Type::Array(a)) => {
                v.typ = Some("array");
                v.items = a.items.as_ref().map(SchemaRef::of_boxed);
                v.constraints.min_items = a.min_items;
                v.constraints.max_items = a.max_items;
                v.constraints.unique_items = a.unique_items;
            }
            SchemaKind::OneOf { one_of } => v.one_of = one_of,
            SchemaKind::AllOf { all_of } => v.all_of = all_of,
            SchemaKind::AnyOf { any_of } => v.any_of = any_of,
            SchemaKind::Not { .. } => v.has_not = true,
            SchemaKind::Any(a) => v.any(a),
        }
        v
    }

    fn string(&mut self, s: &'s StringType) {
        self.typ = Some("string");
        self.format = format_name(&s.format, string_format);
        let c = &mut self.constraints;
        c.min_length = s.min_length;
        c.max_length = s.max_length;
        c.pattern = s.pattern.clone();
        self.enum_values = s
            .enumeration
            .iter()
            .map(|e| e.clone().map_or(Value::Null, Value::String))
            .collect();
    }

    fn integer(&mut self, i: &'s IntegerType) {
        self.typ = Some("integer");
        self.format = format_name(&i.format, integer_format);
        let c = &mut self.constraints;
        c.minimum = i.minimum.map(|n| n as f64);
        c.maximum = i.maximum.map(|n| n as f64);
        c.exclusive_minimum = i.exclusive_minimum;
        c.exclusive_maximum = i.exclusive_maximum;
        c.multiple_of = i.multiple_of.map(|n| n as f64);
        self.enum_values = i
            .enumeration
            .iter()
            .map(|e| e.map_or(Value::Null, Value::from))
            .collect();
    }

    fn number(&mut self, n: &'s NumberType) {
        self.typ = Some("number");
        self.format = format_name(&n.format, number_format);
        let c = &mut self.constraints;
        c.minimum = n.minimum;
        c.maximum = n.maximum;
        c.exclusive_minimum = n.exclusive_minimum;
        c.exclusive_maximum = n.exclusive_maximum;
        c.multiple_of = n.multiple_of;
        self.enum_values = n
            .enumeration
            .iter()
            .map(|e| e.map_or(Value::Null, Value::from))
            .collect();
    }

    fn object(&mut self, o: &'s ObjectType) {
        self.typ = Some("object");
        self.properties = props(&o.properties);
        self.required = &o.required;
        self.additional = o.additional_properties.as_ref();
        self.object_like = !o.properties.is_empty() || o.additional_properties.is_some();
        self.constraints.min_properties = o.min_properties;
        self.constraints.max_properties = o.max_properties;
    }

    /// A schema whose keywords do not fit one `type` (or name none): every keyword is read.
    fn any(&mut self, a: &'s AnySchema) {
        self.typ = a.typ.as_deref();
        self.format = a.format.as_deref();
        self.properties = props(&a.properties);
        self.required = &a.required;
        self.additional = a.additional_properties.as_ref();
        self.items = a.items.as_ref().map(SchemaRef::of_boxed);
        self.enum_values = a.enumeration.clone();
        self.one_of = &a.one_of;
        self.any_of = &a.any_of;
        self.all_of = &a.all_of;
        self.has_not = a.not.is_some();
        self.object_like = !a.properties.is_empty() || a.additional_properties.is_some();
        self.constraints = Constraints {
            minimum: a.minimum,
            maximum: a.maximum,
            exclusive_minimum: a.exclusive_minimum.unwrap_or(false),
            exclusive_maximum: a.exclusive_maximum.unwrap_or(false),
            multiple_of: a.multiple_of,
            min_length: a.min_length,
            max_length: a.max_length,
            pattern: a.pattern.clone(),
            min_items: a.min_items,
            max_items: a.max_items,
            unique_items: a.unique_items.unwrap_or(false),
            min_properties: a.min_properties,
            max_properties: a.max_properties,
            items: None,
        };
    }
}
