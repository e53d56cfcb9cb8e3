//! The API's data types, generated from its schemas.
/// Values that need renaming.
///
/// Schema `Status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
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
    Status + Unknown {
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
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
    OrderPriority + Unknown {
        Low = "low",
        High = "high",
    }
}
/// Inline schema at `/components/schemas/Order/properties/codes/items`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
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
    OrderCodesItem + Unknown {
        A = "a",
        B = "b",
    }
}
/// Inline schema at `/components/schemas/Order/properties/size`.
///
/// Values the spec does not list are kept in `Unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
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
/// Inline schema at `/paths/~1orders/get/parameters/0/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
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
    ListOrdersStatus + Unknown {
        Placed = "placed",
        Approved = "approved",
        Delivered = "delivered",
    }
}
/// Inline schema at `/paths/~1orders/get/parameters/1/schema`.
///
/// Values the spec does not list are kept in `Unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
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
mod impls;
