//! The API's data types, generated from its schemas.
/// Values that need renaming.
///
/// Schema `Status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
pub enum Status {
    /// `client_secret_basic`
    #[serde(rename = "client_secret_basic")]
    ClientSecretBasic,
    /// `1`
    #[serde(rename = "1")]
    V1,
    /// ``
    #[serde(rename = "")]
    Empty,
    /// `*`
    #[serde(rename = "*")]
    Star,
    /// `self`
    #[serde(rename = "self")]
    SelfValue,
    /// `Placed`
    Placed,
    /// `placed`
    #[serde(rename = "placed")]
    Placed2,
}
impl Status {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::ClientSecretBasic => "client_secret_basic",
            Self::V1 => "1",
            Self::Empty => "",
            Self::Star => "*",
            Self::SelfValue => "self",
            Self::Placed => "Placed",
            Self::Placed2 => "placed",
        }
    }
}
impl ::std::fmt::Display for Status {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Schema `Order`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(remote = "Self")]
pub struct Order {
    pub status: Status,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub priority: ::std::option::Option<OrderPriority>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub codes: ::std::option::Option<::std::vec::Vec<OrderCodesItem>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i64>,
}
impl ::serde::Serialize for Order {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        Order::serialize(self, serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for Order {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Order {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        Order::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
    }
}
/// Inline schema at `/components/schemas/Order/properties/priority`.
///
/// Values the spec does not list are refused when decoding.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
pub enum OrderPriority {
    /// `low`
    #[serde(rename = "low")]
    Low,
    /// `high`
    #[serde(rename = "high")]
    High,
}
impl OrderPriority {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::High => "high",
        }
    }
}
impl ::std::fmt::Display for OrderPriority {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Inline schema at `/components/schemas/Order/properties/codes/items`.
///
/// Values the spec does not list are refused when decoding.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
pub enum OrderCodesItem {
    /// `a`
    #[serde(rename = "a")]
    A,
    /// `b`
    #[serde(rename = "b")]
    B,
}
impl OrderCodesItem {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::A => "a",
            Self::B => "b",
        }
    }
}
impl ::std::fmt::Display for OrderCodesItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Inline schema at `/paths/~1orders/get/parameters/0/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize,
)]
pub enum ListOrdersStatus {
    /// `placed`
    #[serde(rename = "placed")]
    Placed,
    /// `approved`
    #[serde(rename = "approved")]
    Approved,
    /// `delivered`
    #[serde(rename = "delivered")]
    Delivered,
}
impl ListOrdersStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Placed => "placed",
            Self::Approved => "approved",
            Self::Delivered => "delivered",
        }
    }
}
impl ::std::fmt::Display for ListOrdersStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
