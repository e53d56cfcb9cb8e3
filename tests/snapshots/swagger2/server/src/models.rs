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
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Pet {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut id = ::std::option::Option::None;
        let mut name = ::std::option::Option::None;
        let mut kind = ::std::option::Option::None;
        let mut nickname = ::std::option::Option::None;
        let mut tags = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "id" => crate::runtime::field(&mut id, &mut __map, "id")?,
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                "kind" => crate::runtime::field(&mut kind, &mut __map, "kind")?,
                "nickname" => crate::runtime::field(&mut nickname, &mut __map, "nickname")?,
                "tags" => crate::runtime::field(&mut tags, &mut __map, "tags")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Pet {
            id: crate::runtime::optional(id),
            name: crate::runtime::required(name, "name")?,
            kind: crate::runtime::required(kind, "kind")?,
            nickname: crate::runtime::optional(nickname),
            tags: crate::runtime::optional(tags),
        })
    }
}
/// Schema `Error`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Error {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Error {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Error {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Error {
            message: crate::runtime::optional(message),
        })
    }
}
/// Inline schema at `/paths/~1login/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct LoginBody {
    pub user: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub remember: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for LoginBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for LoginBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut user = ::std::option::Option::None;
        let mut remember = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "user" => crate::runtime::field(&mut user, &mut __map, "user")?,
                "remember" => crate::runtime::field(&mut remember, &mut __map, "remember")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(LoginBody {
            user: crate::runtime::required(user, "user")?,
            remember: crate::runtime::optional(remember),
        })
    }
}
/// Inline schema at `/paths/~1login/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct LoginResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for LoginResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for LoginResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut token = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "token" => crate::runtime::field(&mut token, &mut __map, "token")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(LoginResponse {
            token: crate::runtime::optional(token),
        })
    }
}
