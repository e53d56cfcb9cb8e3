//! The API's data types, generated from its schemas.
/// A pet with every kind of field.
///
/// Schema `Pet`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Pet {
    pub id: i64,
    /// The pet's name.
    pub name: ::std::string::String,
    /// A Rust keyword as a property name.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    #[serde(rename = "ref", skip_serializing_if = "::std::option::Option::is_none")]
    pub ref_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "self",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fooBar",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foo_bar: ::std::option::Option<::std::string::String>,
    /// Collides with fooBar once snake-cased.
    #[serde(
        rename = "foo_bar",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foo_bar2: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "cf-turnstile-response",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Required but nullable, inline.
    pub owner: ::std::option::Option<PetOwner>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// Untyped
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extra: ::std::option::Option<::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Read-only: sent by the server only.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub read_only_note: ::std::option::Option<::std::string::String>,
    /// Deprecated
    #[deprecated]
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub legacy_code: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Pet {
    #[allow(deprecated)]
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut id = ::std::option::Option::None;
        let mut name = ::std::option::Option::None;
        let mut type_ = ::std::option::Option::None;
        let mut ref_ = ::std::option::Option::None;
        let mut self_ = ::std::option::Option::None;
        let mut foo_bar = ::std::option::Option::None;
        let mut foo_bar2 = ::std::option::Option::None;
        let mut cf_turnstile_response = ::std::option::Option::None;
        let mut nickname = ::std::option::Option::None;
        let mut owner = ::std::option::Option::None;
        let mut tags = ::std::option::Option::None;
        let mut extra = ::std::option::Option::None;
        let mut labels = ::std::option::Option::None;
        let mut read_only_note = ::std::option::Option::None;
        let mut legacy_code = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "id" => crate::runtime::field(&mut id, &mut __map, "id")?,
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                "type" => crate::runtime::field(&mut type_, &mut __map, "type")?,
                "ref" => crate::runtime::field(&mut ref_, &mut __map, "ref")?,
                "self" => crate::runtime::field(&mut self_, &mut __map, "self")?,
                "fooBar" => crate::runtime::field(&mut foo_bar, &mut __map, "fooBar")?,
                "foo_bar" => crate::runtime::field(&mut foo_bar2, &mut __map, "foo_bar")?,
                "cf-turnstile-response" => crate::runtime::field(
                    &mut cf_turnstile_response,
                    &mut __map,
                    "cf-turnstile-response",
                )?,
                "nickname" => crate::runtime::field(&mut nickname, &mut __map, "nickname")?,
                "owner" => crate::runtime::field(&mut owner, &mut __map, "owner")?,
                "tags" => crate::runtime::field(&mut tags, &mut __map, "tags")?,
                "extra" => crate::runtime::field(&mut extra, &mut __map, "extra")?,
                "labels" => crate::runtime::field(&mut labels, &mut __map, "labels")?,
                "read_only_note" => {
                    crate::runtime::field(&mut read_only_note, &mut __map, "read_only_note")?
                }
                "legacy_code" => {
                    crate::runtime::field(&mut legacy_code, &mut __map, "legacy_code")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Pet {
            id: crate::runtime::required(id, "id")?,
            name: crate::runtime::required(name, "name")?,
            type_: crate::runtime::required(type_, "type")?,
            ref_: crate::runtime::optional(ref_),
            self_: crate::runtime::optional(self_),
            foo_bar: crate::runtime::optional(foo_bar),
            foo_bar2: crate::runtime::optional(foo_bar2),
            cf_turnstile_response: crate::runtime::optional(cf_turnstile_response),
            nickname: crate::runtime::optional(nickname),
            owner: crate::runtime::optional(owner),
            tags: crate::runtime::optional(tags),
            extra: crate::runtime::optional(extra),
            labels: crate::runtime::optional(labels),
            read_only_note: crate::runtime::optional(read_only_note),
            legacy_code: crate::runtime::optional(legacy_code),
        })
    }
}
/// Schema `Open`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Open {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub known: ::std::option::Option<::std::string::String>,
    /// Properties not declared by the schema.
    #[serde(flatten)]
    pub additional_properties:
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Open {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Open {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut known = ::std::option::Option::None;
        let mut additional_properties = ::std::collections::BTreeMap::new();
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "known" => crate::runtime::field(&mut known, &mut __map, "known")?,
                __other => {
                    additional_properties.insert(__other.to_string(), __map.next_value()?);
                }
            }
        }
        ::std::result::Result::Ok(Open {
            known: crate::runtime::optional(known),
            additional_properties,
        })
    }
}
/// Schema `Closed`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Closed {}
impl<'de> ::serde::Deserialize<'de> for Closed {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Closed {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        while __map.next_key::<crate::runtime::Key>()?.is_some() {
            crate::runtime::skip(&mut __map)?;
        }
        ::std::result::Result::Ok(Closed {})
    }
}
/// Schema `Counts`.
pub type Counts = ::std::collections::BTreeMap<::std::string::String, i32>;
/// Required but nullable, inline.
///
/// Inline schema at `/components/schemas/Pet/properties/owner`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PetOwner {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for PetOwner {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for PetOwner {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut name = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(PetOwner {
            name: crate::runtime::optional(name),
        })
    }
}
