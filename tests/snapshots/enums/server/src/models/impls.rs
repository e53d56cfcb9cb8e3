//! Impls of the models that have impls of their own rather than a runtime macro's.
#![cfg_attr(rustfmt, rustfmt::skip)]
use super::*;
impl OrderSize {
    /// The value as it is sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::V1 => 1,
            Self::V2 => 2,
            Self::V3 => 3,
        }
    }
}
impl ::std::fmt::Display for OrderSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "{}", self.value())
    }
}
impl ::serde::Serialize for OrderSize {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}
impl<'de> ::serde::Deserialize<'de> for OrderSize {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        #[allow(unused_imports)]
        use ::serde::de::Error as _;
        match <i64 as ::serde::Deserialize>::deserialize(deserializer)? {
            1 => Ok(Self::V1),
            2 => Ok(Self::V2),
            3 => Ok(Self::V3),
            other => {
                Err(
                    D::Error::invalid_value(
                        ::serde::de::Unexpected::Signed(other),
                        &"one of 1, 2, 3",
                    ),
                )
            }
        }
    }
}
impl ListOrdersLevel {
    /// The value as it is sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::Minus1 => -1,
            Self::V0 => 0,
            Self::V10 => 10,
        }
    }
}
impl ::std::fmt::Display for ListOrdersLevel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "{}", self.value())
    }
}
impl ::serde::Serialize for ListOrdersLevel {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}
impl<'de> ::serde::Deserialize<'de> for ListOrdersLevel {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        #[allow(unused_imports)]
        use ::serde::de::Error as _;
        match <i64 as ::serde::Deserialize>::deserialize(deserializer)? {
            -1 => Ok(Self::Minus1),
            0 => Ok(Self::V0),
            10 => Ok(Self::V10),
            other => {
                Err(
                    D::Error::invalid_value(
                        ::serde::de::Unexpected::Signed(other),
                        &"one of -1, 0, 10",
                    ),
                )
            }
        }
    }
}
