//! The API's data types, generated from its schemas.
/// Values that need renaming.
///
/// Schema `Status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
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
}
crate::runtime::string_enum! {
    Status {
        ClientSecretBasic = "client_secret_basic",
        V1 = "1",
        Empty = "",
        Star = "*",
        SelfValue = "self",
        Placed = "Placed",
        Placed2 = "placed",
    }
}
/// Schema `Order`.
#[derive(Clone, Default)]
pub struct Order {
    pub status: Status,
    pub priority: ::std::option::Option<OrderPriority>,
    pub codes: ::std::option::Option<::std::vec::Vec<OrderCodesItem>>,
    pub size: ::std::option::Option<OrderSize>,
}
crate::runtime::object! {
    Order {
        status: "status" required,
        priority: "priority" optional,
        codes: "codes" optional,
        size: "size" optional,
    }
}
/// Inline schema at `/components/schemas/Order/properties/priority`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum OrderPriority {
    /// `low`
    #[default]
    Low,
    /// `high`
    High,
}
crate::runtime::string_enum! {
    OrderPriority {
        Low = "low",
        High = "high",
    }
}
/// Inline schema at `/components/schemas/Order/properties/codes/items`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum OrderCodesItem {
    /// `a`
    #[default]
    A,
    /// `b`
    B,
}
crate::runtime::string_enum! {
    OrderCodesItem {
        A = "a",
        B = "b",
    }
}
/// Inline schema at `/components/schemas/Order/properties/size`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum OrderSize {
    /// `1`
    #[default]
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
}
/// Inline schema at `/paths/~1orders/get/parameters/0/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum ListOrdersStatus {
    /// `placed`
    #[default]
    Placed,
    /// `approved`
    Approved,
    /// `delivered`
    Delivered,
}
crate::runtime::string_enum! {
    ListOrdersStatus {
        Placed = "placed",
        Approved = "approved",
        Delivered = "delivered",
    }
}
/// Inline schema at `/paths/~1orders/get/parameters/1/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum ListOrdersLevel {
    /// `-1`
    #[default]
    Minus1,
    /// `0`
    V0,
    /// `10`
    V10,
}
mod impls;
