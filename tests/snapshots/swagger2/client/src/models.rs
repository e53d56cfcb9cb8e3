//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Schema `Pet`.
#[derive(Clone, Default)]
pub struct Pet {
    pub id: ::std::option::Option<i64>,
    pub name: ::std::string::String,
    pub kind: ::std::string::String,
    pub nickname: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    Pet { id = "id" optional, name = "name" required, kind = "kind" required, nickname =
    "nickname" optional, tags = "tags" optional, }
}

/// Schema `Error`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Error {
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Error { message = "message" optional, }
}

/// Inline schema at `/paths/~1login/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Clone, Default)]
pub struct LoginBody {
    pub user: ::std::string::String,
    pub remember: ::std::option::Option<bool>,
}
crate::runtime::object! {
    LoginBody { user = "user" required, remember = "remember" optional, }
}

/// Inline schema at `/paths/~1login/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct LoginResponse {
    pub token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    LoginResponse { token = "token" optional, }
}
