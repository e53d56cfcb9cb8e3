//! Reading, writing, printing and comparing models: every struct's `Serialize`, `Deserialize`,
//! `Debug` and `PartialEq` go through these, and string enums get their impls here. The same
//! module serves the client and the server crate.

/// How a field is present in its object: `required`, `optional` (absent or `null` is `None`, and
/// `None` is left out when writing) or `nullable` (required but may be `null`: read like
/// `optional`, always written). The variants are spelled as `object!`'s field lines spell them.
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    required,
    optional,
    nullable,
}

/// A field's value as the runtime sees it: written through `erased_serde`, printed, and
/// compared with the same field of another value of its model.
pub trait Value: erased_serde::Serialize + std::fmt::Debug + std::any::Any {
    /// Whether `other` is a value of the same type, equal to this one.
    fn same_as(&self, other: &dyn Value) -> bool;

    fn as_any(&self) -> &dyn std::any::Any;
}

impl<T: serde::Serialize + std::fmt::Debug + PartialEq + 'static> Value for T {
    fn same_as(&self, other: &dyn Value) -> bool {
        other
            .as_any()
            .downcast_ref::<T>()
            .is_some_and(|other| self == other)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A model's field while it is written, printed or compared: its Rust name, its wire name,
/// its value and its presence, in declaration order. `object!` writes one method per model
/// that lists them, and `Serialize`, `Debug` and `PartialEq` all go through that one list.
pub type Row<'a> = (&'static str, &'static str, &'a dyn Value, Presence);

/// Whether a value is `None`, asked of its `Serialize` (an optional field's type is an
/// `Option`, which writes `None` as serde's `none`).
fn is_none(value: &dyn Value) -> bool {
    erased_serde::serialize(value, NoneProbe).unwrap_or(false)
}

/// A serializer that only tells whether it was given serde's `none`.
struct NoneProbe;

/// A value that is neither `none` nor a scalar: not `None`.
#[derive(Debug)]
struct NotNone;

impl std::fmt::Display for NotNone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not none")
    }
}

impl std::error::Error for NotNone {}

impl serde::ser::Error for NotNone {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NotNone
    }
}

/// The probe's answer to every scalar: not `None`.
macro_rules! not_none {
    ($($method:ident: $ty:ty,)*) => {
        $(fn $method(self, _: $ty) -> Result<bool, NotNone> {
            Ok(false)
        })*
    };
}

impl serde::Serializer for NoneProbe {
    type Ok = bool;
    type Error = NotNone;
    type SerializeSeq = serde::ser::Impossible<bool, NotNone>;
    type SerializeTuple = serde::ser::Impossible<bool, NotNone>;
    type SerializeTupleStruct = serde::ser::Impossible<bool, NotNone>;
    type SerializeTupleVariant = serde::ser::Impossible<bool, NotNone>;
    type SerializeMap = serde::ser::Impossible<bool, NotNone>;
    type SerializeStruct = serde::ser::Impossible<bool, NotNone>;
    type SerializeStructVariant = serde::ser::Impossible<bool, NotNone>;

    not_none! {
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_f32: f32,
        serialize_f64: f64,
        serialize_char: char,
        serialize_str: &str,
        serialize_bytes: &[u8],
        serialize_unit_struct: &'static str,
    }

    fn serialize_none(self) -> Result<bool, NotNone> {
        Ok(true)
    }

    fn serialize_some<T: ?Sized + serde::Serialize>(self, _: &T) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_unit(self) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_newtype_struct<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_newtype_variant<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotNone> {
        Err(NotNone)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotNone> {
        Err(NotNone)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NotNone> {
        Err(NotNone)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotNone> {
        Err(NotNone)
    }
}

/// Whether a row is left out when its model is written: only an optional field that is `None`
/// is, as with serde's `skip_serializing_if = "Option::is_none"`.
fn left_out(row: &Row<'_>) -> bool {
    row.3 == Presence::optional && is_none(row.2)
}

/// A row's value, written with the serializer it is given.
struct Written<'a>(&'a dyn Value);

impl serde::Serialize for Written<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        erased_serde::serialize(self.0, serializer)
    }
}

/// What a model writes after its fields: nothing ([`Skipped`]), or the entries of its
/// `additional_properties` map.
pub trait Extra {
    /// Whether the model has an entries map: then it is written as a map, as serde's derive
    /// writes a struct with a `#[serde(flatten)]` map, even when the map is empty.
    fn present(&self) -> bool;

    fn write<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

impl Extra for Skipped {
    fn present(&self) -> bool {
        false
    }

    fn write<M: serde::ser::SerializeMap>(&self, _: &mut M) -> Result<(), M::Error> {
        Ok(())
    }
}

impl<V: serde::Serialize> Extra for std::collections::BTreeMap<String, V> {
    fn present(&self) -> bool {
        true
    }

    fn write<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        self.iter()
            .try_for_each(|(key, value)| map.serialize_entry(key, value))
    }
}

/// Writes a model as serde's derive does: a struct of its fields, or, with `extra` entries, a
/// map of its fields followed by them (a `#[serde(flatten)]` map).
pub fn write_object<S: serde::Serializer>(
    serializer: S,
    name: &'static str,
    rows: &[Row<'_>],
    extra: &impl Extra,
) -> Result<S::Ok, S::Error> {
    use serde::ser::{SerializeMap, SerializeStruct};

    if extra.present() {
        let mut state = serializer.serialize_map(None)?;
        for row in rows.iter().filter(|row| !left_out(row)) {
            state.serialize_entry(row.1, &Written(row.2))?;
        }
        extra.write(&mut state)?;
        return state.end();
    }
    let kept: Vec<bool> = rows.iter().map(|row| !left_out(row)).collect();
    let len = kept.iter().filter(|kept| **kept).count();
    let mut state = serializer.serialize_struct(name, len)?;
    for (row, kept) in rows.iter().zip(kept) {
        if kept {
            state.serialize_field(row.1, &Written(row.2))?;
        } else {
            state.skip_field(row.1)?;
        }
    }
    state.end()
}

/// Prints a model as `#[derive(Debug)]` does: its name, then its fields by their Rust names,
/// and its `additional_properties` map last when it has one.
pub fn debug_object(
    f: &mut std::fmt::Formatter<'_>,
    name: &str,
    rows: &[Row<'_>],
    extra: Option<(&str, &dyn std::fmt::Debug)>,
) -> std::fmt::Result {
    let mut out = f.debug_struct(name);
    for row in rows {
        out.field(row.0.trim_start_matches("r#"), row.2);
    }
    if let Some((field, value)) = extra {
        out.field(field, value);
    }
    out.finish()
}

/// Whether two values of one model have equal fields, as `#[derive(PartialEq)]` compares them.
pub fn same_rows(left: &[Row<'_>], right: &[Row<'_>]) -> bool {
    left.len() == right.len() && left.iter().zip(right).all(|(l, r)| l.2.same_as(r.2))
}

/// The name of an object's entry, borrowed from the input when it can be.
pub struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a field name")
            }

            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                value: &'de str,
            ) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(value)))
            }

            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value.to_string())))
            }

            fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Where an entry's value is read to: a field of the model itself (models that implement
/// `Default` are read into `Self::default()`), or a [`Slot`].
pub trait Field<'de> {
    /// Reads the entry's value.
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<(), erased_serde::Error>;

    /// Called for an optional field the object left out. A field of a model read into its
    /// default keeps its default, `None`.
    fn absent(&mut self) -> Result<(), erased_serde::Error> {
        Ok(())
    }
}

impl<'de, T: serde::Deserialize<'de>> Field<'de> for T {
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<(), erased_serde::Error> {
        *self = erased_serde::deserialize(deserializer)?;
        Ok(())
    }
}

/// A field's slot while a model without `Default` is read: `None` until its entry is met.
pub struct Slot<T>(pub Option<T>);

impl<'de, T: serde::Deserialize<'de>> Field<'de> for Slot<T> {
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<(), erased_serde::Error> {
        self.0 = Some(erased_serde::deserialize(deserializer)?);
        Ok(())
    }

    fn absent(&mut self) -> Result<(), erased_serde::Error> {
        // An optional field's type is an `Option`, which reads a unit as `None`.
        let unit = serde::de::value::UnitDeserializer::<erased_serde::Error>::new();
        self.0 = Some(erased_serde::deserialize(
            &mut <dyn erased_serde::Deserializer>::erase(unit),
        )?);
        Ok(())
    }
}

/// Reads one entry's value into a field, with the map's own deserializer behind the trait
/// object (so serde_json's error positions and serde_path_to_error's paths are kept).
struct FieldSeed<'a, 'de>(&'a mut dyn Field<'de>);

impl<'de> serde::de::DeserializeSeed<'de> for FieldSeed<'_, 'de> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let mut erased = <dyn erased_serde::Deserializer>::erase(deserializer);
        self.0.fill(&mut erased).map_err(serde::de::Error::custom)
    }
}

/// A model's fields while it is read: wire name, where the value goes, and presence, in
/// declaration order.
pub type Fields<'a, 'de> = [(&'static str, &'a mut dyn Field<'de>, Presence)];

/// Where a model's reader puts the entries its fields do not name: [`Skipped`], or the
/// model's `additional_properties` map.
pub trait Others<'de> {
    fn take<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// A model without `additional_properties`: entries it does not declare are skipped when
/// reading, and nothing follows its fields when writing.
pub struct Skipped;

impl<'de> Others<'de> for Skipped {
    fn take<A: serde::de::MapAccess<'de>>(&mut self, _: &str, map: &mut A) -> Result<(), A::Error> {
        skip(map)
    }
}

impl<'de, V: serde::Deserialize<'de>> Others<'de> for std::collections::BTreeMap<String, V> {
    fn take<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        self.insert(key.to_string(), map.next_value()?);
        Ok(())
    }
}

/// Reads an object's entries into the fields they name; `others` takes the entries no field
/// names. A required field left out is serde's "missing field" error (the first in declaration
/// order, as with serde's derive); a field given twice is serde's "duplicate field" error.
fn read_fields<'de, A: serde::de::MapAccess<'de>>(
    mut map: A,
    fields: &mut Fields<'_, 'de>,
    others: &mut impl Others<'de>,
) -> Result<(), A::Error> {
    let mut filled = vec![false; fields.len()];
    while let Some(key) = map.next_key::<Key>()? {
        match fields.iter().position(|(name, _, _)| *name == key.as_str()) {
            Some(at) => {
                if filled[at] {
                    return Err(<A::Error as serde::de::Error>::duplicate_field(
                        fields[at].0,
                    ));
                }
                map.next_value_seed(FieldSeed(&mut *fields[at].1))?;
                filled[at] = true;
            }
            None => others.take(key.as_str(), &mut map)?,
        }
    }
    for ((name, field, presence), filled) in fields.iter_mut().zip(filled) {
        if !filled {
            if *presence == Presence::required {
                return Err(<A::Error as serde::de::Error>::missing_field(name));
            }
            field.absent().map_err(serde::de::Error::custom)?;
        }
    }
    Ok(())
}

/// Reads a model's fields from a JSON object only: serde's derive would also take an array of
/// the fields in order, which the spec does not allow.
struct ObjectOnly<'a, 'b, 'de, O>(&'a mut Fields<'b, 'de>, &'a mut O);

impl<'de, O: Others<'de>> serde::de::Visitor<'de> for ObjectOnly<'_, '_, 'de, O> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        read_fields(map, self.0, self.1)
    }
}

/// Reads a JSON object into a model's fields (see `read_fields`).
pub fn read_object<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    fields: &mut Fields<'_, 'de>,
    others: &mut impl Others<'de>,
) -> Result<(), D::Error> {
    deserializer.deserialize_map(ObjectOnly(fields, others))
}

/// The error for a slot still empty after reading, which `read_fields` rules out.
pub fn unfilled<E: serde::de::Error>() -> E {
    E::custom("a field of the object was not read")
}

/// Skips the value of an entry the model does not declare.
pub fn skip<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(|_| ())
}

/// A model struct's `Serialize`, `Deserialize`, `Debug` and `PartialEq`: one line per field,
/// with its wire name and its presence (see [`Presence`]). `+ additional_properties` keeps the
/// entries the struct does not declare in that field; others are skipped.
///
/// The macro writes one method that lists the fields as [`Row`]s, which writing, printing and
/// comparing all go through, and a reader that fills the fields through the runtime's
/// [`Field`]: a model that implements `Default` is read into `Self::default()`; one written
/// `slots Name` (a field's type has no default) is read into a [`Slot`] per field. A model's
/// expansion is a table, not code of its own per field. The errors are serde's: "missing
/// field", "duplicate field", and a JSON object only.
///
/// ```text
/// crate::runtime::object! {
///     Pet {
///         id = "id" required,
///         name = "name" optional,
///     }
/// }
/// ```
#[allow(unused_macros)] // a spec may have no such model
macro_rules! object {
    (slots $name:ident $(+ $additional:ident)? { $($field:ident = $wire:literal $presence:ident,)* }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            // Filling a deprecated field is not a use the caller should hear about.
            #[allow(deprecated)]
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $(let mut $field = $crate::runtime::Slot(::std::option::Option::None);)*
                let mut others = $crate::runtime::object!(@others $($additional)?);
                $crate::runtime::read_object(
                    deserializer,
                    &mut [$(($wire, &mut $field, $crate::runtime::Presence::$presence),)*],
                    &mut others,
                )?;
                // Every slot is filled now. (The leading `true` keeps the pattern refutable
                // for a struct without fields.)
                let (true, $($crate::runtime::Slot(::std::option::Option::Some($field)),)*) =
                    (true, $($field,)*)
                else {
                    return ::std::result::Result::Err($crate::runtime::unfilled());
                };
                ::std::result::Result::Ok($name { $($field,)* $($additional: others,)? })
            }
        }

        $crate::runtime::object!(@rows $name [$($additional)?] { $($field = $wire $presence,)* });
    };
    ($name:ident $(+ $additional:ident)? { $($field:ident = $wire:literal $presence:ident,)* }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            // (`this` is not changed when the struct has no fields.)
            #[allow(deprecated, unused_mut)]
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let mut this = <Self as ::std::default::Default>::default();
                $crate::runtime::read_object(
                    deserializer,
                    &mut [$(($wire, &mut this.$field, $crate::runtime::Presence::$presence),)*],
                    $crate::runtime::object!(@into this $($additional)?),
                )?;
                ::std::result::Result::Ok(this)
            }
        }

        $crate::runtime::object!(@rows $name [$($additional)?] { $($field = $wire $presence,)* });
    };
    (@rows $name:ident [$($additional:ident)?] { $($field:ident = $wire:literal $presence:ident,)* }) => {
        impl $name {
            /// The fields, for writing, printing and comparing.
            #[allow(deprecated)]
            fn rows(&self) -> [$crate::runtime::Row<'_>; { <[&str]>::len(&[$($wire),*]) }] {
                [$((stringify!($field), $wire, &self.$field, $crate::runtime::Presence::$presence),)*]
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                $crate::runtime::write_object(
                    serializer,
                    stringify!($name),
                    &self.rows(),
                    $crate::runtime::object!(@extra self $($additional)?),
                )
            }
        }

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::runtime::debug_object(
                    f,
                    stringify!($name),
                    &self.rows(),
                    $crate::runtime::object!(@debug self $($additional)?),
                )
            }
        }

        impl ::std::cmp::PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                $crate::runtime::same_rows(&self.rows(), &other.rows())
                    $(&& self.$additional == other.$additional)?
            }
        }
    };
    (@others) => {
        $crate::runtime::Skipped
    };
    (@others $additional:ident) => {
        ::std::collections::BTreeMap::new()
    };
    (@into $this:ident) => {
        &mut $crate::runtime::Skipped
    };
    (@into $this:ident $additional:ident) => {
        &mut $this.$additional
    };
    (@extra $this:tt) => {
        &$crate::runtime::Skipped
    };
    (@extra $this:tt $additional:ident) => {
        &$this.$additional
    };
    (@debug $this:tt) => {
        ::std::option::Option::None
    };
    (@debug $this:tt $additional:ident) => {
        ::std::option::Option::Some((stringify!($additional), &$this.$additional))
    };
}

#[allow(unused_imports)]
pub(crate) use object;

/// A string enum's `as_str`, `Display`, `Serialize` and `Deserialize`: one line per variant with
/// its wire value. With `+ Unknown`, values the spec does not list are kept in the enum's
/// `Unknown(String)` variant (clients); without it they are refused with serde's "unknown
/// variant" error (servers).
///
/// ```text
/// crate::runtime::string_enum! {
///     Status + Unknown {
///         Active = "active",
///         Gone = "gone",
///     }
/// }
/// ```
#[allow(unused_macros)] // a spec may have no such model
macro_rules! string_enum {
    ($name:ident + Unknown { $($variant:ident = $wire:literal,)* }) => {
        impl $name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        $crate::runtime::string_enum!(@write $name);

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value =
                    <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(match value.as_str() {
                    $($wire => Self::$variant,)*
                    _ => Self::Unknown(value),
                })
            }
        }
    };
    ($name:ident { $($variant:ident = $wire:literal,)* }) => {
        impl $name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $(Self::$variant => $wire,)*
                }
            }
        }

        $crate::runtime::string_enum!(@write $name);

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value =
                    <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                match value.as_str() {
                    $($wire => ::std::result::Result::Ok(Self::$variant),)*
                    other => ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::unknown_variant(other, &[$($wire),*]),
                    ),
                }
            }
        }
    };
    (@write $name:ident) => {
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use string_enum;
