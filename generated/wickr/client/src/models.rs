//! The API's data types, generated from its schemas.

/// Schema `AccessLevel`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AccessLevel {
    /// `STANDARD`
    #[default]
    Standard,
    /// `PREMIUM`
    Premium,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    AccessLevel + Unknown { Standard = "STANDARD", Premium = "PREMIUM", }
}

/// The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
///
/// Schema `BadRequestError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BadRequestError {
    /// A detailed message explaining what was wrong with the request and how to correct it.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    BadRequestError { message = "message" optional, }
}

/// Represents a device where a user has logged into Wickr, containing information about the device's type, status, and login history.
///
/// Schema `BasicDeviceObject`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BasicDeviceObject {
    /// The unique application ID for the Wickr app on this device.
    pub app_id: ::std::option::Option<::std::string::String>,
    /// The timestamp when the device first appeared in the Wickr database.
    pub created: ::std::option::Option<::std::string::String>,
    /// The timestamp when the device last successfully logged into Wickr. This is also used to determine SSO idle time.
    pub last_login: ::std::option::Option<::std::string::String>,
    /// The current status of the device, either 'Active' or 'Reset' depending on whether the device is currently active or has been marked for reset.
    pub status_text: ::std::option::Option<::std::string::String>,
    /// Indicates whether the device is suspended.
    pub suspend: ::std::option::Option<bool>,
    /// The operating system of the device (e.g., 'MacOSX', 'Windows', 'iOS', 'Android').
    pub type_: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    BasicDeviceObject { app_id = "appId" optional, created = "created" optional,
    last_login = "lastLogin" optional, status_text = "statusText" optional, suspend =
    "suspend" optional, type_ = "type" optional, }
}

/// Schema `BatchCreateUserRequestBody`.
#[derive(Clone, Default)]
pub struct BatchCreateUserRequestBody {
    /// A list of user objects containing the details for each user to be created, including username, name, security groups, and optional invite codes. Maximum 50 users per batch request.
    pub users: ::std::vec::Vec<BatchCreateUserRequestItem>,
}
crate::runtime::object! {
    BatchCreateUserRequestBody { users = "users" required, }
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
#[derive(Clone, Default)]
pub struct BatchCreateUserRequestItem {
    /// The first name of the user.
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The last name of the user.
    pub last_name: ::std::option::Option<::std::string::String>,
    /// A list of security group IDs to which the user should be assigned.
    pub security_group_ids: ::std::vec::Vec<::std::string::String>,
    /// The email address or username for the user. Must be unique within the network.
    pub username: ::std::string::String,
    /// A custom invite code for the user. If not provided, one will be generated automatically.
    pub invite_code: ::std::option::Option<::std::string::String>,
    /// The time-to-live for the invite code in days. After this period, the invite code will expire.
    pub invite_code_ttl: ::std::option::Option<i32>,
    /// Indicates whether the user can be verified through a custom invite code.
    pub code_validation: ::std::option::Option<bool>,
}
crate::runtime::object! {
    BatchCreateUserRequestItem { first_name = "firstName" optional, last_name =
    "lastName" optional, security_group_ids = "securityGroupIds" required, username =
    "username" required, invite_code = "inviteCode" optional, invite_code_ttl =
    "inviteCodeTtl" optional, code_validation = "codeValidation" optional, }
}

/// Schema `BatchCreateUserResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchCreateUserResponse {
    /// A message indicating the overall result of the batch operation.
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of user objects that were successfully created, including their assigned user IDs and invite codes.
    pub successful: ::std::option::Option<::std::vec::Vec<User>>,
    /// A list of user creation attempts that failed, including error details explaining why each user could not be created.
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUserErrorResponseItem>>,
}
crate::runtime::object! {
    BatchCreateUserResponse { message = "message" optional, successful = "successful"
    optional, failed = "failed" optional, }
}

/// Schema `BatchDeleteUserRequestBody`.
#[derive(Clone, Default)]
pub struct BatchDeleteUserRequestBody {
    /// A list of user IDs identifying the users to be deleted from the network. Maximum 50 users per batch request.
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    BatchDeleteUserRequestBody { user_ids = "userIds" required, }
}

/// Schema `BatchDeleteUserResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchDeleteUserResponse {
    /// A message indicating the overall result of the batch deletion operation.
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of user IDs that were successfully deleted from the network.
    pub successful: ::std::option::Option<::std::vec::Vec<BatchUserSuccessResponseItem>>,
    /// A list of user deletion attempts that failed, including error details explaining why each user could not be deleted.
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUserErrorResponseItem>>,
}
crate::runtime::object! {
    BatchDeleteUserResponse { message = "message" optional, successful = "successful"
    optional, failed = "failed" optional, }
}

/// Contains error information for a device operation that failed in a batch device request.
///
/// Schema `BatchDeviceErrorResponseItem`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchDeviceErrorResponseItem {
    /// The field that caused the error.
    pub field: ::std::option::Option<::std::string::String>,
    /// A description of why the device operation failed.
    pub reason: ::std::option::Option<::std::string::String>,
    /// The application ID of the device that failed to be processed.
    pub app_id: ::std::string::String,
}
crate::runtime::object! {
    BatchDeviceErrorResponseItem { field = "field" optional, reason = "reason" optional,
    app_id = "appId" required, }
}

/// Contains information about a device that was successfully processed in a batch device operation.
///
/// Schema `BatchDeviceSuccessResponseItem`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchDeviceSuccessResponseItem {
    /// The application ID of the device that was successfully processed.
    pub app_id: ::std::string::String,
}
crate::runtime::object! {
    BatchDeviceSuccessResponseItem { app_id = "appId" required, }
}

/// Schema `BatchLookupUserUnameRequestBody`.
#[derive(Clone, Default)]
pub struct BatchLookupUserUnameRequestBody {
    /// A list of username hashes (unames) to look up. Each uname is a unique identifier for a user's username. Maximum 50 unames per batch request.
    pub unames: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    BatchLookupUserUnameRequestBody { unames = "unames" required, }
}

/// Schema `BatchLookupUserUnameResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchLookupUserUnameResponse {
    /// A message indicating the overall result of the batch lookup operation.
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of successfully resolved username hashes with their corresponding email addresses.
    pub successful: ::std::option::Option<::std::vec::Vec<BatchUnameSuccessResponseItem>>,
    /// A list of username hash lookup attempts that failed, including error details explaining why each lookup failed.
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUnameErrorResponseItem>>,
}
crate::runtime::object! {
    BatchLookupUserUnameResponse { message = "message" optional, successful =
    "successful" optional, failed = "failed" optional, }
}

/// Schema `BatchReinviteUserRequestBody`.
#[derive(Clone, Default)]
pub struct BatchReinviteUserRequestBody {
    /// A list of user IDs identifying the users to be reinvited to the network. Maximum 50 users per batch request.
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    BatchReinviteUserRequestBody { user_ids = "userIds" required, }
}

/// Schema `BatchReinviteUserResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchReinviteUserResponse {
    /// A message indicating the overall result of the batch reinvitation operation.
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of user IDs that were successfully reinvited.
    pub successful: ::std::option::Option<::std::vec::Vec<BatchUserSuccessResponseItem>>,
    /// A list of reinvitation attempts that failed, including error details explaining why each user could not be reinvited.
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUserErrorResponseItem>>,
}
crate::runtime::object! {
    BatchReinviteUserResponse { message = "message" optional, successful = "successful"
    optional, failed = "failed" optional, }
}

/// Schema `BatchResetDevicesForUserRequestBody`.
#[derive(Clone, Default)]
pub struct BatchResetDevicesForUserRequestBody {
    /// A list of application IDs identifying the specific devices to be reset for the user. Maximum 50 devices per batch request.
    pub app_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    BatchResetDevicesForUserRequestBody { app_ids = "appIds" required, }
}

/// Schema `BatchResetDevicesForUserResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchResetDevicesForUserResponse {
    /// A message indicating the overall result of the batch device reset operation.
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of application IDs that were successfully reset.
    pub successful: ::std::option::Option<::std::vec::Vec<BatchDeviceSuccessResponseItem>>,
    /// A list of device reset attempts that failed, including error details explaining why each device could not be reset.
    pub failed: ::std::option::Option<::std::vec::Vec<BatchDeviceErrorResponseItem>>,
}
crate::runtime::object! {
    BatchResetDevicesForUserResponse { message = "message" optional, successful =
    "successful" optional, failed = "failed" optional, }
}

/// Schema `BatchToggleUserSuspendStatusRequestBody`.
#[derive(Clone, Default)]
pub struct BatchToggleUserSuspendStatusRequestBody {
    /// A list of user IDs identifying the users whose suspend status will be toggled. Maximum 50 users per batch request.
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    BatchToggleUserSuspendStatusRequestBody { user_ids = "userIds" required, }
}

/// Schema `BatchToggleUserSuspendStatusResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchToggleUserSuspendStatusResponse {
    /// A message indicating the overall result of the batch suspend status toggle operation.
    pub message: ::std::option::Option<::std::string::String>,
    /// A list of user IDs whose suspend status was successfully toggled.
    pub successful: ::std::option::Option<::std::vec::Vec<BatchUserSuccessResponseItem>>,
    /// A list of suspend status toggle attempts that failed, including error details explaining why each user's status could not be changed.
    pub failed: ::std::option::Option<::std::vec::Vec<BatchUserErrorResponseItem>>,
}
crate::runtime::object! {
    BatchToggleUserSuspendStatusResponse { message = "message" optional, successful =
    "successful" optional, failed = "failed" optional, }
}

/// Contains error information for a username hash lookup that failed in a batch uname lookup request.
///
/// Schema `BatchUnameErrorResponseItem`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchUnameErrorResponseItem {
    /// The field that caused the error.
    pub field: ::std::option::Option<::std::string::String>,
    /// A description of why the username hash lookup failed.
    pub reason: ::std::option::Option<::std::string::String>,
    /// The username hash that failed to be looked up.
    pub uname: ::std::string::String,
}
crate::runtime::object! {
    BatchUnameErrorResponseItem { field = "field" optional, reason = "reason" optional,
    uname = "uname" required, }
}

/// Contains information about a username hash that was successfully resolved in a batch uname lookup operation.
///
/// Schema `BatchUnameSuccessResponseItem`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchUnameSuccessResponseItem {
    /// The username hash that was successfully resolved.
    pub uname: ::std::string::String,
    /// The email address or username corresponding to the username hash.
    pub username: ::std::string::String,
}
crate::runtime::object! {
    BatchUnameSuccessResponseItem { uname = "uname" required, username = "username"
    required, }
}

/// Contains error information for a user operation that failed in a batch user request.
///
/// Schema `BatchUserErrorResponseItem`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchUserErrorResponseItem {
    /// The field that caused the error.
    pub field: ::std::option::Option<::std::string::String>,
    /// A description of why the user operation failed.
    pub reason: ::std::option::Option<::std::string::String>,
    /// The user ID associated with the failed operation.
    pub user_id: ::std::string::String,
}
crate::runtime::object! {
    BatchUserErrorResponseItem { field = "field" optional, reason = "reason" optional,
    user_id = "userId" required, }
}

/// Contains information about a user that was successfully processed in a batch user operation.
///
/// Schema `BatchUserSuccessResponseItem`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchUserSuccessResponseItem {
    /// The user ID that was successfully processed.
    pub user_id: ::std::string::String,
}
crate::runtime::object! {
    BatchUserSuccessResponseItem { user_id = "userId" required, }
}

/// Represents a guest user who has been blocked from accessing a Wickr network.
///
/// Schema `BlockedGuestUser`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BlockedGuestUser {
    /// The username of the blocked guest user.
    pub username: ::std::string::String,
    /// The username of the administrator who blocked this guest user.
    pub admin: ::std::string::String,
    /// The timestamp when the guest user was blocked or last modified.
    pub modified: ::std::string::String,
    /// The unique username hash identifier for the blocked guest user.
    pub username_hash: ::std::string::String,
}
crate::runtime::object! {
    BlockedGuestUser { username = "username" required, admin = "admin" required, modified
    = "modified" required, username_hash = "usernameHash" required, }
}

/// Represents a bot account in a Wickr network with all its informational fields.
///
/// Schema `Bot`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Bot {
    /// The unique identifier of the bot.
    pub bot_id: ::std::option::Option<::std::string::String>,
    /// The display name of the bot that is visible to users.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The username of the bot.
    pub username: ::std::option::Option<::std::string::String>,
    /// The unique username hash identifier for the bot.
    pub uname: ::std::option::Option<::std::string::String>,
    /// The public key of the bot used for encryption.
    pub pubkey: ::std::option::Option<::std::string::String>,
    /// The current status of the bot (1 for pending, 2 for active).
    pub status: ::std::option::Option<i32>,
    /// The ID of the security group to which the bot belongs.
    pub group_id: ::std::option::Option<::std::string::String>,
    /// Indicates whether the bot has a password set.
    pub has_challenge: ::std::option::Option<bool>,
    /// Indicates whether the bot is currently suspended.
    pub suspended: ::std::option::Option<bool>,
    /// The timestamp of the bot's last login.
    pub last_login: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Bot { bot_id = "botId" optional, display_name = "displayName" optional, username =
    "username" optional, uname = "uname" optional, pubkey = "pubkey" optional, status =
    "status" optional, group_id = "groupId" optional, has_challenge = "hasChallenge"
    optional, suspended = "suspended" optional, last_login = "lastLogin" optional, }
}

/// Defines the calling feature permissions and settings for users in a security group, controlling what types of calls users can initiate and participate in.
///
/// Schema `CallingSettings`.
#[derive(Clone, Default)]
pub struct CallingSettings {
    /// Specifies whether users can start one-to-one calls.
    pub can_start11_call: ::std::option::Option<bool>,
    /// Specifies whether users can make video calls (as opposed to audio-only calls). Valid only when audio call(canStart11Call) is enabled.
    pub can_video_call: ::std::option::Option<bool>,
    /// When enabled, forces all calls to use TCP protocol instead of UDP for network traversal.
    pub force_tcp_call: ::std::option::Option<bool>,
}
crate::runtime::object! {
    CallingSettings { can_start11_call = "canStart11Call" optional, can_video_call =
    "canVideoCall" optional, force_tcp_call = "forceTcpCall" optional, }
}

/// Consent popup configuration displayed to users on login.
///
/// Schema `ConsentPopupConfig`.
#[derive(Clone, Default)]
pub struct ConsentPopupConfig {
    /// Whether the consent popup is enabled. When set to true, the popup is displayed to users on login.
    pub enabled: bool,
    /// Header text displayed at the top of the consent popup. Maximum 100 characters.
    pub header: ::std::option::Option<::std::string::String>,
    /// Body content of the consent popup in Markdown format. Maximum 5000 characters.
    pub content: ::std::option::Option<::std::string::String>,
    /// Label for the close button on the consent popup. Maximum 20 characters. Defaults to "Acknowledge" if not provided.
    pub close_button_label: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ConsentPopupConfig { enabled = "enabled" required, header = "header" optional,
    content = "content" optional, close_button_label = "closeButtonLabel" optional, }
}

/// Schema `CreateBotRequestBody`.
#[derive(Clone, Default)]
pub struct CreateBotRequestBody {
    /// The username for the bot. This must be unique within the network and follow the network's naming conventions.
    pub username: ::std::string::String,
    /// The display name for the bot that will be visible to users in the network.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The ID of the security group to which the bot will be assigned.
    pub group_id: ::std::string::String,
    /// The password for the bot account.
    pub challenge: ::std::string::String,
}
crate::runtime::object! {
    CreateBotRequestBody { username = "username" required, display_name = "displayName"
    optional, group_id = "groupId" required, challenge = "challenge" required, }
}

/// Schema `CreateBotResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateBotResponse {
    /// A message indicating the result of the bot creation operation.
    pub message: ::std::option::Option<::std::string::String>,
    /// The unique identifier assigned to the newly created bot.
    pub bot_id: ::std::string::String,
    /// The ID of the network where the bot was created.
    pub network_id: ::std::option::Option<::std::string::String>,
    /// The username of the newly created bot.
    pub username: ::std::option::Option<::std::string::String>,
    /// The display name of the newly created bot.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The ID of the security group to which the bot was assigned.
    pub group_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateBotResponse { message = "message" optional, bot_id = "botId" required,
    network_id = "networkId" optional, username = "username" optional, display_name =
    "displayName" optional, group_id = "groupId" optional, }
}

/// Schema `CreateDataRetentionBotChallengeResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateDataRetentionBotChallengeResponse {
    /// The newly generated challenge password for the data retention bot.
    pub challenge: ::std::string::String,
}
crate::runtime::object! {
    CreateDataRetentionBotChallengeResponse { challenge = "challenge" required, }
}

/// Schema `CreateDataRetentionBotResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateDataRetentionBotResponse {
    /// A message indicating that the data retention bot was successfully provisioned.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateDataRetentionBotResponse { message = "message" optional, }
}

/// Schema `CreateNetworkRequest`.
#[derive(Clone, Default)]
pub struct CreateNetworkRequest {
    /// The name for the new network. Must be between 1 and 20 characters.
    pub network_name: ::std::string::String,
    /// The access level for the network. Valid values are STANDARD or PREMIUM, which determine the features and capabilities available to network members.
    pub access_level: AccessLevel,
    /// Specifies whether to enable a premium free trial for the network. It is optional and has a default value as false. When set to true, the network starts with premium features for a limited trial period.
    pub enable_premium_free_trial: ::std::option::Option<bool>,
    /// The ARN of the Amazon Web Services KMS customer managed key to use for encrypting sensitive data in the network.
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateNetworkRequest { network_name = "networkName" required, access_level =
    "accessLevel" required, enable_premium_free_trial = "enablePremiumFreeTrial"
    optional, encryption_key_arn = "encryptionKeyArn" optional, }
}

/// Schema `CreateNetworkResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateNetworkResponse {
    /// The unique identifier assigned to the newly created network.
    pub network_id: ::std::option::Option<::std::string::String>,
    /// The name of the newly created network.
    pub network_name: ::std::option::Option<::std::string::String>,
    /// The ARN of the KMS key being used to encrypt sensitive data in the network.
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateNetworkResponse { network_id = "networkId" optional, network_name =
    "networkName" optional, encryption_key_arn = "encryptionKeyArn" optional, }
}

/// Schema `CreateSecurityGroupRequestBody`.
#[derive(Clone, Default)]
pub struct CreateSecurityGroupRequestBody {
    /// The name for the new security group.
    pub name: ::std::string::String,
    /// The configuration settings for the security group, including permissions, federation settings, and feature controls.
    pub security_group_settings: SecurityGroupSettingsRequest,
}
crate::runtime::object! {
    CreateSecurityGroupRequestBody { name = "name" required, security_group_settings =
    "securityGroupSettings" required, }
}

/// Schema `CreateSecurityGroupResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateSecurityGroupResponse {
    /// The details of the newly created security group, including its ID, name, and settings.
    pub security_group: SecurityGroup,
}
crate::runtime::object! {
    CreateSecurityGroupResponse { security_group = "securityGroup" required, }
}

/// Schema `DataRetentionActionType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DataRetentionActionType {
    /// `ENABLE`
    #[default]
    Enable,
    /// `DISABLE`
    Disable,
    /// `PUBKEY_MSG_ACK`
    PubkeyMsgAck,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    DataRetentionActionType + Unknown { Enable = "ENABLE", Disable = "DISABLE",
    PubkeyMsgAck = "PUBKEY_MSG_ACK", }
}

/// Schema `DeleteBotResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DeleteBotResponse {
    /// A message indicating the result of the bot deletion operation.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DeleteBotResponse { message = "message" optional, }
}

/// Schema `DeleteDataRetentionBotResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DeleteDataRetentionBotResponse {
    /// A message indicating that the data retention bot and all associated data were successfully deleted.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DeleteDataRetentionBotResponse { message = "message" optional, }
}

/// Schema `DeleteNetworkResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DeleteNetworkResponse {
    /// A message indicating that the network deletion has been initiated successfully.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DeleteNetworkResponse { message = "message" optional, }
}

/// Schema `DeleteSecurityGroupResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DeleteSecurityGroupResponse {
    /// A message indicating the result of the security group deletion operation.
    pub message: ::std::option::Option<::std::string::String>,
    /// The ID of the network from which the security group was deleted.
    pub network_id: ::std::option::Option<::std::string::String>,
    /// The ID of the security group that was deleted.
    pub group_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DeleteSecurityGroupResponse { message = "message" optional, network_id = "networkId"
    optional, group_id = "groupId" optional, }
}

/// Contains detailed error information explaining why an operation failed, including which field caused the error and the reason for the failure.
///
/// Schema `ErrorDetail`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ErrorDetail {
    /// The name of the field that contains an error or warning.
    pub field: ::std::option::Option<::std::string::String>,
    /// A detailed description of the error or warning.
    pub reason: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ErrorDetail { field = "field" optional, reason = "reason" optional, }
}

/// Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
///
/// Schema `ForbiddenError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ForbiddenError {
    /// A message explaining why access was denied and what permissions are required.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ForbiddenError { message = "message" optional, }
}

/// Schema `GetBotResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetBotResponse {
    /// The unique identifier of the bot.
    pub bot_id: ::std::option::Option<::std::string::String>,
    /// The display name of the bot that is visible to users.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The username of the bot.
    pub username: ::std::option::Option<::std::string::String>,
    /// The unique username hash identifier for the bot.
    pub uname: ::std::option::Option<::std::string::String>,
    /// The public key of the bot used for encryption.
    pub pubkey: ::std::option::Option<::std::string::String>,
    /// The current status of the bot (1 for pending, 2 for active).
    pub status: ::std::option::Option<i32>,
    /// The ID of the security group to which the bot belongs.
    pub group_id: ::std::option::Option<::std::string::String>,
    /// Indicates whether the bot has a password set.
    pub has_challenge: ::std::option::Option<bool>,
    /// Indicates whether the bot is currently suspended.
    pub suspended: ::std::option::Option<bool>,
    /// The timestamp of the bot's last login.
    pub last_login: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetBotResponse { bot_id = "botId" optional, display_name = "displayName" optional,
    username = "username" optional, uname = "uname" optional, pubkey = "pubkey" optional,
    status = "status" optional, group_id = "groupId" optional, has_challenge =
    "hasChallenge" optional, suspended = "suspended" optional, last_login = "lastLogin"
    optional, }
}

/// Schema `GetBotsCountResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetBotsCountResponse {
    /// The number of bots with pending status (invited but not yet activated).
    pub pending: i32,
    /// The number of bots with active status.
    pub active: i32,
    /// The total number of bots in the network (active and pending).
    pub total: i32,
}
crate::runtime::object! {
    GetBotsCountResponse { pending = "pending" required, active = "active" required,
    total = "total" required, }
}

/// Schema `GetDataRetentionBotResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetDataRetentionBotResponse {
    /// The name of the data retention bot.
    pub bot_name: ::std::option::Option<::std::string::String>,
    /// Indicates whether a data retention bot exists in the network.
    pub bot_exists: ::std::option::Option<bool>,
    /// Indicates whether the data retention bot is active and operational.
    pub is_bot_active: ::std::option::Option<bool>,
    /// Indicates whether the data retention bot has been registered with the network.
    pub is_data_retention_bot_registered: ::std::option::Option<bool>,
    /// Indicates whether the data retention service is enabled for the network.
    pub is_data_retention_service_enabled: ::std::option::Option<bool>,
    /// Indicates whether the public key message has been acknowledged by the bot.
    pub is_pubkey_msg_acked: ::std::option::Option<bool>,
}
crate::runtime::object! {
    GetDataRetentionBotResponse { bot_name = "botName" optional, bot_exists = "botExists"
    optional, is_bot_active = "isBotActive" optional, is_data_retention_bot_registered =
    "isDataRetentionBotRegistered" optional, is_data_retention_service_enabled =
    "isDataRetentionServiceEnabled" optional, is_pubkey_msg_acked = "isPubkeyMsgAcked"
    optional, }
}

/// Schema `GetGuestUserHistoryCountResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetGuestUserHistoryCountResponse {
    /// A list of historical guest user counts, organized by month and billing period.
    pub history: ::std::vec::Vec<GuestUserHistoryCount>,
}
crate::runtime::object! {
    GetGuestUserHistoryCountResponse { history = "history" required, }
}

/// Schema `GetNetworkResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetNetworkResponse {
    /// The unique identifier of the network.
    pub network_id: ::std::string::String,
    /// The name of the network.
    pub network_name: ::std::string::String,
    /// The access level of the network (STANDARD or PREMIUM), which determines available features and capabilities.
    pub access_level: AccessLevel,
    /// The Amazon Web Services account ID that owns the network.
    pub aws_account_id: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the network.
    pub network_arn: ::std::string::String,
    /// The current standing or status of the network.
    pub standing: ::std::option::Option<i32>,
    /// The expiration date and time for the network's free trial period, if applicable.
    pub free_trial_expiration: ::std::option::Option<::std::string::String>,
    /// The SSO redirect URI migration state, managed by the SSO redirect migration wizard. Values: 0 (not started), 1 (in progress), or 2 (completed).
    pub migration_state: ::std::option::Option<i32>,
    /// The ARN of the Amazon Web Services KMS customer managed key used for encrypting sensitive data in the network.
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetNetworkResponse { network_id = "networkId" required, network_name = "networkName"
    required, access_level = "accessLevel" required, aws_account_id = "awsAccountId"
    required, network_arn = "networkArn" required, standing = "standing" optional,
    free_trial_expiration = "freeTrialExpiration" optional, migration_state =
    "migrationState" optional, encryption_key_arn = "encryptionKeyArn" optional, }
}

/// Schema `GetNetworkSettingsResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetNetworkSettingsResponse {
    /// A list of network settings, where each setting includes a name, value, and type.
    pub settings: ::std::vec::Vec<Setting>,
}
crate::runtime::object! {
    GetNetworkSettingsResponse { settings = "settings" required, }
}

/// Schema `GetOidcInfoResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetOidcInfoResponse {
    /// The OpenID Connect configuration information for the network, including issuer, client ID, scopes, and other SSO settings.
    pub openid_connect_info: ::std::option::Option<OidcConfigInfo>,
    /// OAuth token information including access token, refresh token, and expiration details (only present if token parameters were provided in the request).
    pub token_info: ::std::option::Option<OidcTokenInfo>,
}
crate::runtime::object! {
    GetOidcInfoResponse { openid_connect_info = "openidConnectInfo" optional, token_info
    = "tokenInfo" optional, }
}

/// Schema `GetOpentdfConfigResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetOpentdfConfigResponse {
    /// The OIDC client ID used for authenticating with the OpenTDF provider.
    pub client_id: ::std::string::String,
    /// The domain of the OpenTDF server.
    pub domain: ::std::string::String,
    /// The OIDC client secret used for authenticating with the OpenTDF provider.
    pub client_secret: ::std::string::String,
    /// The provider of the OpenTDF platform.
    pub provider: ::std::string::String,
}
crate::runtime::object! {
    GetOpentdfConfigResponse { client_id = "clientId" required, domain = "domain"
    required, client_secret = "clientSecret" required, provider = "provider" required, }
}

/// Schema `GetSecurityGroupResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetSecurityGroupResponse {
    /// The detailed information about the security group, including all its settings and member counts.
    pub security_group: SecurityGroup,
}
crate::runtime::object! {
    GetSecurityGroupResponse { security_group = "securityGroup" required, }
}

/// Schema `GetUserResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserResponse {
    /// The unique identifier of the user.
    pub user_id: ::std::string::String,
    /// The first name of the user.
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The last name of the user.
    pub last_name: ::std::option::Option<::std::string::String>,
    /// The email address or username of the user.
    pub username: ::std::option::Option<::std::string::String>,
    /// Indicates whether the user has administrator privileges in the network.
    pub is_admin: ::std::option::Option<bool>,
    /// Indicates whether the user is currently suspended.
    pub suspended: ::std::option::Option<bool>,
    /// The current status of the user (1 for pending, 2 for active).
    pub status: ::std::option::Option<i32>,
    /// The timestamp of the user's last activity in the network, specified in epoch seconds.
    pub last_activity: ::std::option::Option<i32>,
    /// The timestamp of the user's last login to the network, specified in epoch seconds.
    pub last_login: ::std::option::Option<i32>,
    /// A list of security group IDs to which the user belongs.
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    GetUserResponse { user_id = "userId" required, first_name = "firstName" optional,
    last_name = "lastName" optional, username = "username" optional, is_admin = "isAdmin"
    optional, suspended = "suspended" optional, status = "status" optional, last_activity
    = "lastActivity" optional, last_login = "lastLogin" optional, security_group_ids =
    "securityGroupIds" optional, }
}

/// Schema `GetUsersCountResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
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
crate::runtime::object! {
    GetUsersCountResponse { pending = "pending" required, active = "active" required,
    rejected = "rejected" required, remaining = "remaining" required, total = "total"
    required, }
}

/// Represents a guest user who has accessed the network from a federated Wickr network.
///
/// Schema `GuestUser`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GuestUser {
    /// The billing period when this guest user accessed the network (e.g., '2024-01').
    pub billing_period: ::std::string::String,
    /// The username of the guest user.
    pub username: ::std::string::String,
    /// The unique username hash identifier for the guest user.
    pub username_hash: ::std::string::String,
}
crate::runtime::object! {
    GuestUser { billing_period = "billingPeriod" required, username = "username"
    required, username_hash = "usernameHash" required, }
}

/// Contains the count of guest users for a specific billing period, used for tracking historical guest user activity.
///
/// Schema `GuestUserHistoryCount`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GuestUserHistoryCount {
    /// The month and billing period in YYYY\_MM format (e.g., '2024\_01').
    pub month: ::std::string::String,
    /// The number of guest users who have communicated with your Wickr network during this billing period.
    pub count: ::std::string::String,
}
crate::runtime::object! {
    GuestUserHistoryCount { month = "month" required, count = "count" required, }
}

/// An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
///
/// Schema `InternalServerError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct InternalServerError {
    /// A message describing the internal server error that occurred.
    pub message: ::std::string::String,
}
crate::runtime::object! {
    InternalServerError { message = "message" required, }
}

/// Schema `ListBlockedGuestUsersResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListBlockedGuestUsersResponse {
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of blocked guest user objects within the current page.
    pub blocklist: ::std::vec::Vec<BlockedGuestUser>,
}
crate::runtime::object! {
    ListBlockedGuestUsersResponse { next_token = "nextToken" optional, blocklist =
    "blocklist" required, }
}

/// Schema `ListBotsResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListBotsResponse {
    /// A list of bot objects matching the specified filters and within the current page.
    pub bots: ::std::vec::Vec<Bot>,
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    pub next_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ListBotsResponse { bots = "bots" required, next_token = "nextToken" optional, }
}

/// Schema `ListDevicesForUserResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListDevicesForUserResponse {
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of device objects associated with the user within the current page.
    pub devices: ::std::vec::Vec<BasicDeviceObject>,
}
crate::runtime::object! {
    ListDevicesForUserResponse { next_token = "nextToken" optional, devices = "devices"
    required, }
}

/// Schema `ListGuestUsersResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListGuestUsersResponse {
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of guest user objects within the current page.
    pub guestlist: ::std::vec::Vec<GuestUser>,
}
crate::runtime::object! {
    ListGuestUsersResponse { next_token = "nextToken" optional, guestlist = "guestlist"
    required, }
}

/// Schema `ListNetworksResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListNetworksResponse {
    /// A list of network objects for the Amazon Web Services account.
    pub networks: ::std::vec::Vec<Network>,
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    pub next_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ListNetworksResponse { networks = "networks" required, next_token = "nextToken"
    optional, }
}

/// Schema `ListSecurityGroupUsersResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListSecurityGroupUsersResponse {
    /// A list of user objects belonging to the security group within the current page.
    pub users: ::std::vec::Vec<User>,
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    pub next_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ListSecurityGroupUsersResponse { users = "users" required, next_token = "nextToken"
    optional, }
}

/// Schema `ListSecurityGroupsResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListSecurityGroupsResponse {
    /// A list of security group objects in the current page.
    pub security_groups: ::std::option::Option<::std::vec::Vec<SecurityGroup>>,
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    pub next_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ListSecurityGroupsResponse { security_groups = "securityGroups" optional, next_token
    = "nextToken" optional, }
}

/// Schema `ListUsersResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListUsersResponse {
    /// The token to use for retrieving the next page of results. If this is not present, there are no more results.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of user objects matching the specified filters and within the current page.
    pub users: ::std::option::Option<::std::vec::Vec<User>>,
}
crate::runtime::object! {
    ListUsersResponse { next_token = "nextToken" optional, users = "users" optional, }
}

/// Represents a Wickr network with all its configuration and status information.
///
/// Schema `Network`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Network {
    /// The unique identifier of the network.
    pub network_id: ::std::string::String,
    /// The name of the network.
    pub network_name: ::std::string::String,
    /// The access level of the network (STANDARD or PREMIUM), which determines available features and capabilities.
    pub access_level: AccessLevel,
    /// The Amazon Web Services account ID that owns the network.
    pub aws_account_id: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the network.
    pub network_arn: ::std::string::String,
    /// The current standing or status of the network.
    pub standing: ::std::option::Option<i32>,
    /// The expiration date and time for the network's free trial period, if applicable.
    pub free_trial_expiration: ::std::option::Option<::std::string::String>,
    /// The SSO redirect URI migration state, managed by the SSO redirect migration wizard. Values: 0 (not started), 1 (in progress), or 2 (completed).
    pub migration_state: ::std::option::Option<i32>,
    /// The ARN of the Amazon Web Services KMS customer managed key used for encrypting sensitive data in the network.
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Network { network_id = "networkId" required, network_name = "networkName" required,
    access_level = "accessLevel" required, aws_account_id = "awsAccountId" required,
    network_arn = "networkArn" required, standing = "standing" optional,
    free_trial_expiration = "freeTrialExpiration" optional, migration_state =
    "migrationState" optional, encryption_key_arn = "encryptionKeyArn" optional, }
}

/// Contains network-level configuration settings that apply to all users and security groups within a Wickr network.
///
/// Schema `NetworkSettings`.
#[derive(Clone, Default)]
pub struct NetworkSettings {
    /// Allows Wickr clients to send anonymized performance and usage metrics to the Wickr backend server for service improvement and troubleshooting.
    pub enable_client_metrics: ::std::option::Option<bool>,
    /// Configuration for read receipts at the network level, controlling the default behavior for whether senders can see when their messages have been read.
    pub read_receipt_config: ::std::option::Option<ReadReceiptConfig>,
    /// Indicates whether the data retention feature is enabled for the network. When true, messages are captured by the data retention bot for compliance and archiving purposes.
    pub data_retention: ::std::option::Option<bool>,
    /// Configuration for OpenTDF integration at the network level, enforcing ABAC decision making when operating in TDF enabled rooms.
    pub enable_trusted_data_format: ::std::option::Option<bool>,
    /// Consent popup configuration for the network, displayed to users on login.
    pub consent_popup: ::std::option::Option<ConsentPopupConfig>,
}
crate::runtime::object! {
    NetworkSettings { enable_client_metrics = "enableClientMetrics" optional,
    read_receipt_config = "readReceiptConfig" optional, data_retention = "dataRetention"
    optional, enable_trusted_data_format = "enableTrustedDataFormat" optional,
    consent_popup = "consentPopup" optional, }
}

/// Contains the OpenID Connect (OIDC) configuration information for Single Sign-On (SSO) authentication, including identity provider settings and client credentials.
///
/// Schema `OidcConfigInfo`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OidcConfigInfo {
    /// The name of the OIDC application as registered with the identity provider.
    pub application_name: ::std::option::Option<::std::string::String>,
    /// The OAuth client ID assigned by the identity provider for authentication requests.
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Custom identifier your end users will use to sign in with SSO.
    pub company_id: ::std::string::String,
    /// The OAuth scopes requested from the identity provider, which determine what user information is accessible (e.g., 'openid profile email').
    pub scopes: ::std::string::String,
    /// The issuer URL of the identity provider, which serves as the base URL for OIDC endpoints and configuration discovery.
    pub issuer: ::std::string::String,
    /// The OAuth client secret used to authenticate the application with the identity provider.
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// An additional secret credential used by the identity provider for authentication.
    pub secret: ::std::option::Option<::std::string::String>,
    /// The callback URL where the identity provider redirects users after successful authentication. This URL must be registered with the identity provider.
    pub redirect_url: ::std::option::Option<::std::string::String>,
    /// The claim field from the OIDC token to use as the unique user identifier (e.g., 'email', 'sub', or a custom claim).
    pub user_id: ::std::option::Option<::std::string::String>,
    /// A custom field mapping to extract the username from the OIDC token when the standard username claim is insufficient.
    pub custom_username: ::std::option::Option<::std::string::String>,
    /// The X.509 CA certificate for validating SSL/TLS connections to the identity provider when using self-signed or enterprise certificates.
    pub ca_certificate: ::std::option::Option<::std::string::String>,
    /// The unique identifier for the registered OIDC application. Valid range is 1-10.
    pub application_id: ::std::option::Option<i32>,
    /// The grace period in minutes before the SSO token expires when the system should proactively refresh the token to maintain seamless user access.
    pub sso_token_buffer_minutes: ::std::option::Option<i32>,
    /// Additional authentication parameters to include in the OIDC authorization request as a query string. Useful for provider-specific extensions.
    pub extra_auth_params: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OidcConfigInfo { application_name = "applicationName" optional, client_id =
    "clientId" optional, company_id = "companyId" required, scopes = "scopes" required,
    issuer = "issuer" required, client_secret = "clientSecret" optional, secret =
    "secret" optional, redirect_url = "redirectUrl" optional, user_id = "userId"
    optional, custom_username = "customUsername" optional, ca_certificate =
    "caCertificate" optional, application_id = "applicationId" optional,
    sso_token_buffer_minutes = "ssoTokenBufferMinutes" optional, extra_auth_params =
    "extraAuthParams" optional, }
}

/// Contains OAuth token information returned from the identity provider, including access tokens, ID tokens, and PKCE parameters used for secure authentication.
///
/// Schema `OidcTokenInfo`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OidcTokenInfo {
    /// The PKCE (Proof Key for Code Exchange) code verifier, a cryptographically random string used to enhance security in the OAuth flow.
    pub code_verifier: ::std::option::Option<::std::string::String>,
    /// The PKCE code challenge, a transformed version of the code verifier sent during the authorization request for verification.
    pub code_challenge: ::std::option::Option<::std::string::String>,
    /// The OAuth access token that can be used to access protected resources on behalf of the authenticated user.
    pub access_token: ::std::option::Option<::std::string::String>,
    /// The OpenID Connect ID token containing user identity information and authentication context as a signed JWT.
    pub id_token: ::std::option::Option<::std::string::String>,
    /// The OAuth refresh token that can be used to obtain new access tokens without requiring the user to re-authenticate.
    pub refresh_token: ::std::option::Option<::std::string::String>,
    /// The type of access token issued, typically 'Bearer', which indicates how the token should be used in API requests.
    pub token_type: ::std::option::Option<::std::string::String>,
    /// The lifetime of the access token in seconds, indicating when the token will expire and need to be refreshed.
    pub expires_in: ::std::option::Option<i64>,
}
crate::runtime::object! {
    OidcTokenInfo { code_verifier = "codeVerifier" optional, code_challenge =
    "codeChallenge" optional, access_token = "accessToken" optional, id_token = "idToken"
    optional, refresh_token = "refreshToken" optional, token_type = "tokenType" optional,
    expires_in = "expiresIn" optional, }
}

/// Defines password complexity requirements for users in a security group, including minimum length and character type requirements.
///
/// Schema `PasswordRequirements`.
#[derive(Clone, Default)]
pub struct PasswordRequirements {
    /// The minimum number of lowercase letters required in passwords.
    pub lowercase: ::std::option::Option<i32>,
    /// The minimum password length in characters.
    pub min_length: ::std::option::Option<i32>,
    /// The minimum number of numeric characters required in passwords.
    pub numbers: ::std::option::Option<i32>,
    /// The minimum number of special symbol characters required in passwords.
    pub symbols: ::std::option::Option<i32>,
    /// The minimum number of uppercase letters required in passwords.
    pub uppercase: ::std::option::Option<i32>,
}
crate::runtime::object! {
    PasswordRequirements { lowercase = "lowercase" optional, min_length = "minLength"
    optional, numbers = "numbers" optional, symbols = "symbols" optional, uppercase =
    "uppercase" optional, }
}

/// Identifies a Wickr enterprise network that is permitted for global federation, allowing users to communicate with members of the specified network.
///
/// Schema `PermittedWickrEnterpriseNetwork`.
#[derive(Clone, Default)]
pub struct PermittedWickrEnterpriseNetwork {
    /// The domain identifier for the permitted Wickr enterprise network.
    pub domain: ::std::string::String,
    /// The network ID of the permitted Wickr enterprise network.
    pub network_id: ::std::string::String,
}
crate::runtime::object! {
    PermittedWickrEnterpriseNetwork { domain = "domain" required, network_id =
    "networkId" required, }
}

/// The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
///
/// Schema `RateLimitError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RateLimitError {
    /// A message indicating that the rate limit was exceeded and suggesting when to retry.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    RateLimitError { message = "message" optional, }
}

/// Configuration for read receipts at the network level, controlling whether senders can see when their messages have been read.
///
/// Schema `ReadReceiptConfig`.
#[derive(Clone, Default)]
pub struct ReadReceiptConfig {
    /// The read receipt status mode for the network.
    pub status: ::std::option::Option<Status>,
}
crate::runtime::object! {
    ReadReceiptConfig { status = "status" optional, }
}

/// Schema `RegisterOidcConfigRequestBody`.
#[derive(Clone, Default)]
pub struct RegisterOidcConfigRequestBody {
    /// Custom identifier your end users will use to sign in with SSO.
    pub company_id: ::std::string::String,
    /// A custom field mapping to extract the username from the OIDC token (optional).
    ///
    /// The customUsername is only required if you use something other than email as the username field.
    pub custom_username: ::std::option::Option<::std::string::String>,
    /// Additional authentication parameters to include in the OIDC flow (optional).
    pub extra_auth_params: ::std::option::Option<::std::string::String>,
    /// The issuer URL of the OIDC provider (e.g., '<https://login.example.com>').
    pub issuer: ::std::string::String,
    /// The OAuth scopes to request from the OIDC provider (e.g., 'openid profile email').
    pub scopes: ::std::string::String,
    /// The client secret for authenticating with the OIDC provider (optional).
    pub secret: ::std::option::Option<::std::string::String>,
    /// The buffer time in minutes before the SSO token expires to refresh it (optional).
    pub sso_token_buffer_minutes: ::std::option::Option<i32>,
    /// Unique identifier provided by your identity provider to authenticate the access request. Also referred to as clientID.
    pub user_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    RegisterOidcConfigRequestBody { company_id = "companyId" required, custom_username =
    "customUsername" optional, extra_auth_params = "extraAuthParams" optional, issuer =
    "issuer" required, scopes = "scopes" required, secret = "secret" optional,
    sso_token_buffer_minutes = "ssoTokenBufferMinutes" optional, user_id = "userId"
    optional, }
}

/// Schema `RegisterOidcConfigResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RegisterOidcConfigResponse {
    /// The name of the registered OIDC application.
    pub application_name: ::std::option::Option<::std::string::String>,
    /// The OAuth client ID assigned to the application.
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Custom identifier your end users will use to sign in with SSO.
    pub company_id: ::std::string::String,
    /// The OAuth scopes configured for the application.
    pub scopes: ::std::string::String,
    /// The issuer URL of the OIDC provider.
    pub issuer: ::std::string::String,
    /// The OAuth client secret for the application.
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// The client secret for authenticating with the OIDC provider.
    pub secret: ::std::option::Option<::std::string::String>,
    /// The redirect URL configured for the OAuth flow.
    pub redirect_url: ::std::option::Option<::std::string::String>,
    /// The claim field being used as the user identifier.
    pub user_id: ::std::option::Option<::std::string::String>,
    /// The custom field mapping used for extracting the username.
    pub custom_username: ::std::option::Option<::std::string::String>,
    /// The CA certificate used for secure communication with the OIDC provider.
    pub ca_certificate: ::std::option::Option<::std::string::String>,
    /// The unique identifier for the registered OIDC application.
    pub application_id: ::std::option::Option<i32>,
    /// The buffer time in minutes before the SSO token expires.
    pub sso_token_buffer_minutes: ::std::option::Option<i32>,
    /// The additional authentication parameters configured for the OIDC flow.
    pub extra_auth_params: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    RegisterOidcConfigResponse { application_name = "applicationName" optional, client_id
    = "clientId" optional, company_id = "companyId" required, scopes = "scopes" required,
    issuer = "issuer" required, client_secret = "clientSecret" optional, secret =
    "secret" optional, redirect_url = "redirectUrl" optional, user_id = "userId"
    optional, custom_username = "customUsername" optional, ca_certificate =
    "caCertificate" optional, application_id = "applicationId" optional,
    sso_token_buffer_minutes = "ssoTokenBufferMinutes" optional, extra_auth_params =
    "extraAuthParams" optional, }
}

/// Schema `RegisterOidcConfigTestRequestBody`.
#[derive(Clone, Default)]
pub struct RegisterOidcConfigTestRequestBody {
    /// Additional authentication parameters to include in the test (optional).
    pub extra_auth_params: ::std::option::Option<::std::string::String>,
    /// The issuer URL of the OIDC provider to test.
    pub issuer: ::std::string::String,
    /// The OAuth scopes to test with the OIDC provider.
    pub scopes: ::std::string::String,
    /// The CA certificate for secure communication with the OIDC provider (optional).
    pub certificate: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    RegisterOidcConfigTestRequestBody { extra_auth_params = "extraAuthParams" optional,
    issuer = "issuer" required, scopes = "scopes" required, certificate = "certificate"
    optional, }
}

/// Schema `RegisterOidcConfigTestResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RegisterOidcConfigTestResponse {
    /// The token endpoint URL discovered from the OIDC provider.
    pub token_endpoint: ::std::option::Option<::std::string::String>,
    /// The user info endpoint URL discovered from the OIDC provider.
    pub userinfo_endpoint: ::std::option::Option<::std::string::String>,
    /// The OAuth response types supported by the OIDC provider.
    pub response_types_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The OAuth scopes supported by the OIDC provider.
    pub scopes_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The issuer URL confirmed by the OIDC provider.
    pub issuer: ::std::option::Option<::std::string::String>,
    /// The authorization endpoint URL discovered from the OIDC provider.
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    /// The end session endpoint URL for logging out users from the OIDC provider.
    pub end_session_endpoint: ::std::option::Option<::std::string::String>,
    /// The logout endpoint URL for terminating user sessions.
    pub logout_endpoint: ::std::option::Option<::std::string::String>,
    /// The OAuth grant types supported by the OIDC provider.
    pub grant_types_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The token revocation endpoint URL for invalidating tokens.
    pub revocation_endpoint: ::std::option::Option<::std::string::String>,
    /// The authentication methods supported by the token endpoint.
    pub token_endpoint_auth_methods_supported:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether the provider supports Microsoft multi-refresh tokens.
    pub microsoft_multi_refresh_token: ::std::option::Option<bool>,
}
crate::runtime::object! {
    RegisterOidcConfigTestResponse { token_endpoint = "tokenEndpoint" optional,
    userinfo_endpoint = "userinfoEndpoint" optional, response_types_supported =
    "responseTypesSupported" optional, scopes_supported = "scopesSupported" optional,
    issuer = "issuer" optional, authorization_endpoint = "authorizationEndpoint"
    optional, end_session_endpoint = "endSessionEndpoint" optional, logout_endpoint =
    "logoutEndpoint" optional, grant_types_supported = "grantTypesSupported" optional,
    revocation_endpoint = "revocationEndpoint" optional,
    token_endpoint_auth_methods_supported = "tokenEndpointAuthMethodsSupported" optional,
    microsoft_multi_refresh_token = "microsoftMultiRefreshToken" optional, }
}

/// Schema `RegisterOpentdfConfigRequestBody`.
#[derive(Clone, Default)]
pub struct RegisterOpentdfConfigRequestBody {
    /// The OIDC client ID used for authenticating with the OpenTDF provider.
    pub client_id: ::std::string::String,
    /// The OIDC client secret used for authenticating with the OpenTDF provider
    pub client_secret: ::std::string::String,
    /// The domain of the OpenTDF server.
    pub domain: ::std::string::String,
    /// The provider of the OpenTDF platform.
    ///
    /// Currently only Virtru is supported as the OpenTDF provider.
    pub provider: ::std::string::String,
}
crate::runtime::object! {
    RegisterOpentdfConfigRequestBody { client_id = "clientId" required, client_secret =
    "clientSecret" required, domain = "domain" required, provider = "provider" required,
    }
}

/// Schema `RegisterOpentdfConfigResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RegisterOpentdfConfigResponse {
    /// The OIDC client ID used for authenticating with the OpenTDF provider.
    pub client_id: ::std::string::String,
    /// The domain of the OpenTDF server.
    pub domain: ::std::string::String,
    /// The OIDC client secret used for authenticating with the OpenTDF provider.
    pub client_secret: ::std::string::String,
    /// The provider of the OpenTDF platform.
    pub provider: ::std::string::String,
}
crate::runtime::object! {
    RegisterOpentdfConfigResponse { client_id = "clientId" required, domain = "domain"
    required, client_secret = "clientSecret" required, provider = "provider" required, }
}

/// The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
///
/// Schema `ResourceNotFoundError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ResourceNotFoundError {
    /// A message identifying which resource was not found.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ResourceNotFoundError { message = "message" optional, }
}

/// Represents a security group in a Wickr network, containing membership statistics, configuration, and all permission settings that apply to its members.
///
/// Schema `SecurityGroup`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SecurityGroup {
    /// The number of active user members currently in the security group.
    pub active_members: i32,
    /// The number of bot members currently in the security group.
    pub bot_members: i32,
    /// The GUID of the Active Directory group associated with this security group, if synchronized with LDAP.
    pub active_directory_guid: ::std::option::Option<::std::string::String>,
    /// The unique identifier of the security group.
    pub id: ::std::string::String,
    /// Indicates whether this is the default security group for the network. Each network has only one default group.
    pub is_default: bool,
    /// The human-readable name of the security group.
    pub name: ::std::string::String,
    /// The timestamp when the security group was last modified, specified in epoch seconds.
    pub modified: i32,
    /// The comprehensive configuration settings that define capabilities and restrictions for members of this security group.
    pub security_group_settings: SecurityGroupSettings,
}
crate::runtime::object! {
    SecurityGroup { active_members = "activeMembers" required, bot_members = "botMembers"
    required, active_directory_guid = "activeDirectoryGuid" optional, id = "id" required,
    is_default = "isDefault" required, name = "name" required, modified = "modified"
    required, security_group_settings = "securityGroupSettings" required, }
}

/// Comprehensive configuration settings that define all user capabilities, restrictions, and features for members of a security group. These settings control everything from calling permissions to federation settings to security policies.
///
/// Schema `SecurityGroupSettings`.
#[derive(Clone, Default)]
pub struct SecurityGroupSettings {
    /// Requires users to reauthenticate every time they return to the application, providing an additional layer of security.
    pub always_reauthenticate: ::std::option::Option<bool>,
    /// Configuration values for ATAK (Android Team Awareness Kit) package integration, when ATAK is enabled.
    pub atak_package_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The calling feature permissions and settings that control what types of calls users can initiate and participate in.
    pub calling: ::std::option::Option<CallingSettings>,
    /// Enables automatic checking for Wickr client updates to ensure users stay current with the latest version.
    pub check_for_updates: ::std::option::Option<bool>,
    /// Enables ATAK (Android Team Awareness Kit) integration for tactical communication and situational awareness.
    pub enable_atak: ::std::option::Option<bool>,
    /// Allow users to report crashes.
    pub enable_crash_reports: ::std::option::Option<bool>,
    /// Specifies whether users can download files from messages to their devices.
    pub enable_file_download: ::std::option::Option<bool>,
    /// Allows users to communicate with guest users from other Wickr networks and federated external networks.
    pub enable_guest_federation: ::std::option::Option<bool>,
    /// Enables message preview text in push notifications, allowing users to see message content before opening the app.
    pub enable_notification_preview: ::std::option::Option<bool>,
    /// Allow users to avoid censorship when they are geo-blocked or have network limitations.
    pub enable_open_access_option: ::std::option::Option<bool>,
    /// Enables restricted global federation, limiting external communication to only specified permitted networks.
    pub enable_restricted_global_federation: ::std::option::Option<bool>,
    /// Enables file sharing capabilities, allowing users to send and receive files in conversations.
    pub files_enabled: ::std::option::Option<bool>,
    /// Defines the number of failed login attempts before data stored on the device is reset. Should be less than lockoutThreshold.
    pub force_device_lockout: ::std::option::Option<i32>,
    /// Automatically enable and enforce Wickr open access on all devices. Valid only if enableOpenAccessOption settings is enabled.
    pub force_open_access: ::std::option::Option<bool>,
    /// Allow user approved bots to read messages in rooms without using a slash command.
    pub force_read_receipts: ::std::option::Option<bool>,
    /// Allows users to communicate with users on other Wickr instances (Wickr Enterprise) outside the current network.
    pub global_federation: ::std::option::Option<bool>,
    /// Enforces a two-factor authentication when a user adds a new device to their account.
    pub is_ato_enabled: ::std::option::Option<bool>,
    /// Enables automatic preview of links shared in messages, showing webpage thumbnails and descriptions.
    pub is_link_preview_enabled: ::std::option::Option<bool>,
    /// Allows map integration in location sharing, enabling users to view shared locations on interactive maps. Only allowed when location setting is enabled.
    pub location_allow_maps: ::std::option::Option<bool>,
    /// Enables location sharing features, allowing users to share their current location with others.
    pub location_enabled: ::std::option::Option<bool>,
    /// The maximum file size in bytes that will be automatically downloaded without user confirmation. Only allowed if fileDownload is enabled. Valid Values \[512000 (low\_quality), 7340032 (high\_quality) \]
    pub max_auto_download_size: ::std::option::Option<i64>,
    /// The maximum burn-on-read (BOR) time in seconds, which determines how long messages remain visible before auto-deletion after being read.
    pub max_bor: ::std::option::Option<i32>,
    /// The maximum time-to-live (TTL) in seconds for messages, after which they will be automatically deleted from all devices.
    pub max_ttl: ::std::option::Option<i64>,
    /// Enables message forwarding, allowing users to forward messages from one conversation to another.
    pub message_forwarding_enabled: ::std::option::Option<bool>,
    /// The password complexity requirements that users must follow when creating or changing passwords.
    pub password_requirements: ::std::option::Option<PasswordRequirements>,
    /// Enables presence indicators that show whether users are online, away, or offline.
    pub presence_enabled: ::std::option::Option<bool>,
    /// A list of pre-defined quick response message templates that users can send with a single tap.
    pub quick_responses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Users will get a master recovery key that can be used to securely sign in to their Wickr account without having access to their primary device for authentication. Available in SSO enabled network.
    pub show_master_recovery_key: ::std::option::Option<bool>,
    /// The message shredder configuration that controls secure deletion of messages and files from devices.
    pub shredder: ::std::option::Option<ShredderSettings>,
    /// The duration for which users SSO session remains inactive before automatically logging them out for security. Available in SSO enabled network.
    pub sso_max_idle_minutes: ::std::option::Option<i32>,
    /// Maximum session duration in minutes for non-SSO users. Set to 0 to disable. Valid range is 60 to 525600 (1 hour to 365 days).
    pub max_non_sso_session_minutes: ::std::option::Option<i32>,
    /// The local federation mode controlling how users can communicate with other networks. Values: 0 (none), 1 (federated), 2 (restricted).
    pub federation_mode: ::std::option::Option<i32>,
    /// The number of failed password attempts before a user account is locked out.
    pub lockout_threshold: ::std::option::Option<i32>,
    /// A list of network IDs that are permitted for local federation when federation mode is set to restricted.
    pub permitted_networks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A list of permitted Wickr networks for global federation, restricting communication to specific approved networks.
    pub permitted_wickr_aws_networks: ::std::option::Option<::std::vec::Vec<WickrAwsNetworks>>,
    /// A list of permitted Wickr Enterprise networks for global federation, restricting communication to specific approved networks.
    pub permitted_wickr_enterprise_networks:
        ::std::option::Option<::std::vec::Vec<PermittedWickrEnterpriseNetwork>>,
}
crate::runtime::object! {
    SecurityGroupSettings { always_reauthenticate = "alwaysReauthenticate" optional,
    atak_package_values = "atakPackageValues" optional, calling = "calling" optional,
    check_for_updates = "checkForUpdates" optional, enable_atak = "enableAtak" optional,
    enable_crash_reports = "enableCrashReports" optional, enable_file_download =
    "enableFileDownload" optional, enable_guest_federation = "enableGuestFederation"
    optional, enable_notification_preview = "enableNotificationPreview" optional,
    enable_open_access_option = "enableOpenAccessOption" optional,
    enable_restricted_global_federation = "enableRestrictedGlobalFederation" optional,
    files_enabled = "filesEnabled" optional, force_device_lockout = "forceDeviceLockout"
    optional, force_open_access = "forceOpenAccess" optional, force_read_receipts =
    "forceReadReceipts" optional, global_federation = "globalFederation" optional,
    is_ato_enabled = "isAtoEnabled" optional, is_link_preview_enabled =
    "isLinkPreviewEnabled" optional, location_allow_maps = "locationAllowMaps" optional,
    location_enabled = "locationEnabled" optional, max_auto_download_size =
    "maxAutoDownloadSize" optional, max_bor = "maxBor" optional, max_ttl = "maxTtl"
    optional, message_forwarding_enabled = "messageForwardingEnabled" optional,
    password_requirements = "passwordRequirements" optional, presence_enabled =
    "presenceEnabled" optional, quick_responses = "quickResponses" optional,
    show_master_recovery_key = "showMasterRecoveryKey" optional, shredder = "shredder"
    optional, sso_max_idle_minutes = "ssoMaxIdleMinutes" optional,
    max_non_sso_session_minutes = "maxNonSsoSessionMinutes" optional, federation_mode =
    "federationMode" optional, lockout_threshold = "lockoutThreshold" optional,
    permitted_networks = "permittedNetworks" optional, permitted_wickr_aws_networks =
    "permittedWickrAwsNetworks" optional, permitted_wickr_enterprise_networks =
    "permittedWickrEnterpriseNetworks" optional, }
}

/// Contains the security group configuration settings that can be specified when creating or updating a security group. This is a subset of SecurityGroupSettings containing only the modifiable federation and security settings.
///
/// Schema `SecurityGroupSettingsRequest`.
#[derive(Clone, Default)]
pub struct SecurityGroupSettingsRequest {
    /// The number of failed password attempts before a user account is locked out.
    pub lockout_threshold: ::std::option::Option<i32>,
    /// A list of network IDs that are permitted for local federation when federation mode is set to restricted.
    pub permitted_networks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Guest users let you work with people outside your organization that only have limited access to Wickr. Only valid when federationMode is set to Global.
    pub enable_guest_federation: ::std::option::Option<bool>,
    /// Allow users to securely federate with all Amazon Web Services Wickr networks and Amazon Web Services Enterprise networks.
    pub global_federation: ::std::option::Option<bool>,
    /// The local federation mode. Values: 0 (none), 1 (federated - all networks), 2 (restricted - only permitted networks).
    pub federation_mode: ::std::option::Option<i32>,
    /// Enables restricted global federation to limit communication to specific permitted networks only. Requires globalFederation to be enabled.
    pub enable_restricted_global_federation: ::std::option::Option<bool>,
    /// A list of permitted Amazon Web Services Wickr networks for restricted global federation.
    pub permitted_wickr_aws_networks: ::std::option::Option<::std::vec::Vec<WickrAwsNetworks>>,
    /// A list of permitted Wickr Enterprise networks for restricted global federation.
    pub permitted_wickr_enterprise_networks:
        ::std::option::Option<::std::vec::Vec<PermittedWickrEnterpriseNetwork>>,
}
crate::runtime::object! {
    SecurityGroupSettingsRequest { lockout_threshold = "lockoutThreshold" optional,
    permitted_networks = "permittedNetworks" optional, enable_guest_federation =
    "enableGuestFederation" optional, global_federation = "globalFederation" optional,
    federation_mode = "federationMode" optional, enable_restricted_global_federation =
    "enableRestrictedGlobalFederation" optional, permitted_wickr_aws_networks =
    "permittedWickrAwsNetworks" optional, permitted_wickr_enterprise_networks =
    "permittedWickrEnterpriseNetworks" optional, }
}

/// Represents a single network-level configuration setting with its name, value, and data type. Settings control network-wide behaviors and features.
///
/// Schema `Setting`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Setting {
    /// The name of the network setting (e.g., 'enableClientMetrics', 'dataRetention').
    pub option_name: ::std::string::String,
    /// The current value of the setting as a string. Boolean values are represented as 'true' or 'false'.
    pub value: ::std::string::String,
    /// The data type of the setting value (e.g., 'boolean', 'string', 'number').
    pub type_: ::std::string::String,
}
crate::runtime::object! {
    Setting { option_name = "optionName" required, value = "value" required, type_ =
    "type" required, }
}

/// Configuration for the Wickr shredder feature, which writes random data over free memory and disk space on client devices. You can configure your Wickr shredder intensity using the parameters below.
///
/// Secure Shredder will not write over files that are permanently stored on the device or saved outside of the Wickr client. Wickr Network Administrators are able to disable file downloads within Security Group Settings.
///
/// Schema `ShredderSettings`.
#[derive(Clone, Default)]
pub struct ShredderSettings {
    /// Specifies whether users can manually trigger the shredder to delete content.
    pub can_process_manually: ::std::option::Option<bool>,
    /// Controls the rate (MB/minute) at which the shredder function runs on clients. Valid Values: Must be one of \[0, 20, 60, 100\].
    ///
    /// A higher intensity setting could lead to higher battery usage on mobile devices.
    pub intensity: ::std::option::Option<i32>,
}
crate::runtime::object! {
    ShredderSettings { can_process_manually = "canProcessManually" optional, intensity =
    "intensity" optional, }
}

/// Schema `SortDirection`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SortDirection {
    /// `ASC`
    #[default]
    Asc,
    /// `DESC`
    Desc,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    SortDirection + Unknown { Asc = "ASC", Desc = "DESC", }
}

/// Schema `Status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Status {
    /// `DISABLED`
    #[default]
    Disabled,
    /// `ENABLED`
    Enabled,
    /// `FORCE_ENABLED`
    ForceEnabled,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    Status + Unknown { Disabled = "DISABLED", Enabled = "ENABLED", ForceEnabled =
    "FORCE_ENABLED", }
}

/// The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
///
/// Schema `UnauthorizedError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UnauthorizedError {
    /// A message explaining why the authentication failed.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UnauthorizedError { message = "message" optional, }
}

/// Schema `UpdateBotRequestBody`.
#[derive(Clone, Default)]
pub struct UpdateBotRequestBody {
    /// The new display name for the bot.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The ID of the new security group to assign the bot to.
    pub group_id: ::std::option::Option<::std::string::String>,
    /// The new password for the bot account.
    pub challenge: ::std::option::Option<::std::string::String>,
    /// Set to true to suspend the bot or false to unsuspend it. Omit this field for standard updates that don't affect suspension status.
    pub suspend: ::std::option::Option<bool>,
}
crate::runtime::object! {
    UpdateBotRequestBody { display_name = "displayName" optional, group_id = "groupId"
    optional, challenge = "challenge" optional, suspend = "suspend" optional, }
}

/// Schema `UpdateBotResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateBotResponse {
    /// A message indicating the result of the bot update operation.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateBotResponse { message = "message" optional, }
}

/// Schema `UpdateDataRetentionRequestBody`.
#[derive(Clone, Default)]
pub struct UpdateDataRetentionRequestBody {
    /// The action to perform. Valid values are 'ENABLE' (to enable the data retention service), 'DISABLE' (to disable the service), or 'PUBKEY\_MSG\_ACK' (to acknowledge the public key message).
    pub action_type: DataRetentionActionType,
}
crate::runtime::object! {
    UpdateDataRetentionRequestBody { action_type = "actionType" required, }
}

/// Schema `UpdateDataRetentionResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateDataRetentionResponse {
    /// A message indicating the result of the update operation.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateDataRetentionResponse { message = "message" optional, }
}

/// Schema `UpdateGuestUserRequestBody`.
#[derive(Clone, Default)]
pub struct UpdateGuestUserRequestBody {
    /// Set to true to block the guest user or false to unblock them.
    pub block: bool,
}
crate::runtime::object! {
    UpdateGuestUserRequestBody { block = "block" required, }
}

/// Schema `UpdateGuestUserResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateGuestUserResponse {
    /// A message indicating the result of the update operation.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateGuestUserResponse { message = "message" optional, }
}

/// Schema `UpdateNetworkRequestBody`.
#[derive(Clone, Default)]
pub struct UpdateNetworkRequestBody {
    /// The new name for the network. Must be between 1 and 20 characters.
    pub network_name: ::std::string::String,
    /// The ARN of the Amazon Web Services KMS customer managed key to use for encrypting sensitive data in the network.
    pub encryption_key_arn: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateNetworkRequestBody { network_name = "networkName" required, encryption_key_arn
    = "encryptionKeyArn" optional, }
}

/// Schema `UpdateNetworkResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateNetworkResponse {
    /// A message indicating that the network was updated successfully.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateNetworkResponse { message = "message" optional, }
}

/// Schema `UpdateNetworkSettingsRequestBody`.
#[derive(Clone, Default)]
pub struct UpdateNetworkSettingsRequestBody {
    /// A map of setting names to their new values. Each setting should be provided with its appropriate type (boolean, string, number, etc.).
    pub settings: NetworkSettings,
}
crate::runtime::object! {
    UpdateNetworkSettingsRequestBody { settings = "settings" required, }
}

/// Schema `UpdateNetworkSettingsResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateNetworkSettingsResponse {
    /// A list of the updated network settings, showing the new values for each modified setting.
    pub settings: ::std::vec::Vec<Setting>,
}
crate::runtime::object! {
    UpdateNetworkSettingsResponse { settings = "settings" required, }
}

/// Schema `UpdateSecurityGroupRequestBody`.
#[derive(Clone, Default)]
pub struct UpdateSecurityGroupRequestBody {
    /// The new name for the security group.
    pub name: ::std::option::Option<::std::string::String>,
    /// The updated configuration settings for the security group.
    ///
    /// Federation mode - 0 (Local federation), 1 (Restricted federation), 2 (Global federation)
    pub security_group_settings: ::std::option::Option<SecurityGroupSettings>,
}
crate::runtime::object! {
    UpdateSecurityGroupRequestBody { name = "name" optional, security_group_settings =
    "securityGroupSettings" optional, }
}

/// Schema `UpdateSecurityGroupResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateSecurityGroupResponse {
    /// The updated security group details, including the new settings.
    pub security_group: SecurityGroup,
}
crate::runtime::object! {
    UpdateSecurityGroupResponse { security_group = "securityGroup" required, }
}

/// Contains the modifiable details for updating an existing user, including name, password, security group membership, and invitation settings.
///
/// A user can only be assigned to a single security group. Attempting to add a user to multiple security groups is not supported and will result in an error.
///
/// Schema `UpdateUserDetails`.
#[derive(Clone, Default)]
pub struct UpdateUserDetails {
    /// The new first name for the user.
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The new last name for the user.
    pub last_name: ::std::option::Option<::std::string::String>,
    /// The new username or email address for the user.
    pub username: ::std::option::Option<::std::string::String>,
    /// The updated list of security group IDs to which the user should belong.
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A new custom invite code for the user.
    pub invite_code: ::std::option::Option<::std::string::String>,
    /// The new time-to-live for the invite code in days.
    pub invite_code_ttl: ::std::option::Option<i32>,
    /// Indicates whether the user can be verified through a custom invite code.
    pub code_validation: ::std::option::Option<bool>,
}
crate::runtime::object! {
    UpdateUserDetails { first_name = "firstName" optional, last_name = "lastName"
    optional, username = "username" optional, security_group_ids = "securityGroupIds"
    optional, invite_code = "inviteCode" optional, invite_code_ttl = "inviteCodeTtl"
    optional, code_validation = "codeValidation" optional, }
}

/// Schema `UpdateUserRequestBody`.
#[derive(Clone, Default)]
pub struct UpdateUserRequestBody {
    /// The unique identifier of the user to update.
    pub user_id: ::std::string::String,
    /// An object containing the user details to be updated, such as name, password, security groups, and invite code settings.
    pub user_details: ::std::option::Option<UpdateUserDetails>,
}
crate::runtime::object! {
    UpdateUserRequestBody { user_id = "userId" required, user_details = "userDetails"
    optional, }
}

/// Schema `UpdateUserResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateUserResponse {
    /// The unique identifier of the updated user.
    pub user_id: ::std::string::String,
    /// The ID of the network where the user was updated.
    pub network_id: ::std::string::String,
    /// The list of security group IDs to which the user now belongs after the update.
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The updated first name of the user.
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The updated last name of the user.
    pub last_name: ::std::option::Option<::std::string::String>,
    /// The middle name of the user (currently not used).
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Indicates whether the user is suspended after the update.
    pub suspended: bool,
    /// The timestamp when the user was last modified, specified in epoch seconds.
    pub modified: ::std::option::Option<i32>,
    /// The user's status after the update.
    pub status: ::std::option::Option<i32>,
    /// The updated invite code for the user, if applicable.
    pub invite_code: ::std::option::Option<::std::string::String>,
    /// The expiration time of the user's invite code, specified in epoch seconds.
    pub invite_expiration: ::std::option::Option<i32>,
    /// Indicates whether the user can be verified through a custom invite code.
    pub code_validation: ::std::option::Option<bool>,
}
crate::runtime::object! {
    UpdateUserResponse { user_id = "userId" required, network_id = "networkId" required,
    security_group_ids = "securityGroupIds" optional, first_name = "firstName" optional,
    last_name = "lastName" optional, middle_name = "middleName" optional, suspended =
    "suspended" required, modified = "modified" optional, status = "status" optional,
    invite_code = "inviteCode" optional, invite_expiration = "inviteExpiration" optional,
    code_validation = "codeValidation" optional, }
}

/// Represents a user account in a Wickr network with detailed profile information, status, security settings, and authentication details.
///
/// codeValidation, inviteCode and inviteCodeTtl are restricted to networks under preview only.
///
/// Schema `User`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct User {
    /// The unique identifier for the user within the network.
    pub user_id: ::std::option::Option<::std::string::String>,
    /// The first name of the user.
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The last name of the user.
    pub last_name: ::std::option::Option<::std::string::String>,
    /// The email address or username of the user. For bots, this must end in 'bot'.
    pub username: ::std::option::Option<::std::string::String>,
    /// A list of security group IDs to which the user is assigned, determining their permissions and feature access.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether the user has administrator privileges in the network.
    pub is_admin: ::std::option::Option<bool>,
    /// Indicates whether the user is currently suspended and unable to access the network.
    pub suspended: ::std::option::Option<bool>,
    /// The current status of the user (1 for pending invitation, 2 for active).
    pub status: ::std::option::Option<i32>,
    /// Indicates whether one-time password (OTP) authentication is enabled for the user.
    pub otp_enabled: ::std::option::Option<bool>,
    /// The SCIM (System for Cross-domain Identity Management) identifier for the user, used for identity synchronization. Currently not used.
    pub scim_id: ::std::option::Option<::std::string::String>,
    /// The descriptive type of the user account (e.g., 'user').
    pub type_: ::std::option::Option<::std::string::String>,
    /// The phone number minus country code, used for cloud deployments.
    pub cell: ::std::option::Option<::std::string::String>,
    /// The country code for the user's phone number, used for cloud deployments.
    pub country_code: ::std::option::Option<::std::string::String>,
    /// The number of failed password attempts for enterprise deployments, used for account lockout policies.
    pub challenge_failures: ::std::option::Option<i32>,
    /// Indicates whether the user's email invitation code has expired, applicable to cloud deployments.
    pub is_invite_expired: ::std::option::Option<bool>,
    /// Indicates whether this account is a user (as opposed to a bot or other account type).
    pub is_user: ::std::option::Option<bool>,
    /// The invitation code for this user, used during registration to join the network.
    pub invite_code: ::std::option::Option<::std::string::String>,
    /// Indicates whether the user can be verified through a custom invite code.
    pub code_validation: ::std::option::Option<bool>,
    /// The unique identifier for the user.
    pub uname: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    User { user_id = "userId" optional, first_name = "firstName" optional, last_name =
    "lastName" optional, username = "username" optional, security_groups =
    "securityGroups" optional, is_admin = "isAdmin" optional, suspended = "suspended"
    optional, status = "status" optional, otp_enabled = "otpEnabled" optional, scim_id =
    "scimId" optional, type_ = "type" optional, cell = "cell" optional, country_code =
    "countryCode" optional, challenge_failures = "challengeFailures" optional,
    is_invite_expired = "isInviteExpired" optional, is_user = "isUser" optional,
    invite_code = "inviteCode" optional, code_validation = "codeValidation" optional,
    uname = "uname" optional, }
}

/// One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
///
/// Schema `ValidationError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ValidationError {
    /// A list of validation error details, where each item identifies a specific field that failed validation and explains the reason for the failure.
    pub reasons: ::std::option::Option<::std::vec::Vec<ErrorDetail>>,
    /// A message describing the validation error error that occurred.
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ValidationError { reasons = "reasons" optional, message = "message" optional, }
}

/// Identifies a Amazon Web Services Wickr network by region and network ID, used for configuring permitted networks for global federation.
///
/// Schema `WickrAwsNetworks`.
#[derive(Clone, Default)]
pub struct WickrAwsNetworks {
    /// The Amazon Web Services region identifier where the network is hosted (e.g., 'us-east-1').
    pub region: ::std::string::String,
    /// The network ID of the Wickr Amazon Web Services network.
    pub network_id: ::std::string::String,
}
crate::runtime::object! {
    WickrAwsNetworks { region = "region" required, network_id = "networkId" required, }
}
