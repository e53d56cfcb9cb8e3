// Reading and writing models (every struct's `Serialize` and `Deserialize` go through these)
// and the impls of string enums. They are appended to the crate's runtime module (client and
// server alike).

/// Models read from a JSON object's entries.
pub trait FromObject<'de>: Sized {
    fn from_object<A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

struct ObjectOnly<T>(std::marker::PhantomData<T>);

impl<'de, T: FromObject<'de>> serde::de::Visitor<'de> for ObjectOnly<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_object(map)
    }
}

/// Reads a model from a JSON object only: serde's derive would also take an array of the
/// fields in order, which the spec does not allow.
pub fn read_object<'de, D: serde::Deserializer<'de>, T: FromObject<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectOnly(std::marker::PhantomData))
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

/// A field's slot while its object is read: `None` until its entry is met. The reader of every
/// model goes through this one trait object, so a model's own code is a table of slots.
pub trait Slot<'de> {
    /// Reads the entry's value into the slot; `false` when the slot was already filled (the
    /// field was given twice).
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<bool, erased_serde::Error>;

    /// Whether the slot was filled.
    fn is_filled(&self) -> bool;

    /// Fills the slot of an optional field the object left out, as if it were `null`.
    fn fill_absent(&mut self) -> Result<(), erased_serde::Error>;
}

impl<'de, T: serde::Deserialize<'de>> Slot<'de> for Option<T> {
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<bool, erased_serde::Error> {
        if self.is_some() {
            return Ok(false);
        }
        *self = Some(erased_serde::deserialize(deserializer)?);
        Ok(true)
    }

    fn is_filled(&self) -> bool {
        self.is_some()
    }

    fn fill_absent(&mut self) -> Result<(), erased_serde::Error> {
        // An optional field's type is an `Option`, which reads a unit as `None`.
        let unit = serde::de::value::UnitDeserializer::<erased_serde::Error>::new();
        *self = Some(erased_serde::deserialize(
            &mut <dyn erased_serde::Deserializer>::erase(unit),
        )?);
        Ok(())
    }
}

/// Reads one entry's value into a slot, with the map's own deserializer behind the trait object
/// (so serde_json's error positions and serde_path_to_error's paths are kept).
struct SlotSeed<'a, 'de>(&'a mut dyn Slot<'de>);

impl<'de> serde::de::DeserializeSeed<'de> for SlotSeed<'_, 'de> {
    type Value = bool;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        let mut erased = <dyn erased_serde::Deserializer>::erase(deserializer);
        self.0.fill(&mut erased).map_err(serde::de::Error::custom)
    }
}

/// A model's fields while it is read: wire name, slot and whether the field is required, in
/// declaration order.
pub type Slots<'a, 'de> = [(&'static str, &'a mut dyn Slot<'de>, bool)];

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

/// Reads an object's entries into the slots of the fields they name; `others` takes the
/// entries no field names. Then every slot is filled: a required field left out is serde's
/// "missing field" error (the first in declaration order, as with serde's derive), an optional
/// one is `None`. A field given twice is an error, as with serde's derive.
pub fn read_fields<'de, A: serde::de::MapAccess<'de>>(
    mut map: A,
    fields: &mut Slots<'_, 'de>,
    others: &mut impl Others<'de>,
) -> Result<(), A::Error> {
    while let Some(key) = map.next_key::<Key>()? {
        match fields.iter_mut().find(|(name, _, _)| *name == key.as_str()) {
            Some((name, slot, _)) => {
                if !map.next_value_seed(SlotSeed(&mut **slot))? {
                    return Err(<A::Error as serde::de::Error>::duplicate_field(name));
                }
            }
            None => others.take(key.as_str(), &mut map)?,
        }
    }
    for (name, slot, required) in fields.iter_mut() {
        if !slot.is_filled() {
            if *required {
                return Err(<A::Error as serde::de::Error>::missing_field(name));
            }
            slot.fill_absent().map_err(serde::de::Error::custom)?;
        }
    }
    Ok(())
}

/// The error for a slot still empty after reading, which [`read_fields`] rules out.
pub fn unfilled<E: serde::de::Error>() -> E {
    E::custom("a field of the object was not read")
}

/// Skips the value of an entry the model does not declare.
pub fn skip<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(|_| ())
}

/// Whether a field is left out when its model is written, by the field's presence: only an
/// optional field that is `None` is, as serde's `skip_serializing_if = "Option::is_none"`.
pub mod left_out {
    pub fn required<T>(_: &T) -> bool {
        false
    }

    pub fn nullable<T>(_: &T) -> bool {
        false
    }

    pub fn optional<T>(value: &Option<T>) -> bool {
        value.is_none()
    }
}

/// A model's fields while it is written: wire name, value, and whether it is left out.
pub type Written<'a> = [(&'static str, &'a dyn erased_serde::Serialize, bool)];

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
    fields: &Written<'_>,
    extra: &impl Extra,
) -> Result<S::Ok, S::Error> {
    use serde::ser::{SerializeMap, SerializeStruct};

    if extra.present() {
        let mut state = serializer.serialize_map(None)?;
        for (key, value, left_out) in fields {
            if !left_out {
                state.serialize_entry(key, value)?;
            }
        }
        extra.write(&mut state)?;
        return state.end();
    }
    let len = fields.iter().filter(|(_, _, left_out)| !left_out).count();
    let mut state = serializer.serialize_struct(name, len)?;
    for (key, value, left_out) in fields {
        if *left_out {
            state.skip_field(key)?;
        } else {
            state.serialize_field(key, value)?;
        }
    }
    state.end()
}

/// A model struct's `Serialize` and `Deserialize`: one line per field, with its wire name and
/// its presence: `required`, `optional` (absent or `null` is `None`, and `None` is left out when
/// writing) or `nullable` (required but may be `null`: read like `optional`, always written).
/// `+ additional_properties` keeps the entries the struct does not declare in that field; others
/// are skipped. Each field is read into a slot named after it (the macro's own variables cannot
/// clash with it) through the runtime's [`Slot`], and written through `erased_serde`, so a
/// model's expansion is a table and not a loop of its own. The errors are serde's: "missing
/// field", "duplicate field", and a JSON object only.
///
/// ```text
/// crate::runtime::object! {
///     Pet {
///         id: "id" required,
///         name: "name" optional,
///     }
/// }
/// ```
#[allow(unused_macros)] // a spec may have no such model
macro_rules! object {
    ($name:ident { $($fields:tt)* }) => {
        $crate::runtime::object!(@impl $name [] { $($fields)* });
    };
    ($name:ident + $additional:ident { $($fields:tt)* }) => {
        $crate::runtime::object!(@impl $name [$additional] { $($fields)* });
    };
    (@impl $name:ident [$($additional:ident)?] {
        $($field:ident: $wire:literal $presence:ident,)*
    }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::runtime::read_object(deserializer)
            }
        }

        impl<'de> $crate::runtime::FromObject<'de> for $name {
            // Filling a deprecated field is not a use the caller should hear about.
            #[allow(deprecated)]
            fn from_object<A: ::serde::de::MapAccess<'de>>(
                map: A,
            ) -> ::std::result::Result<Self, A::Error> {
                $(let mut $field = ::std::option::Option::None;)*
                let mut others = $crate::runtime::object!(@others $($additional)?);
                $crate::runtime::read_fields(
                    map,
                    &mut [$(($wire, &mut $field, $crate::runtime::object!(@required $presence)),)*],
                    &mut others,
                )?;
                // Every slot is filled now. (The leading `true` keeps the pattern refutable
                // for a struct without fields.)
                let (true, $(::std::option::Option::Some($field),)*) = (true, $($field,)*) else {
                    return ::std::result::Result::Err($crate::runtime::unfilled());
                };
                ::std::result::Result::Ok($name { $($field,)* $($additional: others,)? })
            }
        }

        impl ::serde::Serialize for $name {
            #[allow(deprecated)]
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                $crate::runtime::write_object(
                    serializer,
                    stringify!($name),
                    &[$(($wire, &self.$field, $crate::runtime::left_out::$presence(&self.$field)),)*],
                    $crate::runtime::object!(@extra self $($additional)?),
                )
            }
        }
    };
    (@required required) => {
        true
    };
    (@required $presence:ident) => {
        false
    };
    (@others) => {
        $crate::runtime::Skipped
    };
    (@others $additional:ident) => {
        ::std::collections::BTreeMap::new()
    };
    (@extra $this:tt) => {
        &$crate::runtime::Skipped
    };
    (@extra $this:tt $additional:ident) => {
        &$this.$additional
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
