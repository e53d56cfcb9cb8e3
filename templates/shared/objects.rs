// Reading models from JSON objects (every struct's `Deserialize` goes through these) and the
// impls of string enums. They are appended to the crate's runtime module (client and server
// alike).

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
pub fn object<'de, D: serde::Deserializer<'de>, T: FromObject<'de>>(
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

/// Reads the value of a field into its slot; a field given twice is an error, as with serde's
/// derive.
pub fn field<'de, T: serde::Deserialize<'de>, A: serde::de::MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(<A::Error as serde::de::Error>::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// The value of a required field, or serde's "missing field" error.
pub fn required<T, E: serde::de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// The value of an optional field: absent and `null` are both `None`. (It takes the name only
/// to be called like `required`.)
pub fn optional<T, E>(slot: Option<Option<T>>, _name: &'static str) -> Result<Option<T>, E> {
    Ok(slot.flatten())
}

/// Skips the value of an entry the model does not declare.
pub fn skip<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(|_| ())
}

/// A model struct's `Deserialize`, through [`FromObject`]: one line per field, with its wire
/// name and `required` or `optional`; `+ additional_properties` keeps the entries the struct
/// does not declare in that field, others are skipped. Each field is read into a slot of its
/// own type (named after the field; the macro's own variables cannot clash with it), and the
/// errors are serde's: "missing field", "duplicate field", and a JSON object only.
///
/// ```text
/// crate::runtime::read_object! {
///     Pet {
///         id: "id" required,
///         name: "name" optional,
///     }
/// }
/// ```
#[allow(unused_macros)] // a spec may have no such model
macro_rules! read_object {
    ($name:ident { $($field:ident: $wire:literal $presence:ident,)* }) => {
        $crate::runtime::read_object!(@deserialize $name);

        impl<'de> $crate::runtime::FromObject<'de> for $name {
            // Filling a deprecated field is not a use the caller should hear about.
            #[allow(deprecated)]
            fn from_object<A: ::serde::de::MapAccess<'de>>(
                mut map: A,
            ) -> ::std::result::Result<Self, A::Error> {
                $(let mut $field = ::std::option::Option::None;)*
                while let ::std::option::Option::Some(key) =
                    map.next_key::<$crate::runtime::Key>()?
                {
                    match key.as_str() {
                        $($wire => $crate::runtime::field(&mut $field, &mut map, $wire)?,)*
                        _ => $crate::runtime::skip(&mut map)?,
                    }
                }
                ::std::result::Result::Ok($name {
                    $($field: $crate::runtime::$presence($field, $wire)?,)*
                })
            }
        }
    };
    ($name:ident + additional_properties { $($field:ident: $wire:literal $presence:ident,)* }) => {
        $crate::runtime::read_object!(@deserialize $name);

        impl<'de> $crate::runtime::FromObject<'de> for $name {
            #[allow(deprecated)]
            fn from_object<A: ::serde::de::MapAccess<'de>>(
                mut map: A,
            ) -> ::std::result::Result<Self, A::Error> {
                $(let mut $field = ::std::option::Option::None;)*
                let mut additional = ::std::collections::BTreeMap::new();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<$crate::runtime::Key>()?
                {
                    match key.as_str() {
                        $($wire => $crate::runtime::field(&mut $field, &mut map, $wire)?,)*
                        other => {
                            additional.insert(other.to_string(), map.next_value()?);
                        }
                    }
                }
                ::std::result::Result::Ok($name {
                    $($field: $crate::runtime::$presence($field, $wire)?,)*
                    additional_properties: additional,
                })
            }
        }
    };
    (@deserialize $name:ident) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::runtime::object(deserializer)
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use read_object;

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
