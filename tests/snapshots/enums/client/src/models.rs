//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Values that need renaming.
///
/// Schema `Status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Status {
    /// `client_secret_basic`
    #[default]
    ClientSecretBasic,
    /// `1`
    V1,
    /// ``
    Empty,
    /// `*`
    Star,
    /// `self`
    SelfValue,
    /// `Placed`
    Placed,
    /// `placed`
    Placed2,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    Status + Unknown { ClientSecretBasic = "client_secret_basic", V1 = "1", Empty = "",
    Star = "*", SelfValue = "self", Placed = "Placed", Placed2 = "placed", }
}

/// Schema `Order`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Order {
    pub status: Status,
    pub priority: ::std::option::Option<OrderPriority>,
    pub codes: ::std::option::Option<::std::vec::Vec<OrderCodesItem>>,
    pub size: ::std::option::Option<OrderSize>,
}
crate::runtime::object! {
    Order { status = "status" required, priority = "priority" optional, codes = "codes"
    optional, size = "size" optional, }
}

/// Inline schema at `/components/schemas/Order/properties/priority`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OrderPriority {
    /// `low`
    #[default]
    Low,
    /// `high`
    High,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OrderPriority + Unknown { Low = "low", High = "high", }
}

/// Inline schema at `/components/schemas/Order/properties/codes/items`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OrderCodesItem {
    /// `a`
    #[default]
    A,
    /// `b`
    B,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OrderCodesItem + Unknown { A = "a", B = "b", }
}

/// Inline schema at `/components/schemas/Order/properties/size`.
///
/// Values the spec does not list are kept in `Unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OrderSize {
    /// `1`
    #[default]
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// A value this client does not know.
    Unknown(i64),
}
impl OrderSize {
    /// The value as it is sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::V1 => 1,
            Self::V2 => 2,
            Self::V3 => 3,
            Self::Unknown(value) => *value,
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
            other => Ok(Self::Unknown(other)),
        }
    }
}

/// Inline schema at `/paths/~1orders/get/parameters/0/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ListOrdersStatus {
    /// `placed`
    #[default]
    Placed,
    /// `approved`
    Approved,
    /// `delivered`
    Delivered,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ListOrdersStatus + Unknown { Placed = "placed", Approved = "approved", Delivered =
    "delivered", }
}

/// Inline schema at `/paths/~1orders/get/parameters/1/schema`.
///
/// Values the spec does not list are kept in `Unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ListOrdersLevel {
    /// `-1`
    #[default]
    Minus1,
    /// `0`
    V0,
    /// `10`
    V10,
    /// A value this client does not know.
    Unknown(i64),
}
impl ListOrdersLevel {
    /// The value as it is sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::Minus1 => -1,
            Self::V0 => 0,
            Self::V10 => 10,
            Self::Unknown(value) => *value,
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
            other => Ok(Self::Unknown(other)),
        }
    }
}
