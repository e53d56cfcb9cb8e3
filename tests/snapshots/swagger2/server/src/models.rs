//! The API's data types, generated from its schemas.
/// Schema `Pet`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Pet {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    pub name: ::std::string::String,
    pub kind: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nickname: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::read_object! {
    Pet {
        id: "id" optional,
        name: "name" required,
        kind: "kind" required,
        nickname: "nickname" optional,
        tags: "tags" optional,
    }
}
/// Schema `Error`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Error {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    Error {
        message: "message" optional,
    }
}
/// Inline schema at `/paths/~1login/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct LoginBody {
    pub user: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub remember: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    LoginBody {
        user: "user" required,
        remember: "remember" optional,
    }
}
/// Inline schema at `/paths/~1login/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct LoginResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    LoginResponse {
        token: "token" optional,
    }
}
