//! The API's data types, generated from its schemas.
/// Schema `AccessLevel`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessLevel {
    /// `STANDARD`
    Standard,
    /// `PREMIUM`
    Premium,
}
impl AccessLevel {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Standard => "STANDARD",
            Self::Premium => "PREMIUM",
        }
    }
}
impl ::std::fmt::Display for AccessLevel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccessLevel {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccessLevel {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        match value.as_str() {
            "STANDARD" => Ok(Self::Standard),
            "PREMIUM" => Ok(Self::Premium),
            other => Err(D::Error::unknown_variant(other, &["STANDARD", "PREMIUM"])),
        }
    }
}
/// The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
///
/// Schema `BadRequestError`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BadRequestError {
    /// A detailed message explaining what was wrong with the request and how to correct it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for BadRequestError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BadRequestError {
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
        ::std::result::Result::Ok(BadRequestError {
            message: crate::runtime::optional(message),
        })
    }
}
/// Represents a device where a user has logged into Wickr, containing information about the device's type, status, and login history.
///
/// Schema `BasicDeviceObject`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BasicDeviceObject {
    /// The unique application ID for the Wickr app on this device.
    #[serde(
        rename = "appId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_id: ::std::option::Option<::std::string::String>,
    /// The timestamp when the device first appeared in the Wickr database.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<::std::string::String>,
    /// The timestamp when the device last successfully logged into Wickr. This is also used to determine SSO idle time.
    #[serde(
        rename = "lastLogin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_login: ::std::option::Option<::std::string::String>,
    /// The current status of the device, either 'Active' or 'Reset' depending on whether the device is currently active or has been marked for reset.
    #[serde(
        rename = "statusText",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_text: ::std::option::Option<::std::string::String>,
    /// Indicates whether the device is suspended.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub suspend: ::std::option::Option<bool>,
    /// The operating system of the device (e.g., 'MacOSX', 'Windows', 'iOS', 'Android').
    #[serde(
        rename = "type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for BasicDeviceObject {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BasicDeviceObject {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut app_id = ::std::option::Option::None;
        let mut created = ::std::option::Option::None;
        let mut last_login = ::std::option::Option::None;
        let mut status_text = ::std::option::Option::None;
        let mut suspend = ::std::option::Option::None;
        let mut type_ = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "appId" => crate::runtime::field(&mut app_id, &mut __map, "appId")?,
                "created" => crate::runtime::field(&mut created, &mut __map, "created")?,
                "lastLogin" => crate::runtime::field(&mut last_login, &mut __map, "lastLogin")?,
                "statusText" => crate::runtime::field(&mut status_text, &mut __map, "statusText")?,
                "suspend" => crate::runtime::field(&mut suspend, &mut __map, "suspend")?,
                "type" => crate::runtime::field(&mut type_, &mut __map, "type")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BasicDeviceObject {
            app_id: crate::runtime::optional(app_id),
            created: crate::runtime::optional(created),
            last_login: crate::runtime::optional(last_login),
            status_text: crate::runtime::optional(status_text),
            suspend: crate::runtime::optional(suspend),
            type_: crate::runtime::optional(type_),
        })
    }
}
/// Schema `BatchCreateUserRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchCreateUserRequestBody {
    /// A list of user objects containing the details for each user to be created, including username, name, security groups, and optional invite codes. Maximum 50 users per batch request.
    pub users: ::std::vec::Vec<BatchCreateUserRequestItem>,
}
impl<'de> ::serde::Deserialize<'de> for BatchCreateUserRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchCreateUserRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut users = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "users" => crate::runtime::field(&mut users, &mut __map, "users")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchCreateUserRequestBody {
            users: crate::runtime::required(users, "users")?,
        })
    }
}
/// Contains the details for a single user to be created in a batch user creation request.
///
/// A user can only be assigned to a single security group. Attempting to add a user to multiple security groups is not supported and will result in an error.
///
///
///
/// `codeValidation`, `inviteCode`, and `inviteCodeTtl` are restricted to networks under preview only.
///
/// Schema `BatchCreateUserRequestItem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchCreateUserRequestItem {
    /// The first name of the user.
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The last name of the user.
    #[serde(
        rename = "lastName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_name: ::std::option::Option<::std::string::String>,
    /// A list of security group IDs to which the user should be assigned.
    #[serde(rename = "securityGroupIds")]
    pub security_group_ids: ::std::vec::Vec<::std::string::String>,
    /// The email address or username for the user. Must be unique within the network.
    pub username: ::std::string::String,
    /// A custom invite code for the user. If not provided, one will be generated automatically.
    #[serde(
        rename = "inviteCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invite_code: ::std::option::Option<::std::string::String>,
    /// The time-to-live for the invite code in days. After this period, the invite code will expire.
    #[serde(
        rename = "inviteCodeTtl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invite_code_ttl: ::std::option::Option<i32>,
    /// Indicates whether the user can be verified through a custom invite code.
    #[serde(
        rename = "codeValidation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_validation: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for BatchCreateUserRequestItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchCreateUserRequestItem {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut first_name = ::std::option::Option::None;
        let mut last_name = ::std::option::Option::None;
        let mut security_group_ids = ::std::option::Option::None;
        let mut username = ::std::option::Option::None;
        let mut invite_code = ::std::option::Option::None;
        let mut invite_code_ttl = ::std::option::Option::None;
        let mut code_validation = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "firstName" => crate::runtime::field(&mut first_name, &mut __map, "firstName")?,
                "lastName" => crate::runtime::field(&mut last_name, &mut __map, "lastName")?,
                "securityGroupIds" => {
                    crate::runtime::field(&mut security_group_ids, &mut __map, "securityGroupIds")?
                }
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "inviteCode" => crate::runtime::field(&mut invite_code, &mut __map, "inviteCode")?,
                "inviteCodeTtl" => {
                    crate::runtime::field(&mut invite_code_ttl, &mut __map, "inviteCodeTtl")?
                }
                "codeValidation" => {
                    crate::runtime::field(&mut code_validation, &mut __map, "codeValidation")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchCreateUserRequestItem {
            first_name: crate::runtime::optional(first_name),
            last_name: crate::runtime::optional(last_name),
            security_group_ids: crate::runtime::required(security_group_ids, "securityGroupIds")?,
            username: crate::runtime::required(username, "username")?,
            invite_code: crate::runtime::optional(invite_code),
            invite_code_ttl: crate::runtime::optional(invite_code_ttl),
            code_validation: crate::runtime::optional(code_validation),
        })
    }
}
/// Schema `BatchCreateUserResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchCreateUserResponse {
    /// A message indicating the overall result of the batch operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of user objects that were successfully created, including their assigned user IDs and invite codes.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub successful: ::std::option::Option<::std::vec::Vec<User>>,
    /// A list of user creation attempts that failed, including error details explaining why each user could not be created.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUserErrorResponseItem>>,
}
impl<'de> ::serde::Deserialize<'de> for BatchCreateUserResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchCreateUserResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = ::std::option::Option::None;
        let mut successful = ::std::option::Option::None;
        let mut failed = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                "successful" => crate::runtime::field(&mut successful, &mut __map, "successful")?,
                "failed" => crate::runtime::field(&mut failed, &mut __map, "failed")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchCreateUserResponse {
            message: crate::runtime::optional(message),
            successful: crate::runtime::optional(successful),
            failed: crate::runtime::optional(failed),
        })
    }
}
/// Schema `BatchDeleteUserRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchDeleteUserRequestBody {
    /// A list of user IDs identifying the users to be deleted from the network. Maximum 50 users per batch request.
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for BatchDeleteUserRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchDeleteUserRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut user_ids = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "userIds" => crate::runtime::field(&mut user_ids, &mut __map, "userIds")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchDeleteUserRequestBody {
            user_ids: crate::runtime::required(user_ids, "userIds")?,
        })
    }
}
/// Schema `BatchDeleteUserResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchDeleteUserResponse {
    /// A message indicating the overall result of the batch deletion operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of user IDs that were successfully deleted from the network.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub successful: ::std::option::Option<::std::vec::Vec<BatchUserSuccessResponseItem>>,
    /// A list of user deletion attempts that failed, including error details explaining why each user could not be deleted.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUserErrorResponseItem>>,
}
impl<'de> ::serde::Deserialize<'de> for BatchDeleteUserResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchDeleteUserResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = ::std::option::Option::None;
        let mut successful = ::std::option::Option::None;
        let mut failed = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                "successful" => crate::runtime::field(&mut successful, &mut __map, "successful")?,
                "failed" => crate::runtime::field(&mut failed, &mut __map, "failed")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchDeleteUserResponse {
            message: crate::runtime::optional(message),
            successful: crate::runtime::optional(successful),
            failed: crate::runtime::optional(failed),
        })
    }
}
/// Contains error information for a device operation that failed in a batch device request.
///
/// Schema `BatchDeviceErrorResponseItem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchDeviceErrorResponseItem {
    /// The field that caused the error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
    /// A description of why the device operation failed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    /// The application ID of the device that failed to be processed.
    #[serde(rename = "appId")]
    pub app_id: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for BatchDeviceErrorResponseItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchDeviceErrorResponseItem {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut field = ::std::option::Option::None;
        let mut reason = ::std::option::Option::None;
        let mut app_id = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "field" => crate::runtime::field(&mut field, &mut __map, "field")?,
                "reason" => crate::runtime::field(&mut reason, &mut __map, "reason")?,
                "appId" => crate::runtime::field(&mut app_id, &mut __map, "appId")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchDeviceErrorResponseItem {
            field: crate::runtime::optional(field),
            reason: crate::runtime::optional(reason),
            app_id: crate::runtime::required(app_id, "appId")?,
        })
    }
}
/// Contains information about a device that was successfully processed in a batch device operation.
///
/// Schema `BatchDeviceSuccessResponseItem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchDeviceSuccessResponseItem {
    /// The application ID of the device that was successfully processed.
    #[serde(rename = "appId")]
    pub app_id: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for BatchDeviceSuccessResponseItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchDeviceSuccessResponseItem {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut app_id = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "appId" => crate::runtime::field(&mut app_id, &mut __map, "appId")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchDeviceSuccessResponseItem {
            app_id: crate::runtime::required(app_id, "appId")?,
        })
    }
}
/// Schema `BatchLookupUserUnameRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchLookupUserUnameRequestBody {
    /// A list of username hashes (unames) to look up. Each uname is a unique identifier for a user's username. Maximum 50 unames per batch request.
    pub unames: ::std::vec::Vec<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for BatchLookupUserUnameRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchLookupUserUnameRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut unames = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "unames" => crate::runtime::field(&mut unames, &mut __map, "unames")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchLookupUserUnameRequestBody {
            unames: crate::runtime::required(unames, "unames")?,
        })
    }
}
/// Schema `BatchLookupUserUnameResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchLookupUserUnameResponse {
    /// A message indicating the overall result of the batch lookup operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of successfully resolved username hashes with their corresponding email addresses.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub successful: ::std::option::Option<::std::vec::Vec<BatchUnameSuccessResponseItem>>,
    /// A list of username hash lookup attempts that failed, including error details explaining why each lookup failed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUnameErrorResponseItem>>,
}
impl<'de> ::serde::Deserialize<'de> for BatchLookupUserUnameResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchLookupUserUnameResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = ::std::option::Option::None;
        let mut successful = ::std::option::Option::None;
        let mut failed = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                "successful" => crate::runtime::field(&mut successful, &mut __map, "successful")?,
                "failed" => crate::runtime::field(&mut failed, &mut __map, "failed")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchLookupUserUnameResponse {
            message: crate::runtime::optional(message),
            successful: crate::runtime::optional(successful),
            failed: crate::runtime::optional(failed),
        })
    }
}
/// Schema `BatchReinviteUserRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchReinviteUserRequestBody {
    /// A list of user IDs identifying the users to be reinvited to the network. Maximum 50 users per batch request.
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for BatchReinviteUserRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchReinviteUserRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut user_ids = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "userIds" => crate::runtime::field(&mut user_ids, &mut __map, "userIds")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchReinviteUserRequestBody {
            user_ids: crate::runtime::required(user_ids, "userIds")?,
        })
    }
}
/// Schema `BatchReinviteUserResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchReinviteUserResponse {
    /// A message indicating the overall result of the batch reinvitation operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of user IDs that were successfully reinvited.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub successful: ::std::option::Option<::std::vec::Vec<BatchUserSuccessResponseItem>>,
    /// A list of reinvitation attempts that failed, including error details explaining why each user could not be reinvited.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUserErrorResponseItem>>,
}
impl<'de> ::serde::Deserialize<'de> for BatchReinviteUserResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchReinviteUserResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = ::std::option::Option::None;
        let mut successful = ::std::option::Option::None;
        let mut failed = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                "successful" => crate::runtime::field(&mut successful, &mut __map, "successful")?,
                "failed" => crate::runtime::field(&mut failed, &mut __map, "failed")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchReinviteUserResponse {
            message: crate::runtime::optional(message),
            successful: crate::runtime::optional(successful),
            failed: crate::runtime::optional(failed),
        })
    }
}
/// Schema `BatchResetDevicesForUserRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchResetDevicesForUserRequestBody {
    /// A list of application IDs identifying the specific devices to be reset for the user. Maximum 50 devices per batch request.
    #[serde(rename = "appIds")]
    pub app_ids: ::std::vec::Vec<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for BatchResetDevicesForUserRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchResetDevicesForUserRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut app_ids = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "appIds" => crate::runtime::field(&mut app_ids, &mut __map, "appIds")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchResetDevicesForUserRequestBody {
            app_ids: crate::runtime::required(app_ids, "appIds")?,
        })
    }
}
/// Schema `BatchResetDevicesForUserResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchResetDevicesForUserResponse {
    /// A message indicating the overall result of the batch device reset operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of application IDs that were successfully reset.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub successful: ::std::option::Option<::std::vec::Vec<BatchDeviceSuccessResponseItem>>,
    /// A list of device reset attempts that failed, including error details explaining why each device could not be reset.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<::std::vec::Vec<BatchDeviceErrorResponseItem>>,
}
impl<'de> ::serde::Deserialize<'de> for BatchResetDevicesForUserResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchResetDevicesForUserResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = ::std::option::Option::None;
        let mut successful = ::std::option::Option::None;
        let mut failed = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                "successful" => crate::runtime::field(&mut successful, &mut __map, "successful")?,
                "failed" => crate::runtime::field(&mut failed, &mut __map, "failed")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchResetDevicesForUserResponse {
            message: crate::runtime::optional(message),
            successful: crate::runtime::optional(successful),
            failed: crate::runtime::optional(failed),
        })
    }
}
/// Schema `BatchToggleUserSuspendStatusRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchToggleUserSuspendStatusRequestBody {
    /// A list of user IDs identifying the users whose suspend status will be toggled. Maximum 50 users per batch request.
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for BatchToggleUserSuspendStatusRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchToggleUserSuspendStatusRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut user_ids = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "userIds" => crate::runtime::field(&mut user_ids, &mut __map, "userIds")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchToggleUserSuspendStatusRequestBody {
            user_ids: crate::runtime::required(user_ids, "userIds")?,
        })
    }
}
/// Schema `BatchToggleUserSuspendStatusResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchToggleUserSuspendStatusResponse {
    /// A message indicating the overall result of the batch suspend status toggle operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of user IDs whose suspend status was successfully toggled.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub successful: ::std::option::Option<::std::vec::Vec<BatchUserSuccessResponseItem>>,
    /// A list of suspend status toggle attempts that failed, including error details explaining why each user's status could not be changed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUserErrorResponseItem>>,
}
impl<'de> ::serde::Deserialize<'de> for BatchToggleUserSuspendStatusResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchToggleUserSuspendStatusResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = ::std::option::Option::None;
        let mut successful = ::std::option::Option::None;
        let mut failed = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                "successful" => crate::runtime::field(&mut successful, &mut __map, "successful")?,
                "failed" => crate::runtime::field(&mut failed, &mut __map, "failed")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchToggleUserSuspendStatusResponse {
            message: crate::runtime::optional(message),
            successful: crate::runtime::optional(successful),
            failed: crate::runtime::optional(failed),
        })
    }
}
/// Contains error information for a username hash lookup that failed in a batch uname lookup request.
///
/// Schema `BatchUnameErrorResponseItem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchUnameErrorResponseItem {
    /// The field that caused the error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
    /// A description of why the username hash lookup failed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    /// The username hash that failed to be looked up.
    pub uname: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for BatchUnameErrorResponseItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchUnameErrorResponseItem {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut field = ::std::option::Option::None;
        let mut reason = ::std::option::Option::None;
        let mut uname = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "field" => crate::runtime::field(&mut field, &mut __map, "field")?,
                "reason" => crate::runtime::field(&mut reason, &mut __map, "reason")?,
                "uname" => crate::runtime::field(&mut uname, &mut __map, "uname")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchUnameErrorResponseItem {
            field: crate::runtime::optional(field),
            reason: crate::runtime::optional(reason),
            uname: crate::runtime::required(uname, "uname")?,
        })
    }
}
/// Contains information about a username hash that was successfully resolved in a batch uname lookup operation.
///
/// Schema `BatchUnameSuccessResponseItem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchUnameSuccessResponseItem {
    /// The username hash that was successfully resolved.
    pub uname: ::std::string::String,
    /// The email address or username corresponding to the username hash.
    pub username: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for BatchUnameSuccessResponseItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchUnameSuccessResponseItem {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut uname = ::std::option::Option::None;
        let mut username = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "uname" => crate::runtime::field(&mut uname, &mut __map, "uname")?,
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchUnameSuccessResponseItem {
            uname: crate::runtime::required(uname, "uname")?,
            username: crate::runtime::required(username, "username")?,
        })
    }
}
/// Contains error information for a user operation that failed in a batch user request.
///
/// Schema `BatchUserErrorResponseItem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchUserErrorResponseItem {
    /// The field that caused the error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
    /// A description of why the user operation failed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    /// The user ID associated with the failed operation.
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for BatchUserErrorResponseItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchUserErrorResponseItem {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut field = ::std::option::Option::None;
        let mut reason = ::std::option::Option::None;
        let mut user_id = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "field" => crate::runtime::field(&mut field, &mut __map, "field")?,
                "reason" => crate::runtime::field(&mut reason, &mut __map, "reason")?,
                "userId" => crate::runtime::field(&mut user_id, &mut __map, "userId")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchUserErrorResponseItem {
            field: crate::runtime::optional(field),
            reason: crate::runtime::optional(reason),
            user_id: crate::runtime::required(user_id, "userId")?,
        })
    }
}
/// Contains information about a user that was successfully processed in a batch user operation.
///
/// Schema `BatchUserSuccessResponseItem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BatchUserSuccessResponseItem {
    /// The user ID that was successfully processed.
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for BatchUserSuccessResponseItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BatchUserSuccessResponseItem {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut user_id = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "userId" => crate::runtime::field(&mut user_id, &mut __map, "userId")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BatchUserSuccessResponseItem {
            user_id: crate::runtime::required(user_id, "userId")?,
        })
    }
}
/// Represents a guest user who has been blocked from accessing a Wickr network.
///
/// Schema `BlockedGuestUser`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BlockedGuestUser {
    /// The username of the blocked guest user.
    pub username: ::std::string::String,
    /// The username of the administrator who blocked this guest user.
    pub admin: ::std::string::String,
    /// The timestamp when the guest user was blocked or last modified.
    pub modified: ::std::string::String,
    /// The unique username hash identifier for the blocked guest user.
    #[serde(rename = "usernameHash")]
    pub username_hash: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for BlockedGuestUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for BlockedGuestUser {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut username = ::std::option::Option::None;
        let mut admin = ::std::option::Option::None;
        let mut modified = ::std::option::Option::None;
        let mut username_hash = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "admin" => crate::runtime::field(&mut admin, &mut __map, "admin")?,
                "modified" => crate::runtime::field(&mut modified, &mut __map, "modified")?,
                "usernameHash" => {
                    crate::runtime::field(&mut username_hash, &mut __map, "usernameHash")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(BlockedGuestUser {
            username: crate::runtime::required(username, "username")?,
            admin: crate::runtime::required(admin, "admin")?,
            modified: crate::runtime::required(modified, "modified")?,
            username_hash: crate::runtime::required(username_hash, "usernameHash")?,
        })
    }
}
/// Represents a bot account in a Wickr network with all its informational fields.
///
/// Schema `Bot`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Bot {
    /// The unique identifier of the bot.
    #[serde(
        rename = "botId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bot_id: ::std::option::Option<::std::string::String>,
    /// The display name of the bot that is visible to users.
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The username of the bot.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// The unique username hash identifier for the bot.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uname: ::std::option::Option<::std::string::String>,
    /// The public key of the bot used for encryption.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pubkey: ::std::option::Option<::std::string::String>,
    /// The current status of the bot (1 for pending, 2 for active).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<i32>,
    /// The ID of the security group to which the bot belongs.
    #[serde(
        rename = "groupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_id: ::std::option::Option<::std::string::String>,
    /// Indicates whether the bot has a password set.
    #[serde(
        rename = "hasChallenge",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_challenge: ::std::option::Option<bool>,
    /// Indicates whether the bot is currently suspended.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub suspended: ::std::option::Option<bool>,
    /// The timestamp of the bot's last login.
    #[serde(
        rename = "lastLogin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_login: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Bot {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Bot {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut bot_id = ::std::option::Option::None;
        let mut display_name = ::std::option::Option::None;
        let mut username = ::std::option::Option::None;
        let mut uname = ::std::option::Option::None;
        let mut pubkey = ::std::option::Option::None;
        let mut status = ::std::option::Option::None;
        let mut group_id = ::std::option::Option::None;
        let mut has_challenge = ::std::option::Option::None;
        let mut suspended = ::std::option::Option::None;
        let mut last_login = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "botId" => crate::runtime::field(&mut bot_id, &mut __map, "botId")?,
                "displayName" => {
                    crate::runtime::field(&mut display_name, &mut __map, "displayName")?
                }
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "uname" => crate::runtime::field(&mut uname, &mut __map, "uname")?,
                "pubkey" => crate::runtime::field(&mut pubkey, &mut __map, "pubkey")?,
                "status" => crate::runtime::field(&mut status, &mut __map, "status")?,
                "groupId" => crate::runtime::field(&mut group_id, &mut __map, "groupId")?,
                "hasChallenge" => {
                    crate::runtime::field(&mut has_challenge, &mut __map, "hasChallenge")?
                }
                "suspended" => crate::runtime::field(&mut suspended, &mut __map, "suspended")?,
                "lastLogin" => crate::runtime::field(&mut last_login, &mut __map, "lastLogin")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Bot {
            bot_id: crate::runtime::optional(bot_id),
            display_name: crate::runtime::optional(display_name),
            username: crate::runtime::optional(username),
            uname: crate::runtime::optional(uname),
            pubkey: crate::runtime::optional(pubkey),
            status: crate::runtime::optional(status),
            group_id: crate::runtime::optional(group_id),
            has_challenge: crate::runtime::optional(has_challenge),
            suspended: crate::runtime::optional(suspended),
            last_login: crate::runtime::optional(last_login),
        })
    }
}
/// Defines the calling feature permissions and settings for users in a security group, controlling what types of calls users can initiate and participate in.
///
/// Schema `CallingSettings`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CallingSettings {
    /// Specifies whether users can start one-to-one calls.
    #[serde(
        rename = "canStart11Call",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_start11_call: ::std::option::Option<bool>,
    /// Specifies whether users can make video calls (as opposed to audio-only calls). Valid only when audio call(canStart11Call) is enabled.
    #[serde(
        rename = "canVideoCall",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_video_call: ::std::option::Option<bool>,
    /// When enabled, forces all calls to use TCP protocol instead of UDP for network traversal.
    #[serde(
        rename = "forceTcpCall",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_tcp_call: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for CallingSettings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for CallingSettings {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut can_start11_call = ::std::option::Option::None;
        let mut can_video_call = ::std::option::Option::None;
        let mut force_tcp_call = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "canStart11Call" => {
                    crate::runtime::field(&mut can_start11_call, &mut __map, "canStart11Call")?
                }
                "canVideoCall" => {
                    crate::runtime::field(&mut can_video_call, &mut __map, "canVideoCall")?
                }
                "forceTcpCall" => {
                    crate::runtime::field(&mut force_tcp_call, &mut __map, "forceTcpCall")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(CallingSettings {
            can_start11_call: crate::runtime::optional(can_start11_call),
            can_video_call: crate::runtime::optional(can_video_call),
            force_tcp_call: crate::runtime::optional(force_tcp_call),
        })
    }
}
/// Consent popup configuration displayed to users on login.
///
/// Schema `ConsentPopupConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConsentPopupConfig {
    /// Whether the consent popup is enabled. When set to true, the popup is displayed to users on login.
    pub enabled: bool,
    /// Header text displayed at the top of the consent popup. Maximum 100 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub header: ::std::option::Option<::std::string::String>,
    /// Body content of the consent popup in Markdown format. Maximum 5000 characters.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
    /// Label for the close button on the consent popup. Maximum 20 characters. Defaults to "Acknowledge" if not provided.
    #[serde(
        rename = "closeButtonLabel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub close_button_label: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ConsentPopupConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ConsentPopupConfig {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut enabled = ::std::option::Option::None;
        let mut header = ::std::option::Option::None;
        let mut content = ::std::option::Option::None;
        let mut close_button_label = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "enabled" => crate::runtime::field(&mut enabled, &mut __map, "enabled")?,
                "header" => crate::runtime::field(&mut header, &mut __map, "header")?,
                "content" => crate::runtime::field(&mut content, &mut __map, "content")?,
                "closeButtonLabel" => {
                    crate::runtime::field(&mut close_button_label, &mut __map, "closeButtonLabel")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ConsentPopupConfig {
            enabled: crate::runtime::required(enabled, "enabled")?,
            header: crate::runtime::optional(header),
            content: crate::runtime::optional(content),
            close_button_label: crate::runtime::optional(close_button_label),
        })
    }
}
/// Schema `CreateBotRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateBotRequestBody {
    /// The username for the bot. This must be unique within the network and follow the network's naming conventions.
    pub username: ::std::string::String,
    /// The display name for the bot that will be visible to users in the network.
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The ID of the security group to which the bot will be assigned.
    #[serde(rename = "groupId")]
    pub group_id: ::std::string::String,
    /// The password for the bot account.
    pub challenge: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for CreateBotRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for CreateBotRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut username = ::std::option::Option::None;
        let mut display_name = ::std::option::Option::None;
        let mut group_id = ::std::option::Option::None;
        let mut challenge = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "displayName" => {
                    crate::runtime::field(&mut display_name, &mut __map, "displayName")?
                }
                "groupId" => crate::runtime::field(&mut group_id, &mut __map, "groupId")?,
                "challenge" => crate::runtime::field(&mut challenge, &mut __map, "challenge")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(CreateBotRequestBody {
            username: crate::runtime::required(username, "username")?,
            display_name: crate::runtime::optional(display_name),
            group_id: crate::runtime::required(group_id, "groupId")?,
            challenge: crate::runtime::required(challenge, "challenge")?,
        })
    }
}
/// Schema `CreateBotResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateBotResponse {
    /// A message indicating the result of the bot creation operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The unique identifier assigned to the newly created bot.
    #[serde(rename = "botId")]
    pub bot_id: ::std::string::String,
    /// The ID of the network where the bot was created.
    #[serde(
        rename = "networkId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_id: ::std::option::Option<::std::string::String>,
    /// The username of the newly created bot.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// The display name of the newly created bot.
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The ID of the security group to which the bot was assigned.
    #[serde(
        rename = "groupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_id: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CreateBotResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for CreateBotResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = ::std::option::Option::None;
        let mut bot_id = ::std::option::Option::None;
        let mut network_id = ::std::option::Option::None;
        let mut username = ::std::option::Option::None;
        let mut display_name = ::std::option::Option::None;
        let mut group_id = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                "botId" => crate::runtime::field(&mut bot_id, &mut __map, "botId")?,
                "networkId" => crate::runtime::field(&mut network_id, &mut __map, "networkId")?,
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "displayName" => {
                    crate::runtime::field(&mut display_name, &mut __map, "displayName")?
                }
                "groupId" => crate::runtime::field(&mut group_id, &mut __map, "groupId")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(CreateBotResponse {
            message: crate::runtime::optional(message),
            bot_id: crate::runtime::required(bot_id, "botId")?,
            network_id: crate::runtime::optional(network_id),
            username: crate::runtime::optional(username),
            display_name: crate::runtime::optional(display_name),
            group_id: crate::runtime::optional(group_id),
        })
    }
}
/// Schema `CreateDataRetentionBotChallengeResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateDataRetentionBotChallengeResponse {
    /// The newly generated challenge password for the data retention bot.
    pub challenge: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for CreateDataRetentionBotChallengeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for CreateDataRetentionBotChallengeResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut challenge = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "challenge" => crate::runtime::field(&mut challenge, &mut __map, "challenge")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(CreateDataRetentionBotChallengeResponse {
            challenge: crate::runtime::required(challenge, "challenge")?,
        })
    }
}
/// Schema `CreateDataRetentionBotResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateDataRetentionBotResponse {
    /// A message indicating that the data retention bot was successfully provisioned.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CreateDataRetentionBotResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for CreateDataRetentionBotResponse {
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
        ::std::result::Result::Ok(CreateDataRetentionBotResponse {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `CreateNetworkRequest`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateNetworkRequest {
    /// The name for the new network. Must be between 1 and 20 characters.
    #[serde(rename = "networkName")]
    pub network_name: ::std::string::String,
    /// The access level for the network. Valid values are STANDARD or PREMIUM, which determine the features and capabilities available to network members.
    #[serde(rename = "accessLevel")]
    pub access_level: AccessLevel,
    /// Specifies whether to enable a premium free trial for the network. It is optional and has a default value as false. When set to true, the network starts with premium features for a limited trial period.
    #[serde(
        rename = "enablePremiumFreeTrial",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_premium_free_trial: ::std::option::Option<bool>,
    /// The ARN of the Amazon Web Services KMS customer managed key to use for encrypting sensitive data in the network.
    #[serde(
        rename = "encryptionKeyArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CreateNetworkRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for CreateNetworkRequest {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut network_name = ::std::option::Option::None;
        let mut access_level = ::std::option::Option::None;
        let mut enable_premium_free_trial = ::std::option::Option::None;
        let mut encryption_key_arn = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "networkName" => {
                    crate::runtime::field(&mut network_name, &mut __map, "networkName")?
                }
                "accessLevel" => {
                    crate::runtime::field(&mut access_level, &mut __map, "accessLevel")?
                }
                "enablePremiumFreeTrial" => crate::runtime::field(
                    &mut enable_premium_free_trial,
                    &mut __map,
                    "enablePremiumFreeTrial",
                )?,
                "encryptionKeyArn" => {
                    crate::runtime::field(&mut encryption_key_arn, &mut __map, "encryptionKeyArn")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(CreateNetworkRequest {
            network_name: crate::runtime::required(network_name, "networkName")?,
            access_level: crate::runtime::required(access_level, "accessLevel")?,
            enable_premium_free_trial: crate::runtime::optional(enable_premium_free_trial),
            encryption_key_arn: crate::runtime::optional(encryption_key_arn),
        })
    }
}
/// Schema `CreateNetworkResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateNetworkResponse {
    /// The unique identifier assigned to the newly created network.
    #[serde(
        rename = "networkId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_id: ::std::option::Option<::std::string::String>,
    /// The name of the newly created network.
    #[serde(
        rename = "networkName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_name: ::std::option::Option<::std::string::String>,
    /// The ARN of the KMS key being used to encrypt sensitive data in the network.
    #[serde(
        rename = "encryptionKeyArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for CreateNetworkResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for CreateNetworkResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut network_id = ::std::option::Option::None;
        let mut network_name = ::std::option::Option::None;
        let mut encryption_key_arn = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "networkId" => crate::runtime::field(&mut network_id, &mut __map, "networkId")?,
                "networkName" => {
                    crate::runtime::field(&mut network_name, &mut __map, "networkName")?
                }
                "encryptionKeyArn" => {
                    crate::runtime::field(&mut encryption_key_arn, &mut __map, "encryptionKeyArn")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(CreateNetworkResponse {
            network_id: crate::runtime::optional(network_id),
            network_name: crate::runtime::optional(network_name),
            encryption_key_arn: crate::runtime::optional(encryption_key_arn),
        })
    }
}
/// Schema `CreateSecurityGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateSecurityGroupRequestBody {
    /// The name for the new security group.
    pub name: ::std::string::String,
    /// The configuration settings for the security group, including permissions, federation settings, and feature controls.
    #[serde(rename = "securityGroupSettings")]
    pub security_group_settings: SecurityGroupSettingsRequest,
}
impl<'de> ::serde::Deserialize<'de> for CreateSecurityGroupRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for CreateSecurityGroupRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut name = ::std::option::Option::None;
        let mut security_group_settings = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                "securityGroupSettings" => crate::runtime::field(
                    &mut security_group_settings,
                    &mut __map,
                    "securityGroupSettings",
                )?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(CreateSecurityGroupRequestBody {
            name: crate::runtime::required(name, "name")?,
            security_group_settings: crate::runtime::required(
                security_group_settings,
                "securityGroupSettings",
            )?,
        })
    }
}
/// Schema `CreateSecurityGroupResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateSecurityGroupResponse {
    /// The details of the newly created security group, including its ID, name, and settings.
    #[serde(rename = "securityGroup")]
    pub security_group: SecurityGroup,
}
impl<'de> ::serde::Deserialize<'de> for CreateSecurityGroupResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for CreateSecurityGroupResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut security_group = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "securityGroup" => {
                    crate::runtime::field(&mut security_group, &mut __map, "securityGroup")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(CreateSecurityGroupResponse {
            security_group: crate::runtime::required(security_group, "securityGroup")?,
        })
    }
}
/// Schema `DataRetentionActionType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DataRetentionActionType {
    /// `ENABLE`
    Enable,
    /// `DISABLE`
    Disable,
    /// `PUBKEY_MSG_ACK`
    PubkeyMsgAck,
}
impl DataRetentionActionType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Enable => "ENABLE",
            Self::Disable => "DISABLE",
            Self::PubkeyMsgAck => "PUBKEY_MSG_ACK",
        }
    }
}
impl ::std::fmt::Display for DataRetentionActionType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DataRetentionActionType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DataRetentionActionType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        match value.as_str() {
            "ENABLE" => Ok(Self::Enable),
            "DISABLE" => Ok(Self::Disable),
            "PUBKEY_MSG_ACK" => Ok(Self::PubkeyMsgAck),
            other => Err(D::Error::unknown_variant(
                other,
                &["ENABLE", "DISABLE", "PUBKEY_MSG_ACK"],
            )),
        }
    }
}
/// Schema `DeleteBotResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DeleteBotResponse {
    /// A message indicating the result of the bot deletion operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for DeleteBotResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for DeleteBotResponse {
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
        ::std::result::Result::Ok(DeleteBotResponse {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `DeleteDataRetentionBotResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DeleteDataRetentionBotResponse {
    /// A message indicating that the data retention bot and all associated data were successfully deleted.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for DeleteDataRetentionBotResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for DeleteDataRetentionBotResponse {
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
        ::std::result::Result::Ok(DeleteDataRetentionBotResponse {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `DeleteNetworkResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DeleteNetworkResponse {
    /// A message indicating that the network deletion has been initiated successfully.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for DeleteNetworkResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for DeleteNetworkResponse {
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
        ::std::result::Result::Ok(DeleteNetworkResponse {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `DeleteSecurityGroupResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DeleteSecurityGroupResponse {
    /// A message indicating the result of the security group deletion operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The ID of the network from which the security group was deleted.
    #[serde(
        rename = "networkId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_id: ::std::option::Option<::std::string::String>,
    /// The ID of the security group that was deleted.
    #[serde(
        rename = "groupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_id: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for DeleteSecurityGroupResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for DeleteSecurityGroupResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut message = ::std::option::Option::None;
        let mut network_id = ::std::option::Option::None;
        let mut group_id = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                "networkId" => crate::runtime::field(&mut network_id, &mut __map, "networkId")?,
                "groupId" => crate::runtime::field(&mut group_id, &mut __map, "groupId")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(DeleteSecurityGroupResponse {
            message: crate::runtime::optional(message),
            network_id: crate::runtime::optional(network_id),
            group_id: crate::runtime::optional(group_id),
        })
    }
}
/// Contains detailed error information explaining why an operation failed, including which field caused the error and the reason for the failure.
///
/// Schema `ErrorDetail`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ErrorDetail {
    /// The name of the field that contains an error or warning.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
    /// A detailed description of the error or warning.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ErrorDetail {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ErrorDetail {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut field = ::std::option::Option::None;
        let mut reason = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "field" => crate::runtime::field(&mut field, &mut __map, "field")?,
                "reason" => crate::runtime::field(&mut reason, &mut __map, "reason")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ErrorDetail {
            field: crate::runtime::optional(field),
            reason: crate::runtime::optional(reason),
        })
    }
}
/// Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
///
/// Schema `ForbiddenError`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ForbiddenError {
    /// A message explaining why access was denied and what permissions are required.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ForbiddenError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ForbiddenError {
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
        ::std::result::Result::Ok(ForbiddenError {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `GetBotResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetBotResponse {
    /// The unique identifier of the bot.
    #[serde(
        rename = "botId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bot_id: ::std::option::Option<::std::string::String>,
    /// The display name of the bot that is visible to users.
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The username of the bot.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// The unique username hash identifier for the bot.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uname: ::std::option::Option<::std::string::String>,
    /// The public key of the bot used for encryption.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pubkey: ::std::option::Option<::std::string::String>,
    /// The current status of the bot (1 for pending, 2 for active).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<i32>,
    /// The ID of the security group to which the bot belongs.
    #[serde(
        rename = "groupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_id: ::std::option::Option<::std::string::String>,
    /// Indicates whether the bot has a password set.
    #[serde(
        rename = "hasChallenge",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_challenge: ::std::option::Option<bool>,
    /// Indicates whether the bot is currently suspended.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub suspended: ::std::option::Option<bool>,
    /// The timestamp of the bot's last login.
    #[serde(
        rename = "lastLogin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_login: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for GetBotResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetBotResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut bot_id = ::std::option::Option::None;
        let mut display_name = ::std::option::Option::None;
        let mut username = ::std::option::Option::None;
        let mut uname = ::std::option::Option::None;
        let mut pubkey = ::std::option::Option::None;
        let mut status = ::std::option::Option::None;
        let mut group_id = ::std::option::Option::None;
        let mut has_challenge = ::std::option::Option::None;
        let mut suspended = ::std::option::Option::None;
        let mut last_login = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "botId" => crate::runtime::field(&mut bot_id, &mut __map, "botId")?,
                "displayName" => {
                    crate::runtime::field(&mut display_name, &mut __map, "displayName")?
                }
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "uname" => crate::runtime::field(&mut uname, &mut __map, "uname")?,
                "pubkey" => crate::runtime::field(&mut pubkey, &mut __map, "pubkey")?,
                "status" => crate::runtime::field(&mut status, &mut __map, "status")?,
                "groupId" => crate::runtime::field(&mut group_id, &mut __map, "groupId")?,
                "hasChallenge" => {
                    crate::runtime::field(&mut has_challenge, &mut __map, "hasChallenge")?
                }
                "suspended" => crate::runtime::field(&mut suspended, &mut __map, "suspended")?,
                "lastLogin" => crate::runtime::field(&mut last_login, &mut __map, "lastLogin")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetBotResponse {
            bot_id: crate::runtime::optional(bot_id),
            display_name: crate::runtime::optional(display_name),
            username: crate::runtime::optional(username),
            uname: crate::runtime::optional(uname),
            pubkey: crate::runtime::optional(pubkey),
            status: crate::runtime::optional(status),
            group_id: crate::runtime::optional(group_id),
            has_challenge: crate::runtime::optional(has_challenge),
            suspended: crate::runtime::optional(suspended),
            last_login: crate::runtime::optional(last_login),
        })
    }
}
/// Schema `GetBotsCountResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetBotsCountResponse {
    /// The number of bots with pending status (invited but not yet activated).
    pub pending: i32,
    /// The number of bots with active status.
    pub active: i32,
    /// The total number of bots in the network (active and pending).
    pub total: i32,
}
impl<'de> ::serde::Deserialize<'de> for GetBotsCountResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetBotsCountResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut pending = ::std::option::Option::None;
        let mut active = ::std::option::Option::None;
        let mut total = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "pending" => crate::runtime::field(&mut pending, &mut __map, "pending")?,
                "active" => crate::runtime::field(&mut active, &mut __map, "active")?,
                "total" => crate::runtime::field(&mut total, &mut __map, "total")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetBotsCountResponse {
            pending: crate::runtime::required(pending, "pending")?,
            active: crate::runtime::required(active, "active")?,
            total: crate::runtime::required(total, "total")?,
        })
    }
}
/// Schema `GetDataRetentionBotResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetDataRetentionBotResponse {
    /// The name of the data retention bot.
    #[serde(
        rename = "botName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bot_name: ::std::option::Option<::std::string::String>,
    /// Indicates whether a data retention bot exists in the network.
    #[serde(
        rename = "botExists",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bot_exists: ::std::option::Option<bool>,
    /// Indicates whether the data retention bot is active and operational.
    #[serde(
        rename = "isBotActive",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_bot_active: ::std::option::Option<bool>,
    /// Indicates whether the data retention bot has been registered with the network.
    #[serde(
        rename = "isDataRetentionBotRegistered",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_data_retention_bot_registered: ::std::option::Option<bool>,
    /// Indicates whether the data retention service is enabled for the network.
    #[serde(
        rename = "isDataRetentionServiceEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_data_retention_service_enabled: ::std::option::Option<bool>,
    /// Indicates whether the public key message has been acknowledged by the bot.
    #[serde(
        rename = "isPubkeyMsgAcked",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_pubkey_msg_acked: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for GetDataRetentionBotResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetDataRetentionBotResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut bot_name = ::std::option::Option::None;
        let mut bot_exists = ::std::option::Option::None;
        let mut is_bot_active = ::std::option::Option::None;
        let mut is_data_retention_bot_registered = ::std::option::Option::None;
        let mut is_data_retention_service_enabled = ::std::option::Option::None;
        let mut is_pubkey_msg_acked = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "botName" => crate::runtime::field(&mut bot_name, &mut __map, "botName")?,
                "botExists" => crate::runtime::field(&mut bot_exists, &mut __map, "botExists")?,
                "isBotActive" => {
                    crate::runtime::field(&mut is_bot_active, &mut __map, "isBotActive")?
                }
                "isDataRetentionBotRegistered" => crate::runtime::field(
                    &mut is_data_retention_bot_registered,
                    &mut __map,
                    "isDataRetentionBotRegistered",
                )?,
                "isDataRetentionServiceEnabled" => crate::runtime::field(
                    &mut is_data_retention_service_enabled,
                    &mut __map,
                    "isDataRetentionServiceEnabled",
                )?,
                "isPubkeyMsgAcked" => {
                    crate::runtime::field(&mut is_pubkey_msg_acked, &mut __map, "isPubkeyMsgAcked")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetDataRetentionBotResponse {
            bot_name: crate::runtime::optional(bot_name),
            bot_exists: crate::runtime::optional(bot_exists),
            is_bot_active: crate::runtime::optional(is_bot_active),
            is_data_retention_bot_registered: crate::runtime::optional(
                is_data_retention_bot_registered,
            ),
            is_data_retention_service_enabled: crate::runtime::optional(
                is_data_retention_service_enabled,
            ),
            is_pubkey_msg_acked: crate::runtime::optional(is_pubkey_msg_acked),
        })
    }
}
/// Schema `GetGuestUserHistoryCountResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetGuestUserHistoryCountResponse {
    /// A list of historical guest user counts, organized by month and billing period.
    pub history: ::std::vec::Vec<GuestUserHistoryCount>,
}
impl<'de> ::serde::Deserialize<'de> for GetGuestUserHistoryCountResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetGuestUserHistoryCountResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut history = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "history" => crate::runtime::field(&mut history, &mut __map, "history")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetGuestUserHistoryCountResponse {
            history: crate::runtime::required(history, "history")?,
        })
    }
}
/// Schema `GetNetworkResponse`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct GetNetworkResponse {
    /// The unique identifier of the network.
    #[serde(rename = "networkId")]
    pub network_id: ::std::string::String,
    /// The name of the network.
    #[serde(rename = "networkName")]
    pub network_name: ::std::string::String,
    /// The access level of the network (STANDARD or PREMIUM), which determines available features and capabilities.
    #[serde(rename = "accessLevel")]
    pub access_level: AccessLevel,
    /// The Amazon Web Services account ID that owns the network.
    #[serde(rename = "awsAccountId")]
    pub aws_account_id: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the network.
    #[serde(rename = "networkArn")]
    pub network_arn: ::std::string::String,
    /// The current standing or status of the network.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub standing: ::std::option::Option<i32>,
    /// The expiration date and time for the network's free trial period, if applicable.
    #[serde(
        rename = "freeTrialExpiration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub free_trial_expiration: ::std::option::Option<::std::string::String>,
    /// The SSO redirect URI migration state, managed by the SSO redirect migration wizard. Values: 0 (not started), 1 (in progress), or 2 (completed).
    #[serde(
        rename = "migrationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_state: ::std::option::Option<i32>,
    /// The ARN of the Amazon Web Services KMS customer managed key used for encrypting sensitive data in the network.
    #[serde(
        rename = "encryptionKeyArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for GetNetworkResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetNetworkResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut network_id = ::std::option::Option::None;
        let mut network_name = ::std::option::Option::None;
        let mut access_level = ::std::option::Option::None;
        let mut aws_account_id = ::std::option::Option::None;
        let mut network_arn = ::std::option::Option::None;
        let mut standing = ::std::option::Option::None;
        let mut free_trial_expiration = ::std::option::Option::None;
        let mut migration_state = ::std::option::Option::None;
        let mut encryption_key_arn = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "networkId" => crate::runtime::field(&mut network_id, &mut __map, "networkId")?,
                "networkName" => {
                    crate::runtime::field(&mut network_name, &mut __map, "networkName")?
                }
                "accessLevel" => {
                    crate::runtime::field(&mut access_level, &mut __map, "accessLevel")?
                }
                "awsAccountId" => {
                    crate::runtime::field(&mut aws_account_id, &mut __map, "awsAccountId")?
                }
                "networkArn" => crate::runtime::field(&mut network_arn, &mut __map, "networkArn")?,
                "standing" => crate::runtime::field(&mut standing, &mut __map, "standing")?,
                "freeTrialExpiration" => crate::runtime::field(
                    &mut free_trial_expiration,
                    &mut __map,
                    "freeTrialExpiration",
                )?,
                "migrationState" => {
                    crate::runtime::field(&mut migration_state, &mut __map, "migrationState")?
                }
                "encryptionKeyArn" => {
                    crate::runtime::field(&mut encryption_key_arn, &mut __map, "encryptionKeyArn")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetNetworkResponse {
            network_id: crate::runtime::required(network_id, "networkId")?,
            network_name: crate::runtime::required(network_name, "networkName")?,
            access_level: crate::runtime::required(access_level, "accessLevel")?,
            aws_account_id: crate::runtime::required(aws_account_id, "awsAccountId")?,
            network_arn: crate::runtime::required(network_arn, "networkArn")?,
            standing: crate::runtime::optional(standing),
            free_trial_expiration: crate::runtime::optional(free_trial_expiration),
            migration_state: crate::runtime::optional(migration_state),
            encryption_key_arn: crate::runtime::optional(encryption_key_arn),
        })
    }
}
/// Schema `GetNetworkSettingsResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetNetworkSettingsResponse {
    /// A list of network settings, where each setting includes a name, value, and type.
    pub settings: ::std::vec::Vec<Setting>,
}
impl<'de> ::serde::Deserialize<'de> for GetNetworkSettingsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetNetworkSettingsResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut settings = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "settings" => crate::runtime::field(&mut settings, &mut __map, "settings")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetNetworkSettingsResponse {
            settings: crate::runtime::required(settings, "settings")?,
        })
    }
}
/// Schema `GetOidcInfoResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOidcInfoResponse {
    /// The OpenID Connect configuration information for the network, including issuer, client ID, scopes, and other SSO settings.
    #[serde(
        rename = "openidConnectInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub openid_connect_info: ::std::option::Option<OidcConfigInfo>,
    /// OAuth token information including access token, refresh token, and expiration details (only present if token parameters were provided in the request).
    #[serde(
        rename = "tokenInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_info: ::std::option::Option<OidcTokenInfo>,
}
impl<'de> ::serde::Deserialize<'de> for GetOidcInfoResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetOidcInfoResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut openid_connect_info = ::std::option::Option::None;
        let mut token_info = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "openidConnectInfo" => crate::runtime::field(
                    &mut openid_connect_info,
                    &mut __map,
                    "openidConnectInfo",
                )?,
                "tokenInfo" => crate::runtime::field(&mut token_info, &mut __map, "tokenInfo")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetOidcInfoResponse {
            openid_connect_info: crate::runtime::optional(openid_connect_info),
            token_info: crate::runtime::optional(token_info),
        })
    }
}
/// Schema `GetOpentdfConfigResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOpentdfConfigResponse {
    /// The OIDC client ID used for authenticating with the OpenTDF provider.
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// The domain of the OpenTDF server.
    pub domain: ::std::string::String,
    /// The OIDC client secret used for authenticating with the OpenTDF provider.
    #[serde(rename = "clientSecret")]
    pub client_secret: ::std::string::String,
    /// The provider of the OpenTDF platform.
    pub provider: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for GetOpentdfConfigResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetOpentdfConfigResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut client_id = ::std::option::Option::None;
        let mut domain = ::std::option::Option::None;
        let mut client_secret = ::std::option::Option::None;
        let mut provider = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "clientId" => crate::runtime::field(&mut client_id, &mut __map, "clientId")?,
                "domain" => crate::runtime::field(&mut domain, &mut __map, "domain")?,
                "clientSecret" => {
                    crate::runtime::field(&mut client_secret, &mut __map, "clientSecret")?
                }
                "provider" => crate::runtime::field(&mut provider, &mut __map, "provider")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetOpentdfConfigResponse {
            client_id: crate::runtime::required(client_id, "clientId")?,
            domain: crate::runtime::required(domain, "domain")?,
            client_secret: crate::runtime::required(client_secret, "clientSecret")?,
            provider: crate::runtime::required(provider, "provider")?,
        })
    }
}
/// Schema `GetSecurityGroupResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetSecurityGroupResponse {
    /// The detailed information about the security group, including all its settings and member counts.
    #[serde(rename = "securityGroup")]
    pub security_group: SecurityGroup,
}
impl<'de> ::serde::Deserialize<'de> for GetSecurityGroupResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetSecurityGroupResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut security_group = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "securityGroup" => {
                    crate::runtime::field(&mut security_group, &mut __map, "securityGroup")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetSecurityGroupResponse {
            security_group: crate::runtime::required(security_group, "securityGroup")?,
        })
    }
}
/// Schema `GetUserResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserResponse {
    /// The unique identifier of the user.
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
    /// The first name of the user.
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The last name of the user.
    #[serde(
        rename = "lastName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_name: ::std::option::Option<::std::string::String>,
    /// The email address or username of the user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Indicates whether the user has administrator privileges in the network.
    #[serde(
        rename = "isAdmin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_admin: ::std::option::Option<bool>,
    /// Indicates whether the user is currently suspended.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub suspended: ::std::option::Option<bool>,
    /// The current status of the user (1 for pending, 2 for active).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<i32>,
    /// The timestamp of the user's last activity in the network, specified in epoch seconds.
    #[serde(
        rename = "lastActivity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_activity: ::std::option::Option<i32>,
    /// The timestamp of the user's last login to the network, specified in epoch seconds.
    #[serde(
        rename = "lastLogin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_login: ::std::option::Option<i32>,
    /// A list of security group IDs to which the user belongs.
    #[serde(
        rename = "securityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl<'de> ::serde::Deserialize<'de> for GetUserResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetUserResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut user_id = ::std::option::Option::None;
        let mut first_name = ::std::option::Option::None;
        let mut last_name = ::std::option::Option::None;
        let mut username = ::std::option::Option::None;
        let mut is_admin = ::std::option::Option::None;
        let mut suspended = ::std::option::Option::None;
        let mut status = ::std::option::Option::None;
        let mut last_activity = ::std::option::Option::None;
        let mut last_login = ::std::option::Option::None;
        let mut security_group_ids = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "userId" => crate::runtime::field(&mut user_id, &mut __map, "userId")?,
                "firstName" => crate::runtime::field(&mut first_name, &mut __map, "firstName")?,
                "lastName" => crate::runtime::field(&mut last_name, &mut __map, "lastName")?,
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "isAdmin" => crate::runtime::field(&mut is_admin, &mut __map, "isAdmin")?,
                "suspended" => crate::runtime::field(&mut suspended, &mut __map, "suspended")?,
                "status" => crate::runtime::field(&mut status, &mut __map, "status")?,
                "lastActivity" => {
                    crate::runtime::field(&mut last_activity, &mut __map, "lastActivity")?
                }
                "lastLogin" => crate::runtime::field(&mut last_login, &mut __map, "lastLogin")?,
                "securityGroupIds" => {
                    crate::runtime::field(&mut security_group_ids, &mut __map, "securityGroupIds")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetUserResponse {
            user_id: crate::runtime::required(user_id, "userId")?,
            first_name: crate::runtime::optional(first_name),
            last_name: crate::runtime::optional(last_name),
            username: crate::runtime::optional(username),
            is_admin: crate::runtime::optional(is_admin),
            suspended: crate::runtime::optional(suspended),
            status: crate::runtime::optional(status),
            last_activity: crate::runtime::optional(last_activity),
            last_login: crate::runtime::optional(last_login),
            security_group_ids: crate::runtime::optional(security_group_ids),
        })
    }
}
/// Schema `GetUsersCountResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUsersCountResponse {
    /// The number of users with pending status (invited but not yet accepted).
    pub pending: i32,
    /// The number of users with active status in the network.
    pub active: i32,
    /// The number of users who have rejected network invitations.
    pub rejected: i32,
    /// The number of additional users that can be added to the network while maintaining premium free trial eligibility.
    pub remaining: i32,
    /// The total number of users in the network (active and pending combined).
    pub total: i32,
}
impl<'de> ::serde::Deserialize<'de> for GetUsersCountResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GetUsersCountResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut pending = ::std::option::Option::None;
        let mut active = ::std::option::Option::None;
        let mut rejected = ::std::option::Option::None;
        let mut remaining = ::std::option::Option::None;
        let mut total = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "pending" => crate::runtime::field(&mut pending, &mut __map, "pending")?,
                "active" => crate::runtime::field(&mut active, &mut __map, "active")?,
                "rejected" => crate::runtime::field(&mut rejected, &mut __map, "rejected")?,
                "remaining" => crate::runtime::field(&mut remaining, &mut __map, "remaining")?,
                "total" => crate::runtime::field(&mut total, &mut __map, "total")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GetUsersCountResponse {
            pending: crate::runtime::required(pending, "pending")?,
            active: crate::runtime::required(active, "active")?,
            rejected: crate::runtime::required(rejected, "rejected")?,
            remaining: crate::runtime::required(remaining, "remaining")?,
            total: crate::runtime::required(total, "total")?,
        })
    }
}
/// Represents a guest user who has accessed the network from a federated Wickr network.
///
/// Schema `GuestUser`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GuestUser {
    /// The billing period when this guest user accessed the network (e.g., '2024-01').
    #[serde(rename = "billingPeriod")]
    pub billing_period: ::std::string::String,
    /// The username of the guest user.
    pub username: ::std::string::String,
    /// The unique username hash identifier for the guest user.
    #[serde(rename = "usernameHash")]
    pub username_hash: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for GuestUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GuestUser {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut billing_period = ::std::option::Option::None;
        let mut username = ::std::option::Option::None;
        let mut username_hash = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "billingPeriod" => {
                    crate::runtime::field(&mut billing_period, &mut __map, "billingPeriod")?
                }
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "usernameHash" => {
                    crate::runtime::field(&mut username_hash, &mut __map, "usernameHash")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GuestUser {
            billing_period: crate::runtime::required(billing_period, "billingPeriod")?,
            username: crate::runtime::required(username, "username")?,
            username_hash: crate::runtime::required(username_hash, "usernameHash")?,
        })
    }
}
/// Contains the count of guest users for a specific billing period, used for tracking historical guest user activity.
///
/// Schema `GuestUserHistoryCount`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GuestUserHistoryCount {
    /// The month and billing period in YYYY\_MM format (e.g., '2024\_01').
    pub month: ::std::string::String,
    /// The number of guest users who have communicated with your Wickr network during this billing period.
    pub count: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for GuestUserHistoryCount {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for GuestUserHistoryCount {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut month = ::std::option::Option::None;
        let mut count = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "month" => crate::runtime::field(&mut month, &mut __map, "month")?,
                "count" => crate::runtime::field(&mut count, &mut __map, "count")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(GuestUserHistoryCount {
            month: crate::runtime::required(month, "month")?,
            count: crate::runtime::required(count, "count")?,
        })
    }
}
/// An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
///
/// Schema `InternalServerError`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct InternalServerError {
    /// A message describing the internal server error that occurred.
    pub message: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for InternalServerError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for InternalServerError {
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
        ::std::result::Result::Ok(InternalServerError {
            message: crate::runtime::required(message, "message")?,
        })
    }
}
/// Schema `ListBlockedGuestUsersResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListBlockedGuestUsersResponse {
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    #[serde(
        rename = "nextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of blocked guest user objects within the current page.
    pub blocklist: ::std::vec::Vec<BlockedGuestUser>,
}
impl<'de> ::serde::Deserialize<'de> for ListBlockedGuestUsersResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ListBlockedGuestUsersResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut next_token = ::std::option::Option::None;
        let mut blocklist = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "nextToken" => crate::runtime::field(&mut next_token, &mut __map, "nextToken")?,
                "blocklist" => crate::runtime::field(&mut blocklist, &mut __map, "blocklist")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ListBlockedGuestUsersResponse {
            next_token: crate::runtime::optional(next_token),
            blocklist: crate::runtime::required(blocklist, "blocklist")?,
        })
    }
}
/// Schema `ListBotsResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListBotsResponse {
    /// A list of bot objects matching the specified filters and within the current page.
    pub bots: ::std::vec::Vec<Bot>,
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    #[serde(
        rename = "nextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ListBotsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ListBotsResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut bots = ::std::option::Option::None;
        let mut next_token = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "bots" => crate::runtime::field(&mut bots, &mut __map, "bots")?,
                "nextToken" => crate::runtime::field(&mut next_token, &mut __map, "nextToken")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ListBotsResponse {
            bots: crate::runtime::required(bots, "bots")?,
            next_token: crate::runtime::optional(next_token),
        })
    }
}
/// Schema `ListDevicesForUserResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListDevicesForUserResponse {
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    #[serde(
        rename = "nextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of device objects associated with the user within the current page.
    pub devices: ::std::vec::Vec<BasicDeviceObject>,
}
impl<'de> ::serde::Deserialize<'de> for ListDevicesForUserResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ListDevicesForUserResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut next_token = ::std::option::Option::None;
        let mut devices = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "nextToken" => crate::runtime::field(&mut next_token, &mut __map, "nextToken")?,
                "devices" => crate::runtime::field(&mut devices, &mut __map, "devices")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ListDevicesForUserResponse {
            next_token: crate::runtime::optional(next_token),
            devices: crate::runtime::required(devices, "devices")?,
        })
    }
}
/// Schema `ListGuestUsersResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListGuestUsersResponse {
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    #[serde(
        rename = "nextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of guest user objects within the current page.
    pub guestlist: ::std::vec::Vec<GuestUser>,
}
impl<'de> ::serde::Deserialize<'de> for ListGuestUsersResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ListGuestUsersResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut next_token = ::std::option::Option::None;
        let mut guestlist = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "nextToken" => crate::runtime::field(&mut next_token, &mut __map, "nextToken")?,
                "guestlist" => crate::runtime::field(&mut guestlist, &mut __map, "guestlist")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ListGuestUsersResponse {
            next_token: crate::runtime::optional(next_token),
            guestlist: crate::runtime::required(guestlist, "guestlist")?,
        })
    }
}
/// Schema `ListNetworksResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListNetworksResponse {
    /// A list of network objects for the Amazon Web Services account.
    pub networks: ::std::vec::Vec<Network>,
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    #[serde(
        rename = "nextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ListNetworksResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ListNetworksResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut networks = ::std::option::Option::None;
        let mut next_token = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "networks" => crate::runtime::field(&mut networks, &mut __map, "networks")?,
                "nextToken" => crate::runtime::field(&mut next_token, &mut __map, "nextToken")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ListNetworksResponse {
            networks: crate::runtime::required(networks, "networks")?,
            next_token: crate::runtime::optional(next_token),
        })
    }
}
/// Schema `ListSecurityGroupUsersResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListSecurityGroupUsersResponse {
    /// A list of user objects belonging to the security group within the current page.
    pub users: ::std::vec::Vec<User>,
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    #[serde(
        rename = "nextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ListSecurityGroupUsersResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ListSecurityGroupUsersResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut users = ::std::option::Option::None;
        let mut next_token = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "users" => crate::runtime::field(&mut users, &mut __map, "users")?,
                "nextToken" => crate::runtime::field(&mut next_token, &mut __map, "nextToken")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ListSecurityGroupUsersResponse {
            users: crate::runtime::required(users, "users")?,
            next_token: crate::runtime::optional(next_token),
        })
    }
}
/// Schema `ListSecurityGroupsResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListSecurityGroupsResponse {
    /// A list of security group objects in the current page.
    #[serde(
        rename = "securityGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<::std::vec::Vec<SecurityGroup>>,
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    #[serde(
        rename = "nextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ListSecurityGroupsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ListSecurityGroupsResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut security_groups = ::std::option::Option::None;
        let mut next_token = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "securityGroups" => {
                    crate::runtime::field(&mut security_groups, &mut __map, "securityGroups")?
                }
                "nextToken" => crate::runtime::field(&mut next_token, &mut __map, "nextToken")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ListSecurityGroupsResponse {
            security_groups: crate::runtime::optional(security_groups),
            next_token: crate::runtime::optional(next_token),
        })
    }
}
/// Schema `ListUsersResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListUsersResponse {
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    #[serde(
        rename = "nextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of user objects matching the specified filters and within the current page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub users: ::std::option::Option<::std::vec::Vec<User>>,
}
impl<'de> ::serde::Deserialize<'de> for ListUsersResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ListUsersResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut next_token = ::std::option::Option::None;
        let mut users = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "nextToken" => crate::runtime::field(&mut next_token, &mut __map, "nextToken")?,
                "users" => crate::runtime::field(&mut users, &mut __map, "users")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ListUsersResponse {
            next_token: crate::runtime::optional(next_token),
            users: crate::runtime::optional(users),
        })
    }
}
/// Represents a Wickr network with all its configuration and status information.
///
/// Schema `Network`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Network {
    /// The unique identifier of the network.
    #[serde(rename = "networkId")]
    pub network_id: ::std::string::String,
    /// The name of the network.
    #[serde(rename = "networkName")]
    pub network_name: ::std::string::String,
    /// The access level of the network (STANDARD or PREMIUM), which determines available features and capabilities.
    #[serde(rename = "accessLevel")]
    pub access_level: AccessLevel,
    /// The Amazon Web Services account ID that owns the network.
    #[serde(rename = "awsAccountId")]
    pub aws_account_id: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the network.
    #[serde(rename = "networkArn")]
    pub network_arn: ::std::string::String,
    /// The current standing or status of the network.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub standing: ::std::option::Option<i32>,
    /// The expiration date and time for the network's free trial period, if applicable.
    #[serde(
        rename = "freeTrialExpiration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub free_trial_expiration: ::std::option::Option<::std::string::String>,
    /// The SSO redirect URI migration state, managed by the SSO redirect migration wizard. Values: 0 (not started), 1 (in progress), or 2 (completed).
    #[serde(
        rename = "migrationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_state: ::std::option::Option<i32>,
    /// The ARN of the Amazon Web Services KMS customer managed key used for encrypting sensitive data in the network.
    #[serde(
        rename = "encryptionKeyArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Network {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Network {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut network_id = ::std::option::Option::None;
        let mut network_name = ::std::option::Option::None;
        let mut access_level = ::std::option::Option::None;
        let mut aws_account_id = ::std::option::Option::None;
        let mut network_arn = ::std::option::Option::None;
        let mut standing = ::std::option::Option::None;
        let mut free_trial_expiration = ::std::option::Option::None;
        let mut migration_state = ::std::option::Option::None;
        let mut encryption_key_arn = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "networkId" => crate::runtime::field(&mut network_id, &mut __map, "networkId")?,
                "networkName" => {
                    crate::runtime::field(&mut network_name, &mut __map, "networkName")?
                }
                "accessLevel" => {
                    crate::runtime::field(&mut access_level, &mut __map, "accessLevel")?
                }
                "awsAccountId" => {
                    crate::runtime::field(&mut aws_account_id, &mut __map, "awsAccountId")?
                }
                "networkArn" => crate::runtime::field(&mut network_arn, &mut __map, "networkArn")?,
                "standing" => crate::runtime::field(&mut standing, &mut __map, "standing")?,
                "freeTrialExpiration" => crate::runtime::field(
                    &mut free_trial_expiration,
                    &mut __map,
                    "freeTrialExpiration",
                )?,
                "migrationState" => {
                    crate::runtime::field(&mut migration_state, &mut __map, "migrationState")?
                }
                "encryptionKeyArn" => {
                    crate::runtime::field(&mut encryption_key_arn, &mut __map, "encryptionKeyArn")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Network {
            network_id: crate::runtime::required(network_id, "networkId")?,
            network_name: crate::runtime::required(network_name, "networkName")?,
            access_level: crate::runtime::required(access_level, "accessLevel")?,
            aws_account_id: crate::runtime::required(aws_account_id, "awsAccountId")?,
            network_arn: crate::runtime::required(network_arn, "networkArn")?,
            standing: crate::runtime::optional(standing),
            free_trial_expiration: crate::runtime::optional(free_trial_expiration),
            migration_state: crate::runtime::optional(migration_state),
            encryption_key_arn: crate::runtime::optional(encryption_key_arn),
        })
    }
}
/// Contains network-level configuration settings that apply to all users and security groups within a Wickr network.
///
/// Schema `NetworkSettings`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct NetworkSettings {
    /// Allows Wickr clients to send anonymized performance and usage metrics to the Wickr backend server for service improvement and troubleshooting.
    #[serde(
        rename = "enableClientMetrics",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_client_metrics: ::std::option::Option<bool>,
    /// Configuration for read receipts at the network level, controlling the default behavior for whether senders can see when their messages have been read.
    #[serde(
        rename = "readReceiptConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_receipt_config: ::std::option::Option<ReadReceiptConfig>,
    /// Indicates whether the data retention feature is enabled for the network. When true, messages are captured by the data retention bot for compliance and archiving purposes.
    #[serde(
        rename = "dataRetention",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_retention: ::std::option::Option<bool>,
    /// Configuration for OpenTDF integration at the network level, enforcing ABAC decision making when operating in TDF enabled rooms.
    #[serde(
        rename = "enableTrustedDataFormat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_trusted_data_format: ::std::option::Option<bool>,
    /// Consent popup configuration for the network, displayed to users on login.
    #[serde(
        rename = "consentPopup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_popup: ::std::option::Option<ConsentPopupConfig>,
}
impl<'de> ::serde::Deserialize<'de> for NetworkSettings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for NetworkSettings {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut enable_client_metrics = ::std::option::Option::None;
        let mut read_receipt_config = ::std::option::Option::None;
        let mut data_retention = ::std::option::Option::None;
        let mut enable_trusted_data_format = ::std::option::Option::None;
        let mut consent_popup = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "enableClientMetrics" => crate::runtime::field(
                    &mut enable_client_metrics,
                    &mut __map,
                    "enableClientMetrics",
                )?,
                "readReceiptConfig" => crate::runtime::field(
                    &mut read_receipt_config,
                    &mut __map,
                    "readReceiptConfig",
                )?,
                "dataRetention" => {
                    crate::runtime::field(&mut data_retention, &mut __map, "dataRetention")?
                }
                "enableTrustedDataFormat" => crate::runtime::field(
                    &mut enable_trusted_data_format,
                    &mut __map,
                    "enableTrustedDataFormat",
                )?,
                "consentPopup" => {
                    crate::runtime::field(&mut consent_popup, &mut __map, "consentPopup")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(NetworkSettings {
            enable_client_metrics: crate::runtime::optional(enable_client_metrics),
            read_receipt_config: crate::runtime::optional(read_receipt_config),
            data_retention: crate::runtime::optional(data_retention),
            enable_trusted_data_format: crate::runtime::optional(enable_trusted_data_format),
            consent_popup: crate::runtime::optional(consent_popup),
        })
    }
}
/// Contains the OpenID Connect (OIDC) configuration information for Single Sign-On (SSO) authentication, including identity provider settings and client credentials.
///
/// Schema `OidcConfigInfo`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OidcConfigInfo {
    /// The name of the OIDC application as registered with the identity provider.
    #[serde(
        rename = "applicationName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub application_name: ::std::option::Option<::std::string::String>,
    /// The OAuth client ID assigned by the identity provider for authentication requests.
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Custom identifier your end users will use to sign in with SSO.
    #[serde(rename = "companyId")]
    pub company_id: ::std::string::String,
    /// The OAuth scopes requested from the identity provider, which determine what user information is accessible (e.g., 'openid profile email').
    pub scopes: ::std::string::String,
    /// The issuer URL of the identity provider, which serves as the base URL for OIDC endpoints and configuration discovery.
    pub issuer: ::std::string::String,
    /// The OAuth client secret used to authenticate the application with the identity provider.
    #[serde(
        rename = "clientSecret",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// An additional secret credential used by the identity provider for authentication.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secret: ::std::option::Option<::std::string::String>,
    /// The callback URL where the identity provider redirects users after successful authentication. This URL must be registered with the identity provider.
    #[serde(
        rename = "redirectUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redirect_url: ::std::option::Option<::std::string::String>,
    /// The claim field from the OIDC token to use as the unique user identifier (e.g., 'email', 'sub', or a custom claim).
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    /// A custom field mapping to extract the username from the OIDC token when the standard username claim is insufficient.
    #[serde(
        rename = "customUsername",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_username: ::std::option::Option<::std::string::String>,
    /// The X.509 CA certificate for validating SSL/TLS connections to the identity provider when using self-signed or enterprise certificates.
    #[serde(
        rename = "caCertificate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ca_certificate: ::std::option::Option<::std::string::String>,
    /// The unique identifier for the registered OIDC application. Valid range is 1-10.
    #[serde(
        rename = "applicationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub application_id: ::std::option::Option<i32>,
    /// The grace period in minutes before the SSO token expires when the system should proactively refresh the token to maintain seamless user access.
    #[serde(
        rename = "ssoTokenBufferMinutes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sso_token_buffer_minutes: ::std::option::Option<i32>,
    /// Additional authentication parameters to include in the OIDC authorization request as a query string. Useful for provider-specific extensions.
    #[serde(
        rename = "extraAuthParams",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extra_auth_params: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for OidcConfigInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for OidcConfigInfo {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut application_name = ::std::option::Option::None;
        let mut client_id = ::std::option::Option::None;
        let mut company_id = ::std::option::Option::None;
        let mut scopes = ::std::option::Option::None;
        let mut issuer = ::std::option::Option::None;
        let mut client_secret = ::std::option::Option::None;
        let mut secret = ::std::option::Option::None;
        let mut redirect_url = ::std::option::Option::None;
        let mut user_id = ::std::option::Option::None;
        let mut custom_username = ::std::option::Option::None;
        let mut ca_certificate = ::std::option::Option::None;
        let mut application_id = ::std::option::Option::None;
        let mut sso_token_buffer_minutes = ::std::option::Option::None;
        let mut extra_auth_params = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "applicationName" => {
                    crate::runtime::field(&mut application_name, &mut __map, "applicationName")?
                }
                "clientId" => crate::runtime::field(&mut client_id, &mut __map, "clientId")?,
                "companyId" => crate::runtime::field(&mut company_id, &mut __map, "companyId")?,
                "scopes" => crate::runtime::field(&mut scopes, &mut __map, "scopes")?,
                "issuer" => crate::runtime::field(&mut issuer, &mut __map, "issuer")?,
                "clientSecret" => {
                    crate::runtime::field(&mut client_secret, &mut __map, "clientSecret")?
                }
                "secret" => crate::runtime::field(&mut secret, &mut __map, "secret")?,
                "redirectUrl" => {
                    crate::runtime::field(&mut redirect_url, &mut __map, "redirectUrl")?
                }
                "userId" => crate::runtime::field(&mut user_id, &mut __map, "userId")?,
                "customUsername" => {
                    crate::runtime::field(&mut custom_username, &mut __map, "customUsername")?
                }
                "caCertificate" => {
                    crate::runtime::field(&mut ca_certificate, &mut __map, "caCertificate")?
                }
                "applicationId" => {
                    crate::runtime::field(&mut application_id, &mut __map, "applicationId")?
                }
                "ssoTokenBufferMinutes" => crate::runtime::field(
                    &mut sso_token_buffer_minutes,
                    &mut __map,
                    "ssoTokenBufferMinutes",
                )?,
                "extraAuthParams" => {
                    crate::runtime::field(&mut extra_auth_params, &mut __map, "extraAuthParams")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(OidcConfigInfo {
            application_name: crate::runtime::optional(application_name),
            client_id: crate::runtime::optional(client_id),
            company_id: crate::runtime::required(company_id, "companyId")?,
            scopes: crate::runtime::required(scopes, "scopes")?,
            issuer: crate::runtime::required(issuer, "issuer")?,
            client_secret: crate::runtime::optional(client_secret),
            secret: crate::runtime::optional(secret),
            redirect_url: crate::runtime::optional(redirect_url),
            user_id: crate::runtime::optional(user_id),
            custom_username: crate::runtime::optional(custom_username),
            ca_certificate: crate::runtime::optional(ca_certificate),
            application_id: crate::runtime::optional(application_id),
            sso_token_buffer_minutes: crate::runtime::optional(sso_token_buffer_minutes),
            extra_auth_params: crate::runtime::optional(extra_auth_params),
        })
    }
}
/// Contains OAuth token information returned from the identity provider, including access tokens, ID tokens, and PKCE parameters used for secure authentication.
///
/// Schema `OidcTokenInfo`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OidcTokenInfo {
    /// The PKCE (Proof Key for Code Exchange) code verifier, a cryptographically random string used to enhance security in the OAuth flow.
    #[serde(
        rename = "codeVerifier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_verifier: ::std::option::Option<::std::string::String>,
    /// The PKCE code challenge, a transformed version of the code verifier sent during the authorization request for verification.
    #[serde(
        rename = "codeChallenge",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_challenge: ::std::option::Option<::std::string::String>,
    /// The OAuth access token that can be used to access protected resources on behalf of the authenticated user.
    #[serde(
        rename = "accessToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_token: ::std::option::Option<::std::string::String>,
    /// The OpenID Connect ID token containing user identity information and authentication context as a signed JWT.
    #[serde(
        rename = "idToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id_token: ::std::option::Option<::std::string::String>,
    /// The OAuth refresh token that can be used to obtain new access tokens without requiring the user to re-authenticate.
    #[serde(
        rename = "refreshToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refresh_token: ::std::option::Option<::std::string::String>,
    /// The type of access token issued, typically 'Bearer', which indicates how the token should be used in API requests.
    #[serde(
        rename = "tokenType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_type: ::std::option::Option<::std::string::String>,
    /// The lifetime of the access token in seconds, indicating when the token will expire and need to be refreshed.
    #[serde(
        rename = "expiresIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expires_in: ::std::option::Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for OidcTokenInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for OidcTokenInfo {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut code_verifier = ::std::option::Option::None;
        let mut code_challenge = ::std::option::Option::None;
        let mut access_token = ::std::option::Option::None;
        let mut id_token = ::std::option::Option::None;
        let mut refresh_token = ::std::option::Option::None;
        let mut token_type = ::std::option::Option::None;
        let mut expires_in = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "codeVerifier" => {
                    crate::runtime::field(&mut code_verifier, &mut __map, "codeVerifier")?
                }
                "codeChallenge" => {
                    crate::runtime::field(&mut code_challenge, &mut __map, "codeChallenge")?
                }
                "accessToken" => {
                    crate::runtime::field(&mut access_token, &mut __map, "accessToken")?
                }
                "idToken" => crate::runtime::field(&mut id_token, &mut __map, "idToken")?,
                "refreshToken" => {
                    crate::runtime::field(&mut refresh_token, &mut __map, "refreshToken")?
                }
                "tokenType" => crate::runtime::field(&mut token_type, &mut __map, "tokenType")?,
                "expiresIn" => crate::runtime::field(&mut expires_in, &mut __map, "expiresIn")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(OidcTokenInfo {
            code_verifier: crate::runtime::optional(code_verifier),
            code_challenge: crate::runtime::optional(code_challenge),
            access_token: crate::runtime::optional(access_token),
            id_token: crate::runtime::optional(id_token),
            refresh_token: crate::runtime::optional(refresh_token),
            token_type: crate::runtime::optional(token_type),
            expires_in: crate::runtime::optional(expires_in),
        })
    }
}
/// Defines password complexity requirements for users in a security group, including minimum length and character type requirements.
///
/// Schema `PasswordRequirements`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PasswordRequirements {
    /// The minimum number of lowercase letters required in passwords.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lowercase: ::std::option::Option<i32>,
    /// The minimum password length in characters.
    #[serde(
        rename = "minLength",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_length: ::std::option::Option<i32>,
    /// The minimum number of numeric characters required in passwords.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub numbers: ::std::option::Option<i32>,
    /// The minimum number of special symbol characters required in passwords.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub symbols: ::std::option::Option<i32>,
    /// The minimum number of uppercase letters required in passwords.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uppercase: ::std::option::Option<i32>,
}
impl<'de> ::serde::Deserialize<'de> for PasswordRequirements {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for PasswordRequirements {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut lowercase = ::std::option::Option::None;
        let mut min_length = ::std::option::Option::None;
        let mut numbers = ::std::option::Option::None;
        let mut symbols = ::std::option::Option::None;
        let mut uppercase = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "lowercase" => crate::runtime::field(&mut lowercase, &mut __map, "lowercase")?,
                "minLength" => crate::runtime::field(&mut min_length, &mut __map, "minLength")?,
                "numbers" => crate::runtime::field(&mut numbers, &mut __map, "numbers")?,
                "symbols" => crate::runtime::field(&mut symbols, &mut __map, "symbols")?,
                "uppercase" => crate::runtime::field(&mut uppercase, &mut __map, "uppercase")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(PasswordRequirements {
            lowercase: crate::runtime::optional(lowercase),
            min_length: crate::runtime::optional(min_length),
            numbers: crate::runtime::optional(numbers),
            symbols: crate::runtime::optional(symbols),
            uppercase: crate::runtime::optional(uppercase),
        })
    }
}
/// Identifies a Wickr enterprise network that is permitted for global federation, allowing users to communicate with members of the specified network.
///
/// Schema `PermittedWickrEnterpriseNetwork`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PermittedWickrEnterpriseNetwork {
    /// The domain identifier for the permitted Wickr enterprise network.
    pub domain: ::std::string::String,
    /// The network ID of the permitted Wickr enterprise network.
    #[serde(rename = "networkId")]
    pub network_id: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for PermittedWickrEnterpriseNetwork {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for PermittedWickrEnterpriseNetwork {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut domain = ::std::option::Option::None;
        let mut network_id = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "domain" => crate::runtime::field(&mut domain, &mut __map, "domain")?,
                "networkId" => crate::runtime::field(&mut network_id, &mut __map, "networkId")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(PermittedWickrEnterpriseNetwork {
            domain: crate::runtime::required(domain, "domain")?,
            network_id: crate::runtime::required(network_id, "networkId")?,
        })
    }
}
/// The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
///
/// Schema `RateLimitError`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RateLimitError {
    /// A message indicating that the rate limit was exceeded and suggesting when to retry.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RateLimitError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for RateLimitError {
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
        ::std::result::Result::Ok(RateLimitError {
            message: crate::runtime::optional(message),
        })
    }
}
/// Configuration for read receipts at the network level, controlling whether senders can see when their messages have been read.
///
/// Schema `ReadReceiptConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ReadReceiptConfig {
    /// The read receipt status mode for the network.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<Status>,
}
impl<'de> ::serde::Deserialize<'de> for ReadReceiptConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ReadReceiptConfig {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut status = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "status" => crate::runtime::field(&mut status, &mut __map, "status")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ReadReceiptConfig {
            status: crate::runtime::optional(status),
        })
    }
}
/// Schema `RegisterOidcConfigRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RegisterOidcConfigRequestBody {
    /// Custom identifier your end users will use to sign in with SSO.
    #[serde(rename = "companyId")]
    pub company_id: ::std::string::String,
    /// A custom field mapping to extract the username from the OIDC token (optional).
    ///
    /// The customUsername is only required if you use something other than email as the username field.
    #[serde(
        rename = "customUsername",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_username: ::std::option::Option<::std::string::String>,
    /// Additional authentication parameters to include in the OIDC flow (optional).
    #[serde(
        rename = "extraAuthParams",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extra_auth_params: ::std::option::Option<::std::string::String>,
    /// The issuer URL of the OIDC provider (e.g., 'https://login.example.com').
    pub issuer: ::std::string::String,
    /// The OAuth scopes to request from the OIDC provider (e.g., 'openid profile email').
    pub scopes: ::std::string::String,
    /// The client secret for authenticating with the OIDC provider (optional).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secret: ::std::option::Option<::std::string::String>,
    /// The buffer time in minutes before the SSO token expires to refresh it (optional).
    #[serde(
        rename = "ssoTokenBufferMinutes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sso_token_buffer_minutes: ::std::option::Option<i32>,
    /// Unique identifier provided by your identity provider to authenticate the access request. Also referred to as clientID.
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RegisterOidcConfigRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for RegisterOidcConfigRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut company_id = ::std::option::Option::None;
        let mut custom_username = ::std::option::Option::None;
        let mut extra_auth_params = ::std::option::Option::None;
        let mut issuer = ::std::option::Option::None;
        let mut scopes = ::std::option::Option::None;
        let mut secret = ::std::option::Option::None;
        let mut sso_token_buffer_minutes = ::std::option::Option::None;
        let mut user_id = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "companyId" => crate::runtime::field(&mut company_id, &mut __map, "companyId")?,
                "customUsername" => {
                    crate::runtime::field(&mut custom_username, &mut __map, "customUsername")?
                }
                "extraAuthParams" => {
                    crate::runtime::field(&mut extra_auth_params, &mut __map, "extraAuthParams")?
                }
                "issuer" => crate::runtime::field(&mut issuer, &mut __map, "issuer")?,
                "scopes" => crate::runtime::field(&mut scopes, &mut __map, "scopes")?,
                "secret" => crate::runtime::field(&mut secret, &mut __map, "secret")?,
                "ssoTokenBufferMinutes" => crate::runtime::field(
                    &mut sso_token_buffer_minutes,
                    &mut __map,
                    "ssoTokenBufferMinutes",
                )?,
                "userId" => crate::runtime::field(&mut user_id, &mut __map, "userId")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(RegisterOidcConfigRequestBody {
            company_id: crate::runtime::required(company_id, "companyId")?,
            custom_username: crate::runtime::optional(custom_username),
            extra_auth_params: crate::runtime::optional(extra_auth_params),
            issuer: crate::runtime::required(issuer, "issuer")?,
            scopes: crate::runtime::required(scopes, "scopes")?,
            secret: crate::runtime::optional(secret),
            sso_token_buffer_minutes: crate::runtime::optional(sso_token_buffer_minutes),
            user_id: crate::runtime::optional(user_id),
        })
    }
}
/// Schema `RegisterOidcConfigResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RegisterOidcConfigResponse {
    /// The name of the registered OIDC application.
    #[serde(
        rename = "applicationName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub application_name: ::std::option::Option<::std::string::String>,
    /// The OAuth client ID assigned to the application.
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Custom identifier your end users will use to sign in with SSO.
    #[serde(rename = "companyId")]
    pub company_id: ::std::string::String,
    /// The OAuth scopes configured for the application.
    pub scopes: ::std::string::String,
    /// The issuer URL of the OIDC provider.
    pub issuer: ::std::string::String,
    /// The OAuth client secret for the application.
    #[serde(
        rename = "clientSecret",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// The client secret for authenticating with the OIDC provider.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secret: ::std::option::Option<::std::string::String>,
    /// The redirect URL configured for the OAuth flow.
    #[serde(
        rename = "redirectUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redirect_url: ::std::option::Option<::std::string::String>,
    /// The claim field being used as the user identifier.
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    /// The custom field mapping used for extracting the username.
    #[serde(
        rename = "customUsername",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_username: ::std::option::Option<::std::string::String>,
    /// The CA certificate used for secure communication with the OIDC provider.
    #[serde(
        rename = "caCertificate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ca_certificate: ::std::option::Option<::std::string::String>,
    /// The unique identifier for the registered OIDC application.
    #[serde(
        rename = "applicationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub application_id: ::std::option::Option<i32>,
    /// The buffer time in minutes before the SSO token expires.
    #[serde(
        rename = "ssoTokenBufferMinutes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sso_token_buffer_minutes: ::std::option::Option<i32>,
    /// The additional authentication parameters configured for the OIDC flow.
    #[serde(
        rename = "extraAuthParams",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extra_auth_params: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RegisterOidcConfigResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for RegisterOidcConfigResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut application_name = ::std::option::Option::None;
        let mut client_id = ::std::option::Option::None;
        let mut company_id = ::std::option::Option::None;
        let mut scopes = ::std::option::Option::None;
        let mut issuer = ::std::option::Option::None;
        let mut client_secret = ::std::option::Option::None;
        let mut secret = ::std::option::Option::None;
        let mut redirect_url = ::std::option::Option::None;
        let mut user_id = ::std::option::Option::None;
        let mut custom_username = ::std::option::Option::None;
        let mut ca_certificate = ::std::option::Option::None;
        let mut application_id = ::std::option::Option::None;
        let mut sso_token_buffer_minutes = ::std::option::Option::None;
        let mut extra_auth_params = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "applicationName" => {
                    crate::runtime::field(&mut application_name, &mut __map, "applicationName")?
                }
                "clientId" => crate::runtime::field(&mut client_id, &mut __map, "clientId")?,
                "companyId" => crate::runtime::field(&mut company_id, &mut __map, "companyId")?,
                "scopes" => crate::runtime::field(&mut scopes, &mut __map, "scopes")?,
                "issuer" => crate::runtime::field(&mut issuer, &mut __map, "issuer")?,
                "clientSecret" => {
                    crate::runtime::field(&mut client_secret, &mut __map, "clientSecret")?
                }
                "secret" => crate::runtime::field(&mut secret, &mut __map, "secret")?,
                "redirectUrl" => {
                    crate::runtime::field(&mut redirect_url, &mut __map, "redirectUrl")?
                }
                "userId" => crate::runtime::field(&mut user_id, &mut __map, "userId")?,
                "customUsername" => {
                    crate::runtime::field(&mut custom_username, &mut __map, "customUsername")?
                }
                "caCertificate" => {
                    crate::runtime::field(&mut ca_certificate, &mut __map, "caCertificate")?
                }
                "applicationId" => {
                    crate::runtime::field(&mut application_id, &mut __map, "applicationId")?
                }
                "ssoTokenBufferMinutes" => crate::runtime::field(
                    &mut sso_token_buffer_minutes,
                    &mut __map,
                    "ssoTokenBufferMinutes",
                )?,
                "extraAuthParams" => {
                    crate::runtime::field(&mut extra_auth_params, &mut __map, "extraAuthParams")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(RegisterOidcConfigResponse {
            application_name: crate::runtime::optional(application_name),
            client_id: crate::runtime::optional(client_id),
            company_id: crate::runtime::required(company_id, "companyId")?,
            scopes: crate::runtime::required(scopes, "scopes")?,
            issuer: crate::runtime::required(issuer, "issuer")?,
            client_secret: crate::runtime::optional(client_secret),
            secret: crate::runtime::optional(secret),
            redirect_url: crate::runtime::optional(redirect_url),
            user_id: crate::runtime::optional(user_id),
            custom_username: crate::runtime::optional(custom_username),
            ca_certificate: crate::runtime::optional(ca_certificate),
            application_id: crate::runtime::optional(application_id),
            sso_token_buffer_minutes: crate::runtime::optional(sso_token_buffer_minutes),
            extra_auth_params: crate::runtime::optional(extra_auth_params),
        })
    }
}
/// Schema `RegisterOidcConfigTestRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RegisterOidcConfigTestRequestBody {
    /// Additional authentication parameters to include in the test (optional).
    #[serde(
        rename = "extraAuthParams",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extra_auth_params: ::std::option::Option<::std::string::String>,
    /// The issuer URL of the OIDC provider to test.
    pub issuer: ::std::string::String,
    /// The OAuth scopes to test with the OIDC provider.
    pub scopes: ::std::string::String,
    /// The CA certificate for secure communication with the OIDC provider (optional).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for RegisterOidcConfigTestRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for RegisterOidcConfigTestRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut extra_auth_params = ::std::option::Option::None;
        let mut issuer = ::std::option::Option::None;
        let mut scopes = ::std::option::Option::None;
        let mut certificate = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "extraAuthParams" => {
                    crate::runtime::field(&mut extra_auth_params, &mut __map, "extraAuthParams")?
                }
                "issuer" => crate::runtime::field(&mut issuer, &mut __map, "issuer")?,
                "scopes" => crate::runtime::field(&mut scopes, &mut __map, "scopes")?,
                "certificate" => {
                    crate::runtime::field(&mut certificate, &mut __map, "certificate")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(RegisterOidcConfigTestRequestBody {
            extra_auth_params: crate::runtime::optional(extra_auth_params),
            issuer: crate::runtime::required(issuer, "issuer")?,
            scopes: crate::runtime::required(scopes, "scopes")?,
            certificate: crate::runtime::optional(certificate),
        })
    }
}
/// Schema `RegisterOidcConfigTestResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RegisterOidcConfigTestResponse {
    /// The token endpoint URL discovered from the OIDC provider.
    #[serde(
        rename = "tokenEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_endpoint: ::std::option::Option<::std::string::String>,
    /// The user info endpoint URL discovered from the OIDC provider.
    #[serde(
        rename = "userinfoEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub userinfo_endpoint: ::std::option::Option<::std::string::String>,
    /// The OAuth response types supported by the OIDC provider.
    #[serde(
        rename = "responseTypesSupported",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_types_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The OAuth scopes supported by the OIDC provider.
    #[serde(
        rename = "scopesSupported",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scopes_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The issuer URL confirmed by the OIDC provider.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<::std::string::String>,
    /// The authorization endpoint URL discovered from the OIDC provider.
    #[serde(
        rename = "authorizationEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    /// The end session endpoint URL for logging out users from the OIDC provider.
    #[serde(
        rename = "endSessionEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_session_endpoint: ::std::option::Option<::std::string::String>,
    /// The logout endpoint URL for terminating user sessions.
    #[serde(
        rename = "logoutEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logout_endpoint: ::std::option::Option<::std::string::String>,
    /// The OAuth grant types supported by the OIDC provider.
    #[serde(
        rename = "grantTypesSupported",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub grant_types_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The token revocation endpoint URL for invalidating tokens.
    #[serde(
        rename = "revocationEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub revocation_endpoint: ::std::option::Option<::std::string::String>,
    /// The authentication methods supported by the token endpoint.
    #[serde(
        rename = "tokenEndpointAuthMethodsSupported",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_endpoint_auth_methods_supported:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether the provider supports Microsoft multi-refresh tokens.
    #[serde(
        rename = "microsoftMultiRefreshToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub microsoft_multi_refresh_token: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for RegisterOidcConfigTestResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for RegisterOidcConfigTestResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut token_endpoint = ::std::option::Option::None;
        let mut userinfo_endpoint = ::std::option::Option::None;
        let mut response_types_supported = ::std::option::Option::None;
        let mut scopes_supported = ::std::option::Option::None;
        let mut issuer = ::std::option::Option::None;
        let mut authorization_endpoint = ::std::option::Option::None;
        let mut end_session_endpoint = ::std::option::Option::None;
        let mut logout_endpoint = ::std::option::Option::None;
        let mut grant_types_supported = ::std::option::Option::None;
        let mut revocation_endpoint = ::std::option::Option::None;
        let mut token_endpoint_auth_methods_supported = ::std::option::Option::None;
        let mut microsoft_multi_refresh_token = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "tokenEndpoint" => {
                    crate::runtime::field(&mut token_endpoint, &mut __map, "tokenEndpoint")?
                }
                "userinfoEndpoint" => {
                    crate::runtime::field(&mut userinfo_endpoint, &mut __map, "userinfoEndpoint")?
                }
                "responseTypesSupported" => crate::runtime::field(
                    &mut response_types_supported,
                    &mut __map,
                    "responseTypesSupported",
                )?,
                "scopesSupported" => {
                    crate::runtime::field(&mut scopes_supported, &mut __map, "scopesSupported")?
                }
                "issuer" => crate::runtime::field(&mut issuer, &mut __map, "issuer")?,
                "authorizationEndpoint" => crate::runtime::field(
                    &mut authorization_endpoint,
                    &mut __map,
                    "authorizationEndpoint",
                )?,
                "endSessionEndpoint" => crate::runtime::field(
                    &mut end_session_endpoint,
                    &mut __map,
                    "endSessionEndpoint",
                )?,
                "logoutEndpoint" => {
                    crate::runtime::field(&mut logout_endpoint, &mut __map, "logoutEndpoint")?
                }
                "grantTypesSupported" => crate::runtime::field(
                    &mut grant_types_supported,
                    &mut __map,
                    "grantTypesSupported",
                )?,
                "revocationEndpoint" => crate::runtime::field(
                    &mut revocation_endpoint,
                    &mut __map,
                    "revocationEndpoint",
                )?,
                "tokenEndpointAuthMethodsSupported" => crate::runtime::field(
                    &mut token_endpoint_auth_methods_supported,
                    &mut __map,
                    "tokenEndpointAuthMethodsSupported",
                )?,
                "microsoftMultiRefreshToken" => crate::runtime::field(
                    &mut microsoft_multi_refresh_token,
                    &mut __map,
                    "microsoftMultiRefreshToken",
                )?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(RegisterOidcConfigTestResponse {
            token_endpoint: crate::runtime::optional(token_endpoint),
            userinfo_endpoint: crate::runtime::optional(userinfo_endpoint),
            response_types_supported: crate::runtime::optional(response_types_supported),
            scopes_supported: crate::runtime::optional(scopes_supported),
            issuer: crate::runtime::optional(issuer),
            authorization_endpoint: crate::runtime::optional(authorization_endpoint),
            end_session_endpoint: crate::runtime::optional(end_session_endpoint),
            logout_endpoint: crate::runtime::optional(logout_endpoint),
            grant_types_supported: crate::runtime::optional(grant_types_supported),
            revocation_endpoint: crate::runtime::optional(revocation_endpoint),
            token_endpoint_auth_methods_supported: crate::runtime::optional(
                token_endpoint_auth_methods_supported,
            ),
            microsoft_multi_refresh_token: crate::runtime::optional(microsoft_multi_refresh_token),
        })
    }
}
/// Schema `RegisterOpentdfConfigRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RegisterOpentdfConfigRequestBody {
    /// The OIDC client ID used for authenticating with the OpenTDF provider.
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// The OIDC client secret used for authenticating with the OpenTDF provider
    #[serde(rename = "clientSecret")]
    pub client_secret: ::std::string::String,
    /// The domain of the OpenTDF server.
    pub domain: ::std::string::String,
    /// The provider of the OpenTDF platform.
    ///
    /// Currently only Virtru is supported as the OpenTDF provider.
    pub provider: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for RegisterOpentdfConfigRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for RegisterOpentdfConfigRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut client_id = ::std::option::Option::None;
        let mut client_secret = ::std::option::Option::None;
        let mut domain = ::std::option::Option::None;
        let mut provider = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "clientId" => crate::runtime::field(&mut client_id, &mut __map, "clientId")?,
                "clientSecret" => {
                    crate::runtime::field(&mut client_secret, &mut __map, "clientSecret")?
                }
                "domain" => crate::runtime::field(&mut domain, &mut __map, "domain")?,
                "provider" => crate::runtime::field(&mut provider, &mut __map, "provider")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(RegisterOpentdfConfigRequestBody {
            client_id: crate::runtime::required(client_id, "clientId")?,
            client_secret: crate::runtime::required(client_secret, "clientSecret")?,
            domain: crate::runtime::required(domain, "domain")?,
            provider: crate::runtime::required(provider, "provider")?,
        })
    }
}
/// Schema `RegisterOpentdfConfigResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RegisterOpentdfConfigResponse {
    /// The OIDC client ID used for authenticating with the OpenTDF provider.
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// The domain of the OpenTDF server.
    pub domain: ::std::string::String,
    /// The OIDC client secret used for authenticating with the OpenTDF provider.
    #[serde(rename = "clientSecret")]
    pub client_secret: ::std::string::String,
    /// The provider of the OpenTDF platform.
    pub provider: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for RegisterOpentdfConfigResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for RegisterOpentdfConfigResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut client_id = ::std::option::Option::None;
        let mut domain = ::std::option::Option::None;
        let mut client_secret = ::std::option::Option::None;
        let mut provider = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "clientId" => crate::runtime::field(&mut client_id, &mut __map, "clientId")?,
                "domain" => crate::runtime::field(&mut domain, &mut __map, "domain")?,
                "clientSecret" => {
                    crate::runtime::field(&mut client_secret, &mut __map, "clientSecret")?
                }
                "provider" => crate::runtime::field(&mut provider, &mut __map, "provider")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(RegisterOpentdfConfigResponse {
            client_id: crate::runtime::required(client_id, "clientId")?,
            domain: crate::runtime::required(domain, "domain")?,
            client_secret: crate::runtime::required(client_secret, "clientSecret")?,
            provider: crate::runtime::required(provider, "provider")?,
        })
    }
}
/// The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
///
/// Schema `ResourceNotFoundError`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ResourceNotFoundError {
    /// A message identifying which resource was not found.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ResourceNotFoundError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ResourceNotFoundError {
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
        ::std::result::Result::Ok(ResourceNotFoundError {
            message: crate::runtime::optional(message),
        })
    }
}
/// Represents a security group in a Wickr network, containing membership statistics, configuration, and all permission settings that apply to its members.
///
/// Schema `SecurityGroup`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SecurityGroup {
    /// The number of active user members currently in the security group.
    #[serde(rename = "activeMembers")]
    pub active_members: i32,
    /// The number of bot members currently in the security group.
    #[serde(rename = "botMembers")]
    pub bot_members: i32,
    /// The GUID of the Active Directory group associated with this security group, if synchronized with LDAP.
    #[serde(
        rename = "activeDirectoryGuid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_directory_guid: ::std::option::Option<::std::string::String>,
    /// The unique identifier of the security group.
    pub id: ::std::string::String,
    /// Indicates whether this is the default security group for the network. Each network has only one default group.
    #[serde(rename = "isDefault")]
    pub is_default: bool,
    /// The human-readable name of the security group.
    pub name: ::std::string::String,
    /// The timestamp when the security group was last modified, specified in epoch seconds.
    pub modified: i32,
    /// The comprehensive configuration settings that define capabilities and restrictions for members of this security group.
    #[serde(rename = "securityGroupSettings")]
    pub security_group_settings: SecurityGroupSettings,
}
impl<'de> ::serde::Deserialize<'de> for SecurityGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for SecurityGroup {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut active_members = ::std::option::Option::None;
        let mut bot_members = ::std::option::Option::None;
        let mut active_directory_guid = ::std::option::Option::None;
        let mut id = ::std::option::Option::None;
        let mut is_default = ::std::option::Option::None;
        let mut name = ::std::option::Option::None;
        let mut modified = ::std::option::Option::None;
        let mut security_group_settings = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "activeMembers" => {
                    crate::runtime::field(&mut active_members, &mut __map, "activeMembers")?
                }
                "botMembers" => crate::runtime::field(&mut bot_members, &mut __map, "botMembers")?,
                "activeDirectoryGuid" => crate::runtime::field(
                    &mut active_directory_guid,
                    &mut __map,
                    "activeDirectoryGuid",
                )?,
                "id" => crate::runtime::field(&mut id, &mut __map, "id")?,
                "isDefault" => crate::runtime::field(&mut is_default, &mut __map, "isDefault")?,
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                "modified" => crate::runtime::field(&mut modified, &mut __map, "modified")?,
                "securityGroupSettings" => crate::runtime::field(
                    &mut security_group_settings,
                    &mut __map,
                    "securityGroupSettings",
                )?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(SecurityGroup {
            active_members: crate::runtime::required(active_members, "activeMembers")?,
            bot_members: crate::runtime::required(bot_members, "botMembers")?,
            active_directory_guid: crate::runtime::optional(active_directory_guid),
            id: crate::runtime::required(id, "id")?,
            is_default: crate::runtime::required(is_default, "isDefault")?,
            name: crate::runtime::required(name, "name")?,
            modified: crate::runtime::required(modified, "modified")?,
            security_group_settings: crate::runtime::required(
                security_group_settings,
                "securityGroupSettings",
            )?,
        })
    }
}
/// Comprehensive configuration settings that define all user capabilities, restrictions, and features for members of a security group. These settings control everything from calling permissions to federation settings to security policies.
///
/// Schema `SecurityGroupSettings`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SecurityGroupSettings {
    /// Requires users to reauthenticate every time they return to the application, providing an additional layer of security.
    #[serde(
        rename = "alwaysReauthenticate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub always_reauthenticate: ::std::option::Option<bool>,
    /// Configuration values for ATAK (Android Team Awareness Kit) package integration, when ATAK is enabled.
    #[serde(
        rename = "atakPackageValues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub atak_package_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The calling feature permissions and settings that control what types of calls users can initiate and participate in.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub calling: ::std::option::Option<CallingSettings>,
    /// Enables automatic checking for Wickr client updates to ensure users stay current with the latest version.
    #[serde(
        rename = "checkForUpdates",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub check_for_updates: ::std::option::Option<bool>,
    /// Enables ATAK (Android Team Awareness Kit) integration for tactical communication and situational awareness.
    #[serde(
        rename = "enableAtak",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_atak: ::std::option::Option<bool>,
    /// Allow users to report crashes.
    #[serde(
        rename = "enableCrashReports",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_crash_reports: ::std::option::Option<bool>,
    /// Specifies whether users can download files from messages to their devices.
    #[serde(
        rename = "enableFileDownload",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_file_download: ::std::option::Option<bool>,
    /// Allows users to communicate with guest users from other Wickr networks and federated external networks.
    #[serde(
        rename = "enableGuestFederation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_guest_federation: ::std::option::Option<bool>,
    /// Enables message preview text in push notifications, allowing users to see message content before opening the app.
    #[serde(
        rename = "enableNotificationPreview",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_notification_preview: ::std::option::Option<bool>,
    /// Allow users to avoid censorship when they are geo-blocked or have network limitations.
    #[serde(
        rename = "enableOpenAccessOption",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_open_access_option: ::std::option::Option<bool>,
    /// Enables restricted global federation, limiting external communication to only specified permitted networks.
    #[serde(
        rename = "enableRestrictedGlobalFederation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_restricted_global_federation: ::std::option::Option<bool>,
    /// Enables file sharing capabilities, allowing users to send and receive files in conversations.
    #[serde(
        rename = "filesEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub files_enabled: ::std::option::Option<bool>,
    /// Defines the number of failed login attempts before data stored on the device is reset. Should be less than lockoutThreshold.
    #[serde(
        rename = "forceDeviceLockout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_device_lockout: ::std::option::Option<i32>,
    /// Automatically enable and enforce Wickr open access on all devices. Valid only if enableOpenAccessOption settings is enabled.
    #[serde(
        rename = "forceOpenAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_open_access: ::std::option::Option<bool>,
    /// Allow user approved bots to read messages in rooms without using a slash command.
    #[serde(
        rename = "forceReadReceipts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_read_receipts: ::std::option::Option<bool>,
    /// Allows users to communicate with users on other Wickr instances (Wickr Enterprise) outside the current network.
    #[serde(
        rename = "globalFederation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_federation: ::std::option::Option<bool>,
    /// Enforces a two-factor authentication when a user adds a new device to their account.
    #[serde(
        rename = "isAtoEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_ato_enabled: ::std::option::Option<bool>,
    /// Enables automatic preview of links shared in messages, showing webpage thumbnails and descriptions.
    #[serde(
        rename = "isLinkPreviewEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_link_preview_enabled: ::std::option::Option<bool>,
    /// Allows map integration in location sharing, enabling users to view shared locations on interactive maps. Only allowed when location setting is enabled.
    #[serde(
        rename = "locationAllowMaps",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub location_allow_maps: ::std::option::Option<bool>,
    /// Enables location sharing features, allowing users to share their current location with others.
    #[serde(
        rename = "locationEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub location_enabled: ::std::option::Option<bool>,
    /// The maximum file size in bytes that will be automatically downloaded without user confirmation. Only allowed if fileDownload is enabled. Valid Values \[512000 (low\_quality), 7340032 (high\_quality) \]
    #[serde(
        rename = "maxAutoDownloadSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_auto_download_size: ::std::option::Option<i64>,
    /// The maximum burn-on-read (BOR) time in seconds, which determines how long messages remain visible before auto-deletion after being read.
    #[serde(
        rename = "maxBor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_bor: ::std::option::Option<i32>,
    /// The maximum time-to-live (TTL) in seconds for messages, after which they will be automatically deleted from all devices.
    #[serde(
        rename = "maxTtl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_ttl: ::std::option::Option<i64>,
    /// Enables message forwarding, allowing users to forward messages from one conversation to another.
    #[serde(
        rename = "messageForwardingEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message_forwarding_enabled: ::std::option::Option<bool>,
    /// The password complexity requirements that users must follow when creating or changing passwords.
    #[serde(
        rename = "passwordRequirements",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_requirements: ::std::option::Option<PasswordRequirements>,
    /// Enables presence indicators that show whether users are online, away, or offline.
    #[serde(
        rename = "presenceEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub presence_enabled: ::std::option::Option<bool>,
    /// A list of pre-defined quick response message templates that users can send with a single tap.
    #[serde(
        rename = "quickResponses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quick_responses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Users will get a master recovery key that can be used to securely sign in to their Wickr account without having access to their primary device for authentication. Available in SSO enabled network.
    #[serde(
        rename = "showMasterRecoveryKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_master_recovery_key: ::std::option::Option<bool>,
    /// The message shredder configuration that controls secure deletion of messages and files from devices.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub shredder: ::std::option::Option<ShredderSettings>,
    /// The duration for which users SSO session remains inactive before automatically logging them out for security. Available in SSO enabled network.
    #[serde(
        rename = "ssoMaxIdleMinutes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sso_max_idle_minutes: ::std::option::Option<i32>,
    /// Maximum session duration in minutes for non-SSO users. Set to 0 to disable. Valid range is 60 to 525600 (1 hour to 365 days).
    #[serde(
        rename = "maxNonSsoSessionMinutes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_non_sso_session_minutes: ::std::option::Option<i32>,
    /// The local federation mode controlling how users can communicate with other networks. Values: 0 (none), 1 (federated), 2 (restricted).
    #[serde(
        rename = "federationMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub federation_mode: ::std::option::Option<i32>,
    /// The number of failed password attempts before a user account is locked out.
    #[serde(
        rename = "lockoutThreshold",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lockout_threshold: ::std::option::Option<i32>,
    /// A list of network IDs that are permitted for local federation when federation mode is set to restricted.
    #[serde(
        rename = "permittedNetworks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permitted_networks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A list of permitted Wickr networks for global federation, restricting communication to specific approved networks.
    #[serde(
        rename = "permittedWickrAwsNetworks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permitted_wickr_aws_networks: ::std::option::Option<::std::vec::Vec<WickrAwsNetworks>>,
    /// A list of permitted Wickr Enterprise networks for global federation, restricting communication to specific approved networks.
    #[serde(
        rename = "permittedWickrEnterpriseNetworks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permitted_wickr_enterprise_networks:
        ::std::option::Option<::std::vec::Vec<PermittedWickrEnterpriseNetwork>>,
}
impl<'de> ::serde::Deserialize<'de> for SecurityGroupSettings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for SecurityGroupSettings {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut always_reauthenticate = ::std::option::Option::None;
        let mut atak_package_values = ::std::option::Option::None;
        let mut calling = ::std::option::Option::None;
        let mut check_for_updates = ::std::option::Option::None;
        let mut enable_atak = ::std::option::Option::None;
        let mut enable_crash_reports = ::std::option::Option::None;
        let mut enable_file_download = ::std::option::Option::None;
        let mut enable_guest_federation = ::std::option::Option::None;
        let mut enable_notification_preview = ::std::option::Option::None;
        let mut enable_open_access_option = ::std::option::Option::None;
        let mut enable_restricted_global_federation = ::std::option::Option::None;
        let mut files_enabled = ::std::option::Option::None;
        let mut force_device_lockout = ::std::option::Option::None;
        let mut force_open_access = ::std::option::Option::None;
        let mut force_read_receipts = ::std::option::Option::None;
        let mut global_federation = ::std::option::Option::None;
        let mut is_ato_enabled = ::std::option::Option::None;
        let mut is_link_preview_enabled = ::std::option::Option::None;
        let mut location_allow_maps = ::std::option::Option::None;
        let mut location_enabled = ::std::option::Option::None;
        let mut max_auto_download_size = ::std::option::Option::None;
        let mut max_bor = ::std::option::Option::None;
        let mut max_ttl = ::std::option::Option::None;
        let mut message_forwarding_enabled = ::std::option::Option::None;
        let mut password_requirements = ::std::option::Option::None;
        let mut presence_enabled = ::std::option::Option::None;
        let mut quick_responses = ::std::option::Option::None;
        let mut show_master_recovery_key = ::std::option::Option::None;
        let mut shredder = ::std::option::Option::None;
        let mut sso_max_idle_minutes = ::std::option::Option::None;
        let mut max_non_sso_session_minutes = ::std::option::Option::None;
        let mut federation_mode = ::std::option::Option::None;
        let mut lockout_threshold = ::std::option::Option::None;
        let mut permitted_networks = ::std::option::Option::None;
        let mut permitted_wickr_aws_networks = ::std::option::Option::None;
        let mut permitted_wickr_enterprise_networks = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "alwaysReauthenticate" => crate::runtime::field(
                    &mut always_reauthenticate,
                    &mut __map,
                    "alwaysReauthenticate",
                )?,
                "atakPackageValues" => crate::runtime::field(
                    &mut atak_package_values,
                    &mut __map,
                    "atakPackageValues",
                )?,
                "calling" => crate::runtime::field(&mut calling, &mut __map, "calling")?,
                "checkForUpdates" => {
                    crate::runtime::field(&mut check_for_updates, &mut __map, "checkForUpdates")?
                }
                "enableAtak" => crate::runtime::field(&mut enable_atak, &mut __map, "enableAtak")?,
                "enableCrashReports" => crate::runtime::field(
                    &mut enable_crash_reports,
                    &mut __map,
                    "enableCrashReports",
                )?,
                "enableFileDownload" => crate::runtime::field(
                    &mut enable_file_download,
                    &mut __map,
                    "enableFileDownload",
                )?,
                "enableGuestFederation" => crate::runtime::field(
                    &mut enable_guest_federation,
                    &mut __map,
                    "enableGuestFederation",
                )?,
                "enableNotificationPreview" => crate::runtime::field(
                    &mut enable_notification_preview,
                    &mut __map,
                    "enableNotificationPreview",
                )?,
                "enableOpenAccessOption" => crate::runtime::field(
                    &mut enable_open_access_option,
                    &mut __map,
                    "enableOpenAccessOption",
                )?,
                "enableRestrictedGlobalFederation" => crate::runtime::field(
                    &mut enable_restricted_global_federation,
                    &mut __map,
                    "enableRestrictedGlobalFederation",
                )?,
                "filesEnabled" => {
                    crate::runtime::field(&mut files_enabled, &mut __map, "filesEnabled")?
                }
                "forceDeviceLockout" => crate::runtime::field(
                    &mut force_device_lockout,
                    &mut __map,
                    "forceDeviceLockout",
                )?,
                "forceOpenAccess" => {
                    crate::runtime::field(&mut force_open_access, &mut __map, "forceOpenAccess")?
                }
                "forceReadReceipts" => crate::runtime::field(
                    &mut force_read_receipts,
                    &mut __map,
                    "forceReadReceipts",
                )?,
                "globalFederation" => {
                    crate::runtime::field(&mut global_federation, &mut __map, "globalFederation")?
                }
                "isAtoEnabled" => {
                    crate::runtime::field(&mut is_ato_enabled, &mut __map, "isAtoEnabled")?
                }
                "isLinkPreviewEnabled" => crate::runtime::field(
                    &mut is_link_preview_enabled,
                    &mut __map,
                    "isLinkPreviewEnabled",
                )?,
                "locationAllowMaps" => crate::runtime::field(
                    &mut location_allow_maps,
                    &mut __map,
                    "locationAllowMaps",
                )?,
                "locationEnabled" => {
                    crate::runtime::field(&mut location_enabled, &mut __map, "locationEnabled")?
                }
                "maxAutoDownloadSize" => crate::runtime::field(
                    &mut max_auto_download_size,
                    &mut __map,
                    "maxAutoDownloadSize",
                )?,
                "maxBor" => crate::runtime::field(&mut max_bor, &mut __map, "maxBor")?,
                "maxTtl" => crate::runtime::field(&mut max_ttl, &mut __map, "maxTtl")?,
                "messageForwardingEnabled" => crate::runtime::field(
                    &mut message_forwarding_enabled,
                    &mut __map,
                    "messageForwardingEnabled",
                )?,
                "passwordRequirements" => crate::runtime::field(
                    &mut password_requirements,
                    &mut __map,
                    "passwordRequirements",
                )?,
                "presenceEnabled" => {
                    crate::runtime::field(&mut presence_enabled, &mut __map, "presenceEnabled")?
                }
                "quickResponses" => {
                    crate::runtime::field(&mut quick_responses, &mut __map, "quickResponses")?
                }
                "showMasterRecoveryKey" => crate::runtime::field(
                    &mut show_master_recovery_key,
                    &mut __map,
                    "showMasterRecoveryKey",
                )?,
                "shredder" => crate::runtime::field(&mut shredder, &mut __map, "shredder")?,
                "ssoMaxIdleMinutes" => crate::runtime::field(
                    &mut sso_max_idle_minutes,
                    &mut __map,
                    "ssoMaxIdleMinutes",
                )?,
                "maxNonSsoSessionMinutes" => crate::runtime::field(
                    &mut max_non_sso_session_minutes,
                    &mut __map,
                    "maxNonSsoSessionMinutes",
                )?,
                "federationMode" => {
                    crate::runtime::field(&mut federation_mode, &mut __map, "federationMode")?
                }
                "lockoutThreshold" => {
                    crate::runtime::field(&mut lockout_threshold, &mut __map, "lockoutThreshold")?
                }
                "permittedNetworks" => {
                    crate::runtime::field(&mut permitted_networks, &mut __map, "permittedNetworks")?
                }
                "permittedWickrAwsNetworks" => crate::runtime::field(
                    &mut permitted_wickr_aws_networks,
                    &mut __map,
                    "permittedWickrAwsNetworks",
                )?,
                "permittedWickrEnterpriseNetworks" => crate::runtime::field(
                    &mut permitted_wickr_enterprise_networks,
                    &mut __map,
                    "permittedWickrEnterpriseNetworks",
                )?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(SecurityGroupSettings {
            always_reauthenticate: crate::runtime::optional(always_reauthenticate),
            atak_package_values: crate::runtime::optional(atak_package_values),
            calling: crate::runtime::optional(calling),
            check_for_updates: crate::runtime::optional(check_for_updates),
            enable_atak: crate::runtime::optional(enable_atak),
            enable_crash_reports: crate::runtime::optional(enable_crash_reports),
            enable_file_download: crate::runtime::optional(enable_file_download),
            enable_guest_federation: crate::runtime::optional(enable_guest_federation),
            enable_notification_preview: crate::runtime::optional(enable_notification_preview),
            enable_open_access_option: crate::runtime::optional(enable_open_access_option),
            enable_restricted_global_federation: crate::runtime::optional(
                enable_restricted_global_federation,
            ),
            files_enabled: crate::runtime::optional(files_enabled),
            force_device_lockout: crate::runtime::optional(force_device_lockout),
            force_open_access: crate::runtime::optional(force_open_access),
            force_read_receipts: crate::runtime::optional(force_read_receipts),
            global_federation: crate::runtime::optional(global_federation),
            is_ato_enabled: crate::runtime::optional(is_ato_enabled),
            is_link_preview_enabled: crate::runtime::optional(is_link_preview_enabled),
            location_allow_maps: crate::runtime::optional(location_allow_maps),
            location_enabled: crate::runtime::optional(location_enabled),
            max_auto_download_size: crate::runtime::optional(max_auto_download_size),
            max_bor: crate::runtime::optional(max_bor),
            max_ttl: crate::runtime::optional(max_ttl),
            message_forwarding_enabled: crate::runtime::optional(message_forwarding_enabled),
            password_requirements: crate::runtime::optional(password_requirements),
            presence_enabled: crate::runtime::optional(presence_enabled),
            quick_responses: crate::runtime::optional(quick_responses),
            show_master_recovery_key: crate::runtime::optional(show_master_recovery_key),
            shredder: crate::runtime::optional(shredder),
            sso_max_idle_minutes: crate::runtime::optional(sso_max_idle_minutes),
            max_non_sso_session_minutes: crate::runtime::optional(max_non_sso_session_minutes),
            federation_mode: crate::runtime::optional(federation_mode),
            lockout_threshold: crate::runtime::optional(lockout_threshold),
            permitted_networks: crate::runtime::optional(permitted_networks),
            permitted_wickr_aws_networks: crate::runtime::optional(permitted_wickr_aws_networks),
            permitted_wickr_enterprise_networks: crate::runtime::optional(
                permitted_wickr_enterprise_networks,
            ),
        })
    }
}
/// Contains the security group configuration settings that can be specified when creating or updating a security group. This is a subset of SecurityGroupSettings containing only the modifiable federation and security settings.
///
/// Schema `SecurityGroupSettingsRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SecurityGroupSettingsRequest {
    /// The number of failed password attempts before a user account is locked out.
    #[serde(
        rename = "lockoutThreshold",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lockout_threshold: ::std::option::Option<i32>,
    /// A list of network IDs that are permitted for local federation when federation mode is set to restricted.
    #[serde(
        rename = "permittedNetworks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permitted_networks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Guest users let you work with people outside your organization that only have limited access to Wickr. Only valid when federationMode is set to Global.
    #[serde(
        rename = "enableGuestFederation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_guest_federation: ::std::option::Option<bool>,
    /// Allow users to securely federate with all Amazon Web Services Wickr networks and Amazon Web Services Enterprise networks.
    #[serde(
        rename = "globalFederation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub global_federation: ::std::option::Option<bool>,
    /// The local federation mode. Values: 0 (none), 1 (federated - all networks), 2 (restricted - only permitted networks).
    #[serde(
        rename = "federationMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub federation_mode: ::std::option::Option<i32>,
    /// Enables restricted global federation to limit communication to specific permitted networks only. Requires globalFederation to be enabled.
    #[serde(
        rename = "enableRestrictedGlobalFederation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_restricted_global_federation: ::std::option::Option<bool>,
    /// A list of permitted Amazon Web Services Wickr networks for restricted global federation.
    #[serde(
        rename = "permittedWickrAwsNetworks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permitted_wickr_aws_networks: ::std::option::Option<::std::vec::Vec<WickrAwsNetworks>>,
    /// A list of permitted Wickr Enterprise networks for restricted global federation.
    #[serde(
        rename = "permittedWickrEnterpriseNetworks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permitted_wickr_enterprise_networks:
        ::std::option::Option<::std::vec::Vec<PermittedWickrEnterpriseNetwork>>,
}
impl<'de> ::serde::Deserialize<'de> for SecurityGroupSettingsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for SecurityGroupSettingsRequest {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut lockout_threshold = ::std::option::Option::None;
        let mut permitted_networks = ::std::option::Option::None;
        let mut enable_guest_federation = ::std::option::Option::None;
        let mut global_federation = ::std::option::Option::None;
        let mut federation_mode = ::std::option::Option::None;
        let mut enable_restricted_global_federation = ::std::option::Option::None;
        let mut permitted_wickr_aws_networks = ::std::option::Option::None;
        let mut permitted_wickr_enterprise_networks = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "lockoutThreshold" => {
                    crate::runtime::field(&mut lockout_threshold, &mut __map, "lockoutThreshold")?
                }
                "permittedNetworks" => {
                    crate::runtime::field(&mut permitted_networks, &mut __map, "permittedNetworks")?
                }
                "enableGuestFederation" => crate::runtime::field(
                    &mut enable_guest_federation,
                    &mut __map,
                    "enableGuestFederation",
                )?,
                "globalFederation" => {
                    crate::runtime::field(&mut global_federation, &mut __map, "globalFederation")?
                }
                "federationMode" => {
                    crate::runtime::field(&mut federation_mode, &mut __map, "federationMode")?
                }
                "enableRestrictedGlobalFederation" => crate::runtime::field(
                    &mut enable_restricted_global_federation,
                    &mut __map,
                    "enableRestrictedGlobalFederation",
                )?,
                "permittedWickrAwsNetworks" => crate::runtime::field(
                    &mut permitted_wickr_aws_networks,
                    &mut __map,
                    "permittedWickrAwsNetworks",
                )?,
                "permittedWickrEnterpriseNetworks" => crate::runtime::field(
                    &mut permitted_wickr_enterprise_networks,
                    &mut __map,
                    "permittedWickrEnterpriseNetworks",
                )?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(SecurityGroupSettingsRequest {
            lockout_threshold: crate::runtime::optional(lockout_threshold),
            permitted_networks: crate::runtime::optional(permitted_networks),
            enable_guest_federation: crate::runtime::optional(enable_guest_federation),
            global_federation: crate::runtime::optional(global_federation),
            federation_mode: crate::runtime::optional(federation_mode),
            enable_restricted_global_federation: crate::runtime::optional(
                enable_restricted_global_federation,
            ),
            permitted_wickr_aws_networks: crate::runtime::optional(permitted_wickr_aws_networks),
            permitted_wickr_enterprise_networks: crate::runtime::optional(
                permitted_wickr_enterprise_networks,
            ),
        })
    }
}
/// Represents a single network-level configuration setting with its name, value, and data type. Settings control network-wide behaviors and features.
///
/// Schema `Setting`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Setting {
    /// The name of the network setting (e.g., 'enableClientMetrics', 'dataRetention').
    #[serde(rename = "optionName")]
    pub option_name: ::std::string::String,
    /// The current value of the setting as a string. Boolean values are represented as 'true' or 'false'.
    pub value: ::std::string::String,
    /// The data type of the setting value (e.g., 'boolean', 'string', 'number').
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for Setting {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for Setting {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut option_name = ::std::option::Option::None;
        let mut value = ::std::option::Option::None;
        let mut type_ = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "optionName" => crate::runtime::field(&mut option_name, &mut __map, "optionName")?,
                "value" => crate::runtime::field(&mut value, &mut __map, "value")?,
                "type" => crate::runtime::field(&mut type_, &mut __map, "type")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(Setting {
            option_name: crate::runtime::required(option_name, "optionName")?,
            value: crate::runtime::required(value, "value")?,
            type_: crate::runtime::required(type_, "type")?,
        })
    }
}
/// Configuration for the Wickr shredder feature, which writes random data over free memory and disk space on client devices. You can configure your Wickr shredder intensity using the parameters below.
///
/// Secure Shredder will not write over files that are permanently stored on the device or saved outside of the Wickr client. Wickr Network Administrators are able to disable file downloads within Security Group Settings.
///
/// Schema `ShredderSettings`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ShredderSettings {
    /// Specifies whether users can manually trigger the shredder to delete content.
    #[serde(
        rename = "canProcessManually",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_process_manually: ::std::option::Option<bool>,
    /// Controls the rate (MB/minute) at which the shredder function runs on clients. Valid Values: Must be one of \[0, 20, 60, 100\].
    ///
    /// A higher intensity setting could lead to higher battery usage on mobile devices.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub intensity: ::std::option::Option<i32>,
}
impl<'de> ::serde::Deserialize<'de> for ShredderSettings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ShredderSettings {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut can_process_manually = ::std::option::Option::None;
        let mut intensity = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "canProcessManually" => crate::runtime::field(
                    &mut can_process_manually,
                    &mut __map,
                    "canProcessManually",
                )?,
                "intensity" => crate::runtime::field(&mut intensity, &mut __map, "intensity")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ShredderSettings {
            can_process_manually: crate::runtime::optional(can_process_manually),
            intensity: crate::runtime::optional(intensity),
        })
    }
}
/// Schema `SortDirection`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SortDirection {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
}
impl SortDirection {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
        }
    }
}
impl ::std::fmt::Display for SortDirection {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SortDirection {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SortDirection {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        match value.as_str() {
            "ASC" => Ok(Self::Asc),
            "DESC" => Ok(Self::Desc),
            other => Err(D::Error::unknown_variant(other, &["ASC", "DESC"])),
        }
    }
}
/// Schema `Status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// `FORCE_ENABLED`
    ForceEnabled,
}
impl Status {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::ForceEnabled => "FORCE_ENABLED",
        }
    }
}
impl ::std::fmt::Display for Status {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for Status {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Status {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        match value.as_str() {
            "DISABLED" => Ok(Self::Disabled),
            "ENABLED" => Ok(Self::Enabled),
            "FORCE_ENABLED" => Ok(Self::ForceEnabled),
            other => Err(D::Error::unknown_variant(
                other,
                &["DISABLED", "ENABLED", "FORCE_ENABLED"],
            )),
        }
    }
}
/// The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
///
/// Schema `UnauthorizedError`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UnauthorizedError {
    /// A message explaining why the authentication failed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for UnauthorizedError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UnauthorizedError {
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
        ::std::result::Result::Ok(UnauthorizedError {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `UpdateBotRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateBotRequestBody {
    /// The new display name for the bot.
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The ID of the new security group to assign the bot to.
    #[serde(
        rename = "groupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_id: ::std::option::Option<::std::string::String>,
    /// The new password for the bot account.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub challenge: ::std::option::Option<::std::string::String>,
    /// Set to true to suspend the bot or false to unsuspend it. Omit this field for standard updates that don't affect suspension status.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub suspend: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateBotRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateBotRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut display_name = ::std::option::Option::None;
        let mut group_id = ::std::option::Option::None;
        let mut challenge = ::std::option::Option::None;
        let mut suspend = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "displayName" => {
                    crate::runtime::field(&mut display_name, &mut __map, "displayName")?
                }
                "groupId" => crate::runtime::field(&mut group_id, &mut __map, "groupId")?,
                "challenge" => crate::runtime::field(&mut challenge, &mut __map, "challenge")?,
                "suspend" => crate::runtime::field(&mut suspend, &mut __map, "suspend")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateBotRequestBody {
            display_name: crate::runtime::optional(display_name),
            group_id: crate::runtime::optional(group_id),
            challenge: crate::runtime::optional(challenge),
            suspend: crate::runtime::optional(suspend),
        })
    }
}
/// Schema `UpdateBotResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateBotResponse {
    /// A message indicating the result of the bot update operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateBotResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateBotResponse {
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
        ::std::result::Result::Ok(UpdateBotResponse {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `UpdateDataRetentionRequestBody`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UpdateDataRetentionRequestBody {
    /// The action to perform. Valid values are 'ENABLE' (to enable the data retention service), 'DISABLE' (to disable the service), or 'PUBKEY\_MSG\_ACK' (to acknowledge the public key message).
    #[serde(rename = "actionType")]
    pub action_type: DataRetentionActionType,
}
impl<'de> ::serde::Deserialize<'de> for UpdateDataRetentionRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateDataRetentionRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut action_type = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "actionType" => crate::runtime::field(&mut action_type, &mut __map, "actionType")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateDataRetentionRequestBody {
            action_type: crate::runtime::required(action_type, "actionType")?,
        })
    }
}
/// Schema `UpdateDataRetentionResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateDataRetentionResponse {
    /// A message indicating the result of the update operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateDataRetentionResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateDataRetentionResponse {
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
        ::std::result::Result::Ok(UpdateDataRetentionResponse {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `UpdateGuestUserRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateGuestUserRequestBody {
    /// Set to true to block the guest user or false to unblock them.
    pub block: bool,
}
impl<'de> ::serde::Deserialize<'de> for UpdateGuestUserRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateGuestUserRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut block = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "block" => crate::runtime::field(&mut block, &mut __map, "block")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateGuestUserRequestBody {
            block: crate::runtime::required(block, "block")?,
        })
    }
}
/// Schema `UpdateGuestUserResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateGuestUserResponse {
    /// A message indicating the result of the update operation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateGuestUserResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateGuestUserResponse {
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
        ::std::result::Result::Ok(UpdateGuestUserResponse {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `UpdateNetworkRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateNetworkRequestBody {
    /// The new name for the network. Must be between 1 and 20 characters.
    #[serde(rename = "networkName")]
    pub network_name: ::std::string::String,
    /// The ARN of the Amazon Web Services KMS customer managed key to use for encrypting sensitive data in the network.
    #[serde(
        rename = "encryptionKeyArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateNetworkRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateNetworkRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut network_name = ::std::option::Option::None;
        let mut encryption_key_arn = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "networkName" => {
                    crate::runtime::field(&mut network_name, &mut __map, "networkName")?
                }
                "encryptionKeyArn" => {
                    crate::runtime::field(&mut encryption_key_arn, &mut __map, "encryptionKeyArn")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateNetworkRequestBody {
            network_name: crate::runtime::required(network_name, "networkName")?,
            encryption_key_arn: crate::runtime::optional(encryption_key_arn),
        })
    }
}
/// Schema `UpdateNetworkResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateNetworkResponse {
    /// A message indicating that the network was updated successfully.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateNetworkResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateNetworkResponse {
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
        ::std::result::Result::Ok(UpdateNetworkResponse {
            message: crate::runtime::optional(message),
        })
    }
}
/// Schema `UpdateNetworkSettingsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateNetworkSettingsRequestBody {
    /// A map of setting names to their new values. Each setting should be provided with its appropriate type (boolean, string, number, etc.).
    pub settings: NetworkSettings,
}
impl<'de> ::serde::Deserialize<'de> for UpdateNetworkSettingsRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateNetworkSettingsRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut settings = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "settings" => crate::runtime::field(&mut settings, &mut __map, "settings")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateNetworkSettingsRequestBody {
            settings: crate::runtime::required(settings, "settings")?,
        })
    }
}
/// Schema `UpdateNetworkSettingsResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateNetworkSettingsResponse {
    /// A list of the updated network settings, showing the new values for each modified setting.
    pub settings: ::std::vec::Vec<Setting>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateNetworkSettingsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateNetworkSettingsResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut settings = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "settings" => crate::runtime::field(&mut settings, &mut __map, "settings")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateNetworkSettingsResponse {
            settings: crate::runtime::required(settings, "settings")?,
        })
    }
}
/// Schema `UpdateSecurityGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateSecurityGroupRequestBody {
    /// The new name for the security group.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// The updated configuration settings for the security group.
    ///
    /// Federation mode - 0 (Local federation), 1 (Restricted federation), 2 (Global federation)
    #[serde(
        rename = "securityGroupSettings",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_settings: ::std::option::Option<SecurityGroupSettings>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateSecurityGroupRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateSecurityGroupRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut name = ::std::option::Option::None;
        let mut security_group_settings = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "name" => crate::runtime::field(&mut name, &mut __map, "name")?,
                "securityGroupSettings" => crate::runtime::field(
                    &mut security_group_settings,
                    &mut __map,
                    "securityGroupSettings",
                )?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateSecurityGroupRequestBody {
            name: crate::runtime::optional(name),
            security_group_settings: crate::runtime::optional(security_group_settings),
        })
    }
}
/// Schema `UpdateSecurityGroupResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateSecurityGroupResponse {
    /// The updated security group details, including the new settings.
    #[serde(rename = "securityGroup")]
    pub security_group: SecurityGroup,
}
impl<'de> ::serde::Deserialize<'de> for UpdateSecurityGroupResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateSecurityGroupResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut security_group = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "securityGroup" => {
                    crate::runtime::field(&mut security_group, &mut __map, "securityGroup")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateSecurityGroupResponse {
            security_group: crate::runtime::required(security_group, "securityGroup")?,
        })
    }
}
/// Contains the modifiable details for updating an existing user, including name, password, security group membership, and invitation settings.
///
/// A user can only be assigned to a single security group. Attempting to add a user to multiple security groups is not supported and will result in an error.
///
/// Schema `UpdateUserDetails`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserDetails {
    /// The new first name for the user.
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The new last name for the user.
    #[serde(
        rename = "lastName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_name: ::std::option::Option<::std::string::String>,
    /// The new username or email address for the user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// The updated list of security group IDs to which the user should belong.
    #[serde(
        rename = "securityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A new custom invite code for the user.
    #[serde(
        rename = "inviteCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invite_code: ::std::option::Option<::std::string::String>,
    /// The new time-to-live for the invite code in days.
    #[serde(
        rename = "inviteCodeTtl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invite_code_ttl: ::std::option::Option<i32>,
    /// Indicates whether the user can be verified through a custom invite code.
    #[serde(
        rename = "codeValidation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_validation: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateUserDetails {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateUserDetails {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut first_name = ::std::option::Option::None;
        let mut last_name = ::std::option::Option::None;
        let mut username = ::std::option::Option::None;
        let mut security_group_ids = ::std::option::Option::None;
        let mut invite_code = ::std::option::Option::None;
        let mut invite_code_ttl = ::std::option::Option::None;
        let mut code_validation = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "firstName" => crate::runtime::field(&mut first_name, &mut __map, "firstName")?,
                "lastName" => crate::runtime::field(&mut last_name, &mut __map, "lastName")?,
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "securityGroupIds" => {
                    crate::runtime::field(&mut security_group_ids, &mut __map, "securityGroupIds")?
                }
                "inviteCode" => crate::runtime::field(&mut invite_code, &mut __map, "inviteCode")?,
                "inviteCodeTtl" => {
                    crate::runtime::field(&mut invite_code_ttl, &mut __map, "inviteCodeTtl")?
                }
                "codeValidation" => {
                    crate::runtime::field(&mut code_validation, &mut __map, "codeValidation")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateUserDetails {
            first_name: crate::runtime::optional(first_name),
            last_name: crate::runtime::optional(last_name),
            username: crate::runtime::optional(username),
            security_group_ids: crate::runtime::optional(security_group_ids),
            invite_code: crate::runtime::optional(invite_code),
            invite_code_ttl: crate::runtime::optional(invite_code_ttl),
            code_validation: crate::runtime::optional(code_validation),
        })
    }
}
/// Schema `UpdateUserRequestBody`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserRequestBody {
    /// The unique identifier of the user to update.
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
    /// An object containing the user details to be updated, such as name, password, security groups, and invite code settings.
    #[serde(
        rename = "userDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_details: ::std::option::Option<UpdateUserDetails>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateUserRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateUserRequestBody {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut user_id = ::std::option::Option::None;
        let mut user_details = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "userId" => crate::runtime::field(&mut user_id, &mut __map, "userId")?,
                "userDetails" => {
                    crate::runtime::field(&mut user_details, &mut __map, "userDetails")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateUserRequestBody {
            user_id: crate::runtime::required(user_id, "userId")?,
            user_details: crate::runtime::optional(user_details),
        })
    }
}
/// Schema `UpdateUserResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserResponse {
    /// The unique identifier of the updated user.
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
    /// The ID of the network where the user was updated.
    #[serde(rename = "networkId")]
    pub network_id: ::std::string::String,
    /// The list of security group IDs to which the user now belongs after the update.
    #[serde(
        rename = "securityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The updated first name of the user.
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The updated last name of the user.
    #[serde(
        rename = "lastName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_name: ::std::option::Option<::std::string::String>,
    /// The middle name of the user (currently not used).
    #[serde(
        rename = "middleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Indicates whether the user is suspended after the update.
    pub suspended: bool,
    /// The timestamp when the user was last modified, specified in epoch seconds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub modified: ::std::option::Option<i32>,
    /// The user's status after the update.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<i32>,
    /// The updated invite code for the user, if applicable.
    #[serde(
        rename = "inviteCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invite_code: ::std::option::Option<::std::string::String>,
    /// The expiration time of the user's invite code, specified in epoch seconds.
    #[serde(
        rename = "inviteExpiration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invite_expiration: ::std::option::Option<i32>,
    /// Indicates whether the user can be verified through a custom invite code.
    #[serde(
        rename = "codeValidation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_validation: ::std::option::Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for UpdateUserResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for UpdateUserResponse {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut user_id = ::std::option::Option::None;
        let mut network_id = ::std::option::Option::None;
        let mut security_group_ids = ::std::option::Option::None;
        let mut first_name = ::std::option::Option::None;
        let mut last_name = ::std::option::Option::None;
        let mut middle_name = ::std::option::Option::None;
        let mut suspended = ::std::option::Option::None;
        let mut modified = ::std::option::Option::None;
        let mut status = ::std::option::Option::None;
        let mut invite_code = ::std::option::Option::None;
        let mut invite_expiration = ::std::option::Option::None;
        let mut code_validation = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "userId" => crate::runtime::field(&mut user_id, &mut __map, "userId")?,
                "networkId" => crate::runtime::field(&mut network_id, &mut __map, "networkId")?,
                "securityGroupIds" => {
                    crate::runtime::field(&mut security_group_ids, &mut __map, "securityGroupIds")?
                }
                "firstName" => crate::runtime::field(&mut first_name, &mut __map, "firstName")?,
                "lastName" => crate::runtime::field(&mut last_name, &mut __map, "lastName")?,
                "middleName" => crate::runtime::field(&mut middle_name, &mut __map, "middleName")?,
                "suspended" => crate::runtime::field(&mut suspended, &mut __map, "suspended")?,
                "modified" => crate::runtime::field(&mut modified, &mut __map, "modified")?,
                "status" => crate::runtime::field(&mut status, &mut __map, "status")?,
                "inviteCode" => crate::runtime::field(&mut invite_code, &mut __map, "inviteCode")?,
                "inviteExpiration" => {
                    crate::runtime::field(&mut invite_expiration, &mut __map, "inviteExpiration")?
                }
                "codeValidation" => {
                    crate::runtime::field(&mut code_validation, &mut __map, "codeValidation")?
                }
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(UpdateUserResponse {
            user_id: crate::runtime::required(user_id, "userId")?,
            network_id: crate::runtime::required(network_id, "networkId")?,
            security_group_ids: crate::runtime::optional(security_group_ids),
            first_name: crate::runtime::optional(first_name),
            last_name: crate::runtime::optional(last_name),
            middle_name: crate::runtime::optional(middle_name),
            suspended: crate::runtime::required(suspended, "suspended")?,
            modified: crate::runtime::optional(modified),
            status: crate::runtime::optional(status),
            invite_code: crate::runtime::optional(invite_code),
            invite_expiration: crate::runtime::optional(invite_expiration),
            code_validation: crate::runtime::optional(code_validation),
        })
    }
}
/// Represents a user account in a Wickr network with detailed profile information, status, security settings, and authentication details.
///
/// codeValidation, inviteCode and inviteCodeTtl are restricted to networks under preview only.
///
/// Schema `User`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct User {
    /// The unique identifier for the user within the network.
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    /// The first name of the user.
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The last name of the user.
    #[serde(
        rename = "lastName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_name: ::std::option::Option<::std::string::String>,
    /// The email address or username of the user. For bots, this must end in 'bot'.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// A list of security group IDs to which the user is assigned, determining their permissions and feature access.
    #[serde(
        rename = "securityGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether the user has administrator privileges in the network.
    #[serde(
        rename = "isAdmin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_admin: ::std::option::Option<bool>,
    /// Indicates whether the user is currently suspended and unable to access the network.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub suspended: ::std::option::Option<bool>,
    /// The current status of the user (1 for pending invitation, 2 for active).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<i32>,
    /// Indicates whether one-time password (OTP) authentication is enabled for the user.
    #[serde(
        rename = "otpEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub otp_enabled: ::std::option::Option<bool>,
    /// The SCIM (System for Cross-domain Identity Management) identifier for the user, used for identity synchronization. Currently not used.
    #[serde(
        rename = "scimId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scim_id: ::std::option::Option<::std::string::String>,
    /// The descriptive type of the user account (e.g., 'user').
    #[serde(
        rename = "type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<::std::string::String>,
    /// The phone number minus country code, used for cloud deployments.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cell: ::std::option::Option<::std::string::String>,
    /// The country code for the user's phone number, used for cloud deployments.
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    /// The number of failed password attempts for enterprise deployments, used for account lockout policies.
    #[serde(
        rename = "challengeFailures",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub challenge_failures: ::std::option::Option<i32>,
    /// Indicates whether the user's email invitation code has expired, applicable to cloud deployments.
    #[serde(
        rename = "isInviteExpired",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_invite_expired: ::std::option::Option<bool>,
    /// Indicates whether this account is a user (as opposed to a bot or other account type).
    #[serde(
        rename = "isUser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_user: ::std::option::Option<bool>,
    /// The invitation code for this user, used during registration to join the network.
    #[serde(
        rename = "inviteCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invite_code: ::std::option::Option<::std::string::String>,
    /// Indicates whether the user can be verified through a custom invite code.
    #[serde(
        rename = "codeValidation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code_validation: ::std::option::Option<bool>,
    /// The unique identifier for the user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uname: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for User {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for User {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut user_id = ::std::option::Option::None;
        let mut first_name = ::std::option::Option::None;
        let mut last_name = ::std::option::Option::None;
        let mut username = ::std::option::Option::None;
        let mut security_groups = ::std::option::Option::None;
        let mut is_admin = ::std::option::Option::None;
        let mut suspended = ::std::option::Option::None;
        let mut status = ::std::option::Option::None;
        let mut otp_enabled = ::std::option::Option::None;
        let mut scim_id = ::std::option::Option::None;
        let mut type_ = ::std::option::Option::None;
        let mut cell = ::std::option::Option::None;
        let mut country_code = ::std::option::Option::None;
        let mut challenge_failures = ::std::option::Option::None;
        let mut is_invite_expired = ::std::option::Option::None;
        let mut is_user = ::std::option::Option::None;
        let mut invite_code = ::std::option::Option::None;
        let mut code_validation = ::std::option::Option::None;
        let mut uname = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "userId" => crate::runtime::field(&mut user_id, &mut __map, "userId")?,
                "firstName" => crate::runtime::field(&mut first_name, &mut __map, "firstName")?,
                "lastName" => crate::runtime::field(&mut last_name, &mut __map, "lastName")?,
                "username" => crate::runtime::field(&mut username, &mut __map, "username")?,
                "securityGroups" => {
                    crate::runtime::field(&mut security_groups, &mut __map, "securityGroups")?
                }
                "isAdmin" => crate::runtime::field(&mut is_admin, &mut __map, "isAdmin")?,
                "suspended" => crate::runtime::field(&mut suspended, &mut __map, "suspended")?,
                "status" => crate::runtime::field(&mut status, &mut __map, "status")?,
                "otpEnabled" => crate::runtime::field(&mut otp_enabled, &mut __map, "otpEnabled")?,
                "scimId" => crate::runtime::field(&mut scim_id, &mut __map, "scimId")?,
                "type" => crate::runtime::field(&mut type_, &mut __map, "type")?,
                "cell" => crate::runtime::field(&mut cell, &mut __map, "cell")?,
                "countryCode" => {
                    crate::runtime::field(&mut country_code, &mut __map, "countryCode")?
                }
                "challengeFailures" => {
                    crate::runtime::field(&mut challenge_failures, &mut __map, "challengeFailures")?
                }
                "isInviteExpired" => {
                    crate::runtime::field(&mut is_invite_expired, &mut __map, "isInviteExpired")?
                }
                "isUser" => crate::runtime::field(&mut is_user, &mut __map, "isUser")?,
                "inviteCode" => crate::runtime::field(&mut invite_code, &mut __map, "inviteCode")?,
                "codeValidation" => {
                    crate::runtime::field(&mut code_validation, &mut __map, "codeValidation")?
                }
                "uname" => crate::runtime::field(&mut uname, &mut __map, "uname")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(User {
            user_id: crate::runtime::optional(user_id),
            first_name: crate::runtime::optional(first_name),
            last_name: crate::runtime::optional(last_name),
            username: crate::runtime::optional(username),
            security_groups: crate::runtime::optional(security_groups),
            is_admin: crate::runtime::optional(is_admin),
            suspended: crate::runtime::optional(suspended),
            status: crate::runtime::optional(status),
            otp_enabled: crate::runtime::optional(otp_enabled),
            scim_id: crate::runtime::optional(scim_id),
            type_: crate::runtime::optional(type_),
            cell: crate::runtime::optional(cell),
            country_code: crate::runtime::optional(country_code),
            challenge_failures: crate::runtime::optional(challenge_failures),
            is_invite_expired: crate::runtime::optional(is_invite_expired),
            is_user: crate::runtime::optional(is_user),
            invite_code: crate::runtime::optional(invite_code),
            code_validation: crate::runtime::optional(code_validation),
            uname: crate::runtime::optional(uname),
        })
    }
}
/// One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
///
/// Schema `ValidationError`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ValidationError {
    /// A list of validation error details, where each item identifies a specific field that failed validation and explains the reason for the failure.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reasons: ::std::option::Option<::std::vec::Vec<ErrorDetail>>,
    /// A message describing the validation error error that occurred.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for ValidationError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for ValidationError {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut reasons = ::std::option::Option::None;
        let mut message = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "reasons" => crate::runtime::field(&mut reasons, &mut __map, "reasons")?,
                "message" => crate::runtime::field(&mut message, &mut __map, "message")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(ValidationError {
            reasons: crate::runtime::optional(reasons),
            message: crate::runtime::optional(message),
        })
    }
}
/// Identifies a Amazon Web Services Wickr network by region and network ID, used for configuring permitted networks for global federation.
///
/// Schema `WickrAwsNetworks`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct WickrAwsNetworks {
    /// The Amazon Web Services region identifier where the network is hosted (e.g., 'us-east-1').
    pub region: ::std::string::String,
    /// The network ID of the Wickr Amazon Web Services network.
    #[serde(rename = "networkId")]
    pub network_id: ::std::string::String,
}
impl<'de> ::serde::Deserialize<'de> for WickrAwsNetworks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::runtime::object(deserializer)
    }
}
impl<'de> crate::runtime::FromObject<'de> for WickrAwsNetworks {
    fn from_object<A: ::serde::de::MapAccess<'de>>(
        mut __map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut region = ::std::option::Option::None;
        let mut network_id = ::std::option::Option::None;
        while let ::std::option::Option::Some(__key) = __map.next_key::<crate::runtime::Key>()? {
            match __key.as_str() {
                "region" => crate::runtime::field(&mut region, &mut __map, "region")?,
                "networkId" => crate::runtime::field(&mut network_id, &mut __map, "networkId")?,
                _ => crate::runtime::skip(&mut __map)?,
            }
        }
        ::std::result::Result::Ok(WickrAwsNetworks {
            region: crate::runtime::required(region, "region")?,
            network_id: crate::runtime::required(network_id, "networkId")?,
        })
    }
}
