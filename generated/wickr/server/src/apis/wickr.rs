//! The `Wickr` API.
//!
//! Operations of AWS Wickr Admin API.
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use std::collections::BTreeMap;

/// Operations of AWS Wickr Admin API.
pub trait WickrApi: crate::sigv4::SigV4Keys + Clone + Send + Sync + 'static {
    /// Retrieves a paginated list of users in a specified Wickr network. You can filter and sort the results based on various criteria such as name, status, or security group membership.
    ///
    /// `GET /networks/{networkId}/users` (operation `ListUsers`)
    fn list_users(
        &self,
        request: ListUsersRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListUsersResponse>> + Send;
    /// Creates multiple users in a specified Wickr network. This operation allows you to provision multiple user accounts simultaneously, optionally specifying security groups, and validation requirements for each user.
    ///
    /// `codeValidation`, `inviteCode`, and `inviteCodeTtl` are restricted to networks under preview only.
    ///
    /// `POST /networks/{networkId}/users` (operation `BatchCreateUser`)
    fn batch_create_user(
        &self,
        request: BatchCreateUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<BatchCreateUserResponse>> + Send;
    /// Updates the properties of an existing user in a Wickr network. This operation allows you to modify the user's name, password, security group membership, and invite code settings.
    ///
    /// Updates the properties of an existing user in a Wickr network. This operation allows you to modify the user's name, password, security group membership, and invite code settings.
    ///
    /// `codeValidation`, `inviteCode`, and `inviteCodeTtl` are restricted to networks under preview only.
    ///
    /// `PATCH /networks/{networkId}/users` (operation `UpdateUser`)
    fn update_user(
        &self,
        request: UpdateUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateUserResponse>> + Send;
    /// Deletes multiple users from a specified Wickr network. This operation permanently removes user accounts and their associated data from the network.
    ///
    /// `POST /networks/{networkId}/users/batch-delete` (operation `BatchDeleteUser`)
    fn batch_delete_user(
        &self,
        request: BatchDeleteUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<BatchDeleteUserResponse>> + Send;
    /// Looks up multiple user usernames from their unique username hashes (unames). This operation allows you to retrieve the email addresses associated with a list of username hashes.
    ///
    /// `POST /networks/{networkId}/users/uname-lookup` (operation `BatchLookupUserUname`)
    fn batch_lookup_user_uname(
        &self,
        request: BatchLookupUserUnameRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<BatchLookupUserUnameResponse>> + Send;
    /// Resends invitation codes to multiple users who have pending invitations in a Wickr network. This operation is useful when users haven't accepted their initial invitations or when invitations have expired.
    ///
    /// `PATCH /networks/{networkId}/users/re-invite` (operation `BatchReinviteUser`)
    fn batch_reinvite_user(
        &self,
        request: BatchReinviteUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<BatchReinviteUserResponse>> + Send;
    /// Retrieves a paginated list of devices associated with a specific user in a Wickr network. This operation returns information about all devices where the user has logged into Wickr.
    ///
    /// `GET /networks/{networkId}/users/{userId}/devices` (operation `ListDevicesForUser`)
    fn list_devices_for_user(
        &self,
        request: ListDevicesForUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListDevicesForUserResponse>> + Send;
    /// Resets multiple devices for a specific user in a Wickr network. This operation forces the selected devices to log out and requires users to re-authenticate, which is useful for security purposes or when devices need to be revoked.
    ///
    /// `PATCH /networks/{networkId}/users/{userId}/devices` (operation `BatchResetDevicesForUser`)
    fn batch_reset_devices_for_user(
        &self,
        request: BatchResetDevicesForUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<BatchResetDevicesForUserResponse>> + Send;
    /// Suspends or unsuspends multiple users in a Wickr network. Suspended users cannot access the network until they are unsuspended. This operation is useful for temporarily restricting access without deleting user accounts.
    ///
    /// `PATCH /networks/{networkId}/users/toggleSuspend` (operation `BatchToggleUserSuspendStatus`)
    fn batch_toggle_user_suspend_status(
        &self,
        request: BatchToggleUserSuspendStatusRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<BatchToggleUserSuspendStatusResponse>> + Send;
    /// Retrieves a paginated list of bots in a specified Wickr network. You can filter and sort the results based on various criteria.
    ///
    /// `GET /networks/{networkId}/bots` (operation `ListBots`)
    fn list_bots(
        &self,
        request: ListBotsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListBotsResponse>> + Send;
    /// Creates a new bot in a specified Wickr network. Bots are automated accounts that can send and receive messages, enabling integration with external systems and automation of tasks.
    ///
    /// `POST /networks/{networkId}/bots` (operation `CreateBot`)
    fn create_bot(
        &self,
        request: CreateBotRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateBotResponse>> + Send;
    /// Retrieves information about the data retention bot in a Wickr network, including its status and whether the data retention service is enabled.
    ///
    /// `GET /networks/{networkId}/data-retention-bots` (operation `GetDataRetentionBot`)
    fn get_data_retention_bot(
        &self,
        request: GetDataRetentionBotRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetDataRetentionBotResponse>> + Send;
    /// Creates a data retention bot in a Wickr network. Data retention bots are specialized bots that handle message archiving and compliance by capturing and storing messages for regulatory or organizational requirements.
    ///
    /// `POST /networks/{networkId}/data-retention-bots` (operation `CreateDataRetentionBot`)
    fn create_data_retention_bot(
        &self,
        request: CreateDataRetentionBotRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateDataRetentionBotResponse>> + Send;
    /// Deletes the data retention bot from a Wickr network. This operation permanently removes the bot and all its associated data from the database.
    ///
    /// `DELETE /networks/{networkId}/data-retention-bots` (operation `DeleteDataRetentionBot`)
    fn delete_data_retention_bot(
        &self,
        request: DeleteDataRetentionBotRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteDataRetentionBotResponse>> + Send;
    /// Updates the data retention bot settings, allowing you to enable or disable the data retention service, or acknowledge the public key message.
    ///
    /// `PATCH /networks/{networkId}/data-retention-bots` (operation `UpdateDataRetention`)
    fn update_data_retention(
        &self,
        request: UpdateDataRetentionRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateDataRetentionResponse>> + Send;
    /// Creates a new challenge password for the data retention bot. This password is used for authentication when the bot connects to the network.
    ///
    /// `POST /networks/{networkId}/data-retention-bots/challenge` (operation `CreateDataRetentionBotChallenge`)
    fn create_data_retention_bot_challenge(
        &self,
        request: CreateDataRetentionBotChallengeRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateDataRetentionBotChallengeResponse>> + Send;
    /// Retrieves a paginated list of all Wickr networks associated with your Amazon Web Services account. You can sort the results by network ID or name.
    ///
    /// `GET /networks` (operation `ListNetworks`)
    fn list_networks(
        &self,
        request: ListNetworksRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListNetworksResponse>> + Send;
    /// Creates a new Wickr network with specified access level and configuration. This operation provisions a new communication network for your organization.
    ///
    /// `POST /networks` (operation `CreateNetwork`)
    fn create_network(
        &self,
        request: CreateNetworkRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateNetworkResponse>> + Send;
    /// Retrieves a paginated list of security groups in a specified Wickr network. You can sort the results by various criteria.
    ///
    /// `GET /networks/{networkId}/security-groups` (operation `ListSecurityGroups`)
    fn list_security_groups(
        &self,
        request: ListSecurityGroupsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListSecurityGroupsResponse>> + Send;
    /// Creates a new security group in a Wickr network. Security groups allow you to organize users and control their permissions, features, and security settings.
    ///
    /// `POST /networks/{networkId}/security-groups` (operation `CreateSecurityGroup`)
    fn create_security_group(
        &self,
        request: CreateSecurityGroupRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateSecurityGroupResponse>> + Send;
    /// Retrieves detailed information about a specific bot in a Wickr network, including its status, group membership, and authentication details.
    ///
    /// `GET /networks/{networkId}/bots/{botId}` (operation `GetBot`)
    fn get_bot(
        &self,
        request: GetBotRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetBotResponse>> + Send;
    /// Deletes a bot from a specified Wickr network. This operation permanently removes the bot account and its associated data from the network.
    ///
    /// `DELETE /networks/{networkId}/bots/{botId}` (operation `DeleteBot`)
    fn delete_bot(
        &self,
        request: DeleteBotRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteBotResponse>> + Send;
    /// Updates the properties of an existing bot in a Wickr network. This operation allows you to modify the bot's display name, security group, password, or suspension status.
    ///
    /// `PATCH /networks/{networkId}/bots/{botId}` (operation `UpdateBot`)
    fn update_bot(
        &self,
        request: UpdateBotRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateBotResponse>> + Send;
    /// Retrieves detailed information about a specific Wickr network, including its configuration, access level, and status.
    ///
    /// `GET /networks/{networkId}` (operation `GetNetwork`)
    fn get_network(
        &self,
        request: GetNetworkRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetNetworkResponse>> + Send;
    /// Deletes a Wickr network and all its associated resources, including users, bots, security groups, and settings. This operation is permanent and cannot be undone.
    ///
    /// `DELETE /networks/{networkId}` (operation `DeleteNetwork`)
    fn delete_network(
        &self,
        request: DeleteNetworkRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteNetworkResponse>> + Send;
    /// Updates the properties of an existing Wickr network, such as its name or encryption key configuration.
    ///
    /// `PATCH /networks/{networkId}` (operation `UpdateNetwork`)
    fn update_network(
        &self,
        request: UpdateNetworkRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateNetworkResponse>> + Send;
    /// Retrieves detailed information about a specific security group in a Wickr network, including its settings, member counts, and configuration.
    ///
    /// `GET /networks/{networkId}/security-groups/{groupId}` (operation `GetSecurityGroup`)
    fn get_security_group(
        &self,
        request: GetSecurityGroupRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetSecurityGroupResponse>> + Send;
    /// Deletes a security group from a Wickr network. This operation cannot be performed on the default security group.
    ///
    /// `DELETE /networks/{networkId}/security-groups/{groupId}` (operation `DeleteSecurityGroup`)
    fn delete_security_group(
        &self,
        request: DeleteSecurityGroupRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteSecurityGroupResponse>> + Send;
    /// Updates the properties of an existing security group in a Wickr network, such as its name or settings.
    ///
    /// `PATCH /networks/{networkId}/security-groups/{groupId}` (operation `UpdateSecurityGroup`)
    fn update_security_group(
        &self,
        request: UpdateSecurityGroupRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateSecurityGroupResponse>> + Send;
    /// Retrieves the count of bots in a Wickr network, categorized by their status (pending, active, and total).
    ///
    /// `GET /networks/{networkId}/bots/count` (operation `GetBotsCount`)
    fn get_bots_count(
        &self,
        request: GetBotsCountRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetBotsCountResponse>> + Send;
    /// Retrieves historical guest user count data for a Wickr network, showing the number of guest users per billing period over the past 90 days.
    ///
    /// `GET /networks/{networkId}/guest-users/count` (operation `GetGuestUserHistoryCount`)
    fn get_guest_user_history_count(
        &self,
        request: GetGuestUserHistoryCountRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetGuestUserHistoryCountResponse>> + Send;
    /// Retrieves all network-level settings for a Wickr network, including client metrics, data retention, and other configuration options.
    ///
    /// `GET /networks/{networkId}/settings` (operation `GetNetworkSettings`)
    fn get_network_settings(
        &self,
        request: GetNetworkSettingsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetNetworkSettingsResponse>> + Send;
    /// Updates network-level settings for a Wickr network. You can modify settings such as client metrics, data retention, and other network-wide options.
    ///
    /// `PATCH /networks/{networkId}/settings` (operation `UpdateNetworkSettings`)
    fn update_network_settings(
        &self,
        request: UpdateNetworkSettingsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateNetworkSettingsResponse>> + Send;
    /// Retrieves the OpenID Connect (OIDC) configuration for a Wickr network, including SSO settings and optional token information if access token parameters are provided.
    ///
    /// `GET /networks/{networkId}/oidc` (operation `GetOidcInfo`)
    fn get_oidc_info(
        &self,
        request: GetOidcInfoRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetOidcInfoResponse>> + Send;
    /// Retrieves the OpenTDF integration configuration for a Wickr network.
    ///
    /// `GET /networks/{networkId}/tdf` (operation `GetOpentdfConfig`)
    fn get_opentdf_config(
        &self,
        request: GetOpentdfConfigRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetOpentdfConfigResponse>> + Send;
    /// Registers and saves OpenTDF configuration for a Wickr network, enabling attribute-based access control for Wickr through an OpenTDF provider.
    ///
    /// `POST /networks/{networkId}/tdf` (operation `RegisterOpentdfConfig`)
    fn register_opentdf_config(
        &self,
        request: RegisterOpentdfConfigRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<RegisterOpentdfConfigResponse>> + Send;
    /// Retrieves detailed information about a specific user in a Wickr network, including their profile, status, and activity history.
    ///
    /// `GET /networks/{networkId}/users/{userId}` (operation `GetUser`)
    fn get_user(
        &self,
        request: GetUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetUserResponse>> + Send;
    /// Retrieves the count of users in a Wickr network, categorized by their status (pending, active, rejected) and showing how many users can still be added.
    ///
    /// `GET /networks/{networkId}/users/count` (operation `GetUsersCount`)
    fn get_users_count(
        &self,
        request: GetUsersCountRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetUsersCountResponse>> + Send;
    /// Retrieves a paginated list of guest users who have been blocked from a Wickr network. You can filter and sort the results.
    ///
    /// `GET /networks/{networkId}/guest-users/blocklist` (operation `ListBlockedGuestUsers`)
    fn list_blocked_guest_users(
        &self,
        request: ListBlockedGuestUsersRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListBlockedGuestUsersResponse>> + Send;
    /// Retrieves a paginated list of guest users who have communicated with your Wickr network. Guest users are external users from federated networks who can communicate with network members.
    ///
    /// `GET /networks/{networkId}/guest-users` (operation `ListGuestUsers`)
    fn list_guest_users(
        &self,
        request: ListGuestUsersRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListGuestUsersResponse>> + Send;
    /// Retrieves a paginated list of users who belong to a specific security group in a Wickr network.
    ///
    /// `GET /networks/{networkId}/security-groups/{groupId}/users` (operation `ListSecurityGroupUsers`)
    fn list_security_group_users(
        &self,
        request: ListSecurityGroupUsersRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListSecurityGroupUsersResponse>> + Send;
    /// Registers and saves an OpenID Connect (OIDC) configuration for a Wickr network, enabling Single Sign-On (SSO) authentication through an identity provider.
    ///
    /// `POST /networks/{networkId}/oidc/save` (operation `RegisterOidcConfig`)
    fn register_oidc_config(
        &self,
        request: RegisterOidcConfigRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<RegisterOidcConfigResponse>> + Send;
    /// Tests an OpenID Connect (OIDC) configuration for a Wickr network by validating the connection to the identity provider and retrieving its supported capabilities.
    ///
    /// `POST /networks/{networkId}/oidc/test` (operation `RegisterOidcConfigTest`)
    fn register_oidc_config_test(
        &self,
        request: RegisterOidcConfigTestRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<RegisterOidcConfigTestResponse>> + Send;
    /// Updates the block status of a guest user in a Wickr network. This operation allows you to block or unblock a guest user from accessing the network.
    ///
    /// `PATCH /networks/{networkId}/guest-users/{usernameHash}` (operation `UpdateGuestUser`)
    fn update_guest_user(
        &self,
        request: UpdateGuestUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateGuestUserResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(wickr::routes().merge(...), service)`.
pub fn routes<S: WickrApi>() -> axum::Router<S> {
    let routes = axum::Router::new().route(
        "/networks",
        axum::routing::get(crate::apis::wickr::handle_list_networks::<S>)
            .post(crate::apis::wickr::handle_create_network::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}",
        axum::routing::get(crate::apis::wickr::handle_get_network::<S>)
            .delete(crate::apis::wickr::handle_delete_network::<S>)
            .patch(crate::apis::wickr::handle_update_network::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/bots",
        axum::routing::get(crate::apis::wickr::handle_list_bots::<S>)
            .post(crate::apis::wickr::handle_create_bot::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/bots/count",
        axum::routing::get(crate::apis::wickr::handle_get_bots_count::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/bots/{p1}",
        axum::routing::get(crate::apis::wickr::handle_get_bot::<S>)
            .delete(crate::apis::wickr::handle_delete_bot::<S>)
            .patch(crate::apis::wickr::handle_update_bot::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/data-retention-bots",
        axum::routing::get(crate::apis::wickr::handle_get_data_retention_bot::<S>)
            .post(crate::apis::wickr::handle_create_data_retention_bot::<S>)
            .delete(crate::apis::wickr::handle_delete_data_retention_bot::<S>)
            .patch(crate::apis::wickr::handle_update_data_retention::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/data-retention-bots/challenge",
        axum::routing::post(crate::apis::wickr::handle_create_data_retention_bot_challenge::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/guest-users",
        axum::routing::get(crate::apis::wickr::handle_list_guest_users::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/guest-users/blocklist",
        axum::routing::get(crate::apis::wickr::handle_list_blocked_guest_users::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/guest-users/count",
        axum::routing::get(crate::apis::wickr::handle_get_guest_user_history_count::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/guest-users/{p1}",
        axum::routing::patch(crate::apis::wickr::handle_update_guest_user::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/oidc",
        axum::routing::get(crate::apis::wickr::handle_get_oidc_info::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/oidc/save",
        axum::routing::post(crate::apis::wickr::handle_register_oidc_config::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/oidc/test",
        axum::routing::post(crate::apis::wickr::handle_register_oidc_config_test::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/security-groups",
        axum::routing::get(crate::apis::wickr::handle_list_security_groups::<S>)
            .post(crate::apis::wickr::handle_create_security_group::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/security-groups/{p1}",
        axum::routing::get(crate::apis::wickr::handle_get_security_group::<S>)
            .delete(crate::apis::wickr::handle_delete_security_group::<S>)
            .patch(crate::apis::wickr::handle_update_security_group::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/security-groups/{p1}/users",
        axum::routing::get(crate::apis::wickr::handle_list_security_group_users::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/settings",
        axum::routing::get(crate::apis::wickr::handle_get_network_settings::<S>)
            .patch(crate::apis::wickr::handle_update_network_settings::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/tdf",
        axum::routing::get(crate::apis::wickr::handle_get_opentdf_config::<S>)
            .post(crate::apis::wickr::handle_register_opentdf_config::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/users",
        axum::routing::get(crate::apis::wickr::handle_list_users::<S>)
            .post(crate::apis::wickr::handle_batch_create_user::<S>)
            .patch(crate::apis::wickr::handle_update_user::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/users/batch-delete",
        axum::routing::post(crate::apis::wickr::handle_batch_delete_user::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/users/count",
        axum::routing::get(crate::apis::wickr::handle_get_users_count::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/users/re-invite",
        axum::routing::patch(crate::apis::wickr::handle_batch_reinvite_user::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/users/toggleSuspend",
        axum::routing::patch(crate::apis::wickr::handle_batch_toggle_user_suspend_status::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/users/uname-lookup",
        axum::routing::post(crate::apis::wickr::handle_batch_lookup_user_uname::<S>),
    );
    let routes = routes.route(
        "/networks/{p0}/users/{p1}",
        axum::routing::get(crate::apis::wickr::handle_get_user::<S>),
    );
    routes.route(
        "/networks/{p0}/users/{p1}/devices",
        axum::routing::get(crate::apis::wickr::handle_list_devices_for_user::<S>)
            .patch(crate::apis::wickr::handle_batch_reset_devices_for_user::<S>),
    )
}

/// What a `GET /networks/{networkId}/users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListUsersRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network from which to list users.
    pub network_id: ::std::string::String,
    /// query parameter `nextToken`.
    ///
    /// The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// query parameter `maxResults`.
    ///
    /// The maximum number of users to return in a single page. Valid range is 1-100. Default is 10.
    pub max_results: ::std::option::Option<i32>,
    /// query parameter `sortFields`.
    ///
    /// The fields to sort users by. Multiple fields can be specified by separating them with '+'. Accepted values include 'username', 'firstName', 'lastName', 'status', and 'groupId'.
    pub sort_fields: ::std::option::Option<::std::string::String>,
    /// query parameter `sortDirection`.
    ///
    /// The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub sort_direction: ::std::option::Option<crate::models::SortDirection>,
    /// query parameter `firstName`.
    ///
    /// Filter results to only include users with first names matching this value.
    pub first_name: ::std::option::Option<::std::string::String>,
    /// query parameter `lastName`.
    ///
    /// Filter results to only include users with last names matching this value.
    pub last_name: ::std::option::Option<::std::string::String>,
    /// query parameter `username`.
    ///
    /// Filter results to only include users with usernames matching this value.
    pub username: ::std::option::Option<::std::string::String>,
    /// query parameter `status`.
    ///
    /// Filter results to only include users with this status (1 for pending, 2 for active).
    pub status: ::std::option::Option<i32>,
    /// query parameter `groupId`.
    ///
    /// Filter results to only include users belonging to this security group.
    pub group_id: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListUsersResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::ListUsersResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for ListUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl ListUsersRequest {
    /// Reads and checks a `GET /networks/{networkId}/users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(ListUsersRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            next_token: runtime::checked(
                query.optional("nextToken", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "nextToken",
            )?,
            max_results: query.optional("maxResults", false)?,
            sort_fields: runtime::checked(
                query.optional("sortFields", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "sortFields",
            )?,
            sort_direction: query.optional("sortDirection", false)?,
            first_name: runtime::checked(
                query.optional("firstName", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "firstName",
            )?,
            last_name: runtime::checked(
                query.optional("lastName", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "lastName",
            )?,
            username: runtime::checked(
                query.optional("username", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "username",
            )?,
            status: query.optional("status", false)?,
            group_id: runtime::checked(
                query.optional("groupId", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "groupId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/users` request and hands it to [`WickrApi::list_users`].
pub async fn handle_list_users<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "ListUsers",
        path: "/networks/{networkId}/users",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        ListUsersRequest::read,
        |request| service.list_users(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchCreateUserRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network where users will be created.
    pub network_id: ::std::string::String,
    /// header parameter `X-Client-Token`.
    ///
    /// A unique identifier for this request to ensure idempotency. If you retry a request with the same client token, the service will return the same response without creating duplicate users.
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::BatchCreateUserRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchCreateUserResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::BatchCreateUserResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for BatchCreateUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl BatchCreateUserRequest {
    /// Reads and checks a `POST /networks/{networkId}/users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(BatchCreateUserRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            x_client_token: runtime::checked(
                runtime::header_optional(headers, "X-Client-Token")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(64),
                    pattern: Some("[a-zA-Z0-9-_:]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Client-Token",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/users` request and hands it to [`WickrApi::batch_create_user`].
pub async fn handle_batch_create_user<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "BatchCreateUser",
        path: "/networks/{networkId}/users",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        BatchCreateUserRequest::read,
        |request| service.batch_create_user(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}/users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the user to update.
    pub network_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateUserRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}/users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::UpdateUserResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for UpdateUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl UpdateUserRequest {
    /// Reads and checks a `PATCH /networks/{networkId}/users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(UpdateUserRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}/users` request and hands it to [`WickrApi::update_user`].
pub async fn handle_update_user<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "UpdateUser",
        path: "/networks/{networkId}/users",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        UpdateUserRequest::read,
        |request| service.update_user(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/users/batch-delete` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchDeleteUserRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network from which users will be deleted.
    pub network_id: ::std::string::String,
    /// header parameter `X-Client-Token`.
    ///
    /// A unique identifier for this request to ensure idempotency. If you retry a request with the same client token, the service will return the same response without attempting to delete users again.
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::BatchDeleteUserRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/users/batch-delete` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchDeleteUserResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::BatchDeleteUserResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for BatchDeleteUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl BatchDeleteUserRequest {
    /// Reads and checks a `POST /networks/{networkId}/users/batch-delete` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(BatchDeleteUserRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            x_client_token: runtime::checked(
                runtime::header_optional(headers, "X-Client-Token")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(64),
                    pattern: Some("[a-zA-Z0-9-_:]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Client-Token",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/users/batch-delete` request and hands it to [`WickrApi::batch_delete_user`].
pub async fn handle_batch_delete_user<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "BatchDeleteUser",
        path: "/networks/{networkId}/users/batch-delete",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        BatchDeleteUserRequest::read,
        |request| service.batch_delete_user(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/users/uname-lookup` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchLookupUserUnameRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network where the users will be looked up.
    pub network_id: ::std::string::String,
    /// header parameter `X-Client-Token`.
    ///
    /// A unique identifier for this request to ensure idempotency.
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::BatchLookupUserUnameRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/users/uname-lookup` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchLookupUserUnameResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::BatchLookupUserUnameResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for BatchLookupUserUnameResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl BatchLookupUserUnameRequest {
    /// Reads and checks a `POST /networks/{networkId}/users/uname-lookup` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(BatchLookupUserUnameRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            x_client_token: runtime::checked(
                runtime::header_optional(headers, "X-Client-Token")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(64),
                    pattern: Some("[a-zA-Z0-9-_:]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Client-Token",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/users/uname-lookup` request and hands it to [`WickrApi::batch_lookup_user_uname`].
pub async fn handle_batch_lookup_user_uname<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "BatchLookupUserUname",
        path: "/networks/{networkId}/users/uname-lookup",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        BatchLookupUserUnameRequest::read,
        |request| service.batch_lookup_user_uname(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}/users/re-invite` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchReinviteUserRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network where users will be reinvited.
    pub network_id: ::std::string::String,
    /// header parameter `X-Client-Token`.
    ///
    /// A unique identifier for this request to ensure idempotency.
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::BatchReinviteUserRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}/users/re-invite` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchReinviteUserResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::BatchReinviteUserResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for BatchReinviteUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl BatchReinviteUserRequest {
    /// Reads and checks a `PATCH /networks/{networkId}/users/re-invite` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(BatchReinviteUserRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            x_client_token: runtime::checked(
                runtime::header_optional(headers, "X-Client-Token")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(64),
                    pattern: Some("[a-zA-Z0-9-_:]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Client-Token",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}/users/re-invite` request and hands it to [`WickrApi::batch_reinvite_user`].
pub async fn handle_batch_reinvite_user<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "BatchReinviteUser",
        path: "/networks/{networkId}/users/re-invite",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        BatchReinviteUserRequest::read,
        |request| service.batch_reinvite_user(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/users/{userId}/devices` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListDevicesForUserRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the user.
    pub network_id: ::std::string::String,
    /// path parameter `userId`.
    ///
    /// The unique identifier of the user whose devices will be listed.
    pub user_id: ::std::string::String,
    /// query parameter `nextToken`.
    ///
    /// The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// query parameter `maxResults`.
    ///
    /// The maximum number of devices to return in a single page. Valid range is 1-100. Default is 10.
    pub max_results: ::std::option::Option<i32>,
    /// query parameter `sortFields`.
    ///
    /// The fields to sort devices by. Multiple fields can be specified by separating them with '+'. Accepted values include 'lastlogin', 'type', 'suspend', and 'created'.
    pub sort_fields: ::std::option::Option<::std::string::String>,
    /// query parameter `sortDirection`.
    ///
    /// The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub sort_direction: ::std::option::Option<crate::models::SortDirection>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/users/{userId}/devices` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListDevicesForUserResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::ListDevicesForUserResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for ListDevicesForUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl ListDevicesForUserRequest {
    /// Reads and checks a `GET /networks/{networkId}/users/{userId}/devices` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(ListDevicesForUserRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            user_id: runtime::checked(
                runtime::path_param(path, "p1", "userId")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(10),
                    pattern: Some("[0-9]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "userId",
            )?,
            next_token: runtime::checked(
                query.optional("nextToken", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "nextToken",
            )?,
            max_results: query.optional("maxResults", false)?,
            sort_fields: runtime::checked(
                query.optional("sortFields", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "sortFields",
            )?,
            sort_direction: query.optional("sortDirection", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/users/{userId}/devices` request and hands it to [`WickrApi::list_devices_for_user`].
pub async fn handle_list_devices_for_user<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "ListDevicesForUser",
        path: "/networks/{networkId}/users/{userId}/devices",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        ListDevicesForUserRequest::read,
        |request| service.list_devices_for_user(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}/users/{userId}/devices` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchResetDevicesForUserRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the user whose devices will be reset.
    pub network_id: ::std::string::String,
    /// path parameter `userId`.
    ///
    /// The ID of the user whose devices will be reset.
    pub user_id: ::std::string::String,
    /// header parameter `X-Client-Token`.
    ///
    /// A unique identifier for this request to ensure idempotency.
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::BatchResetDevicesForUserRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}/users/{userId}/devices` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchResetDevicesForUserResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::BatchResetDevicesForUserResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for BatchResetDevicesForUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl BatchResetDevicesForUserRequest {
    /// Reads and checks a `PATCH /networks/{networkId}/users/{userId}/devices` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(BatchResetDevicesForUserRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            user_id: runtime::checked(
                runtime::path_param(path, "p1", "userId")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(10),
                    pattern: Some("[0-9]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "userId",
            )?,
            x_client_token: runtime::checked(
                runtime::header_optional(headers, "X-Client-Token")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(64),
                    pattern: Some("[a-zA-Z0-9-_:]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Client-Token",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}/users/{userId}/devices` request and hands it to [`WickrApi::batch_reset_devices_for_user`].
pub async fn handle_batch_reset_devices_for_user<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "BatchResetDevicesForUser",
        path: "/networks/{networkId}/users/{userId}/devices",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        BatchResetDevicesForUserRequest::read,
        |request| service.batch_reset_devices_for_user(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}/users/toggleSuspend` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchToggleUserSuspendStatusRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network where users will be suspended or unsuspended.
    pub network_id: ::std::string::String,
    /// query parameter `suspend`.
    ///
    /// A boolean value indicating whether to suspend (true) or unsuspend (false) the specified users.
    pub suspend: bool,
    /// header parameter `X-Client-Token`.
    ///
    /// A unique identifier for this request to ensure idempotency.
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::BatchToggleUserSuspendStatusRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}/users/toggleSuspend` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchToggleUserSuspendStatusResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::BatchToggleUserSuspendStatusResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for BatchToggleUserSuspendStatusResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl BatchToggleUserSuspendStatusRequest {
    /// Reads and checks a `PATCH /networks/{networkId}/users/toggleSuspend` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(BatchToggleUserSuspendStatusRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            suspend: query.required("suspend", false)?,
            x_client_token: runtime::checked(
                runtime::header_optional(headers, "X-Client-Token")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(64),
                    pattern: Some("[a-zA-Z0-9-_:]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Client-Token",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}/users/toggleSuspend` request and hands it to [`WickrApi::batch_toggle_user_suspend_status`].
pub async fn handle_batch_toggle_user_suspend_status<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "BatchToggleUserSuspendStatus",
        path: "/networks/{networkId}/users/toggleSuspend",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        BatchToggleUserSuspendStatusRequest::read,
        |request| service.batch_toggle_user_suspend_status(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/bots` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListBotsRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network from which to list bots.
    pub network_id: ::std::string::String,
    /// query parameter `nextToken`.
    ///
    /// The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// query parameter `maxResults`.
    ///
    /// The maximum number of bots to return in a single page. Valid range is 1-100. Default is 10.
    pub max_results: ::std::option::Option<i32>,
    /// query parameter `sortFields`.
    ///
    /// The fields to sort bots by. Multiple fields can be specified by separating them with '+'. Accepted values include 'username', 'firstName', 'displayName', 'status', and 'groupId'.
    pub sort_fields: ::std::option::Option<::std::string::String>,
    /// query parameter `sortDirection`.
    ///
    /// The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub sort_direction: ::std::option::Option<crate::models::SortDirection>,
    /// query parameter `displayName`.
    ///
    /// Filter results to only include bots with display names matching this value.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// query parameter `username`.
    ///
    /// Filter results to only include bots with usernames matching this value.
    pub username: ::std::option::Option<::std::string::String>,
    /// query parameter `status`.
    ///
    /// Filter results to only include bots with this status (1 for pending, 2 for active).
    pub status: ::std::option::Option<i32>,
    /// query parameter `groupId`.
    ///
    /// Filter results to only include bots belonging to this security group.
    pub group_id: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/bots` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListBotsResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::ListBotsResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for ListBotsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl ListBotsRequest {
    /// Reads and checks a `GET /networks/{networkId}/bots` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(ListBotsRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            next_token: runtime::checked(
                query.optional("nextToken", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "nextToken",
            )?,
            max_results: query.optional("maxResults", false)?,
            sort_fields: runtime::checked(
                query.optional("sortFields", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "sortFields",
            )?,
            sort_direction: query.optional("sortDirection", false)?,
            display_name: runtime::checked(
                query.optional("displayName", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "displayName",
            )?,
            username: runtime::checked(
                query.optional("username", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "username",
            )?,
            status: query.optional("status", false)?,
            group_id: runtime::checked(
                query.optional("groupId", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "groupId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/bots` request and hands it to [`WickrApi::list_bots`].
pub async fn handle_list_bots<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "ListBots",
        path: "/networks/{networkId}/bots",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        ListBotsRequest::read,
        |request| service.list_bots(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/bots` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBotRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network where the bot will be created.
    pub network_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::CreateBotRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/bots` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateBotResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::CreateBotResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for CreateBotResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl CreateBotRequest {
    /// Reads and checks a `POST /networks/{networkId}/bots` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(CreateBotRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/bots` request and hands it to [`WickrApi::create_bot`].
pub async fn handle_create_bot<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "CreateBot",
        path: "/networks/{networkId}/bots",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        CreateBotRequest::read,
        |request| service.create_bot(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/data-retention-bots` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetDataRetentionBotRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the data retention bot.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/data-retention-bots` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetDataRetentionBotResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetDataRetentionBotResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetDataRetentionBotResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetDataRetentionBotRequest {
    /// Reads and checks a `GET /networks/{networkId}/data-retention-bots` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetDataRetentionBotRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/data-retention-bots` request and hands it to [`WickrApi::get_data_retention_bot`].
pub async fn handle_get_data_retention_bot<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetDataRetentionBot",
        path: "/networks/{networkId}/data-retention-bots",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetDataRetentionBotRequest::read,
        |request| service.get_data_retention_bot(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/data-retention-bots` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDataRetentionBotRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network where the data retention bot will be created.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/data-retention-bots` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateDataRetentionBotResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::CreateDataRetentionBotResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for CreateDataRetentionBotResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl CreateDataRetentionBotRequest {
    /// Reads and checks a `POST /networks/{networkId}/data-retention-bots` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(CreateDataRetentionBotRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/data-retention-bots` request and hands it to [`WickrApi::create_data_retention_bot`].
pub async fn handle_create_data_retention_bot<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "CreateDataRetentionBot",
        path: "/networks/{networkId}/data-retention-bots",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        CreateDataRetentionBotRequest::read,
        |request| service.create_data_retention_bot(request),
    )
    .await
}

/// What a `DELETE /networks/{networkId}/data-retention-bots` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDataRetentionBotRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network from which the data retention bot will be deleted.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /networks/{networkId}/data-retention-bots` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteDataRetentionBotResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::DeleteDataRetentionBotResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for DeleteDataRetentionBotResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl DeleteDataRetentionBotRequest {
    /// Reads and checks a `DELETE /networks/{networkId}/data-retention-bots` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(DeleteDataRetentionBotRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /networks/{networkId}/data-retention-bots` request and hands it to [`WickrApi::delete_data_retention_bot`].
pub async fn handle_delete_data_retention_bot<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "DeleteDataRetentionBot",
        path: "/networks/{networkId}/data-retention-bots",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        DeleteDataRetentionBotRequest::read,
        |request| service.delete_data_retention_bot(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}/data-retention-bots` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDataRetentionRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the data retention bot.
    pub network_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateDataRetentionRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}/data-retention-bots` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateDataRetentionResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::UpdateDataRetentionResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for UpdateDataRetentionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl UpdateDataRetentionRequest {
    /// Reads and checks a `PATCH /networks/{networkId}/data-retention-bots` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(UpdateDataRetentionRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}/data-retention-bots` request and hands it to [`WickrApi::update_data_retention`].
pub async fn handle_update_data_retention<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "UpdateDataRetention",
        path: "/networks/{networkId}/data-retention-bots",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        UpdateDataRetentionRequest::read,
        |request| service.update_data_retention(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/data-retention-bots/challenge` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDataRetentionBotChallengeRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the data retention bot.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/data-retention-bots/challenge` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateDataRetentionBotChallengeResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::CreateDataRetentionBotChallengeResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for CreateDataRetentionBotChallengeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl CreateDataRetentionBotChallengeRequest {
    /// Reads and checks a `POST /networks/{networkId}/data-retention-bots/challenge` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(CreateDataRetentionBotChallengeRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/data-retention-bots/challenge` request and hands it to [`WickrApi::create_data_retention_bot_challenge`].
pub async fn handle_create_data_retention_bot_challenge<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "CreateDataRetentionBotChallenge",
        path: "/networks/{networkId}/data-retention-bots/challenge",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        CreateDataRetentionBotChallengeRequest::read,
        |request| service.create_data_retention_bot_challenge(request),
    )
    .await
}

/// What a `GET /networks` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListNetworksRequest {
    /// query parameter `maxResults`.
    ///
    /// The maximum number of networks to return in a single page. Valid range is 1-100. Default is 10.
    pub max_results: ::std::option::Option<i32>,
    /// query parameter `sortFields`.
    ///
    /// The field to sort networks by. Accepted values are 'networkId' and 'networkName'. Default is 'networkId'.
    pub sort_fields: ::std::option::Option<::std::string::String>,
    /// query parameter `sortDirection`.
    ///
    /// The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub sort_direction: ::std::option::Option<crate::models::SortDirection>,
    /// query parameter `nextToken`.
    ///
    /// The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListNetworksResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::ListNetworksResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for ListNetworksResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl ListNetworksRequest {
    /// Reads and checks a `GET /networks` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(ListNetworksRequest {
            max_results: query.optional("maxResults", false)?,
            sort_fields: runtime::checked(
                query.optional("sortFields", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "sortFields",
            )?,
            sort_direction: query.optional("sortDirection", false)?,
            next_token: runtime::checked(
                query.optional("nextToken", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "nextToken",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks` request and hands it to [`WickrApi::list_networks`].
pub async fn handle_list_networks<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "ListNetworks",
        path: "/networks",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        ListNetworksRequest::read,
        |request| service.list_networks(request),
    )
    .await
}

/// What a `POST /networks` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNetworkRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateNetworkRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNetworkResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::CreateNetworkResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for CreateNetworkResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl CreateNetworkRequest {
    /// Reads and checks a `POST /networks` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(CreateNetworkRequest {
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks` request and hands it to [`WickrApi::create_network`].
pub async fn handle_create_network<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "CreateNetwork",
        path: "/networks",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        CreateNetworkRequest::read,
        |request| service.create_network(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/security-groups` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListSecurityGroupsRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network from which to list security groups.
    pub network_id: ::std::string::String,
    /// query parameter `nextToken`.
    ///
    /// The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// query parameter `maxResults`.
    ///
    /// The maximum number of security groups to return in a single page. Valid range is 1-100. Default is 10.
    pub max_results: ::std::option::Option<i32>,
    /// query parameter `sortFields`.
    ///
    /// The field to sort security groups by. Accepted values include 'id' and 'name'.
    pub sort_fields: ::std::option::Option<::std::string::String>,
    /// query parameter `sortDirection`.
    ///
    /// The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub sort_direction: ::std::option::Option<crate::models::SortDirection>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/security-groups` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListSecurityGroupsResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::ListSecurityGroupsResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for ListSecurityGroupsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl ListSecurityGroupsRequest {
    /// Reads and checks a `GET /networks/{networkId}/security-groups` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(ListSecurityGroupsRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            next_token: runtime::checked(
                query.optional("nextToken", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "nextToken",
            )?,
            max_results: query.optional("maxResults", false)?,
            sort_fields: runtime::checked(
                query.optional("sortFields", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "sortFields",
            )?,
            sort_direction: query.optional("sortDirection", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/security-groups` request and hands it to [`WickrApi::list_security_groups`].
pub async fn handle_list_security_groups<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "ListSecurityGroups",
        path: "/networks/{networkId}/security-groups",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        ListSecurityGroupsRequest::read,
        |request| service.list_security_groups(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/security-groups` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSecurityGroupRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network where the security group will be created.
    pub network_id: ::std::string::String,
    /// header parameter `X-Client-Token`.
    ///
    /// A unique identifier for this request to ensure idempotency.
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::CreateSecurityGroupRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/security-groups` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateSecurityGroupResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::CreateSecurityGroupResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for CreateSecurityGroupResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl CreateSecurityGroupRequest {
    /// Reads and checks a `POST /networks/{networkId}/security-groups` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(CreateSecurityGroupRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            x_client_token: runtime::checked(
                runtime::header_optional(headers, "X-Client-Token")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(64),
                    pattern: Some("[a-zA-Z0-9-_:]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Client-Token",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/security-groups` request and hands it to [`WickrApi::create_security_group`].
pub async fn handle_create_security_group<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "CreateSecurityGroup",
        path: "/networks/{networkId}/security-groups",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        CreateSecurityGroupRequest::read,
        |request| service.create_security_group(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/bots/{botId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetBotRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the bot.
    pub network_id: ::std::string::String,
    /// path parameter `botId`.
    ///
    /// The unique identifier of the bot to retrieve.
    pub bot_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/bots/{botId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetBotResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetBotResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetBotResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetBotRequest {
    /// Reads and checks a `GET /networks/{networkId}/bots/{botId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetBotRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            bot_id: runtime::checked(
                runtime::path_param(path, "p1", "botId")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(10),
                    pattern: Some("[0-9]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "botId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/bots/{botId}` request and hands it to [`WickrApi::get_bot`].
pub async fn handle_get_bot<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetBot",
        path: "/networks/{networkId}/bots/{botId}",
    };
    crate::sigv4::dispatch_signed(&ROUTE, &service, incoming, GetBotRequest::read, |request| {
        service.get_bot(request)
    })
    .await
}

/// What a `DELETE /networks/{networkId}/bots/{botId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteBotRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network from which the bot will be deleted.
    pub network_id: ::std::string::String,
    /// path parameter `botId`.
    ///
    /// The unique identifier of the bot to be deleted.
    pub bot_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /networks/{networkId}/bots/{botId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteBotResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::DeleteBotResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for DeleteBotResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl DeleteBotRequest {
    /// Reads and checks a `DELETE /networks/{networkId}/bots/{botId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(DeleteBotRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            bot_id: runtime::checked(
                runtime::path_param(path, "p1", "botId")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(10),
                    pattern: Some("[0-9]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "botId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /networks/{networkId}/bots/{botId}` request and hands it to [`WickrApi::delete_bot`].
pub async fn handle_delete_bot<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "DeleteBot",
        path: "/networks/{networkId}/bots/{botId}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        DeleteBotRequest::read,
        |request| service.delete_bot(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}/bots/{botId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBotRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the bot to update.
    pub network_id: ::std::string::String,
    /// path parameter `botId`.
    ///
    /// The unique identifier of the bot to update.
    pub bot_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::UpdateBotRequestBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}/bots/{botId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateBotResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::UpdateBotResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for UpdateBotResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl UpdateBotRequest {
    /// Reads and checks a `PATCH /networks/{networkId}/bots/{botId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(UpdateBotRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            bot_id: runtime::checked(
                runtime::path_param(path, "p1", "botId")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(10),
                    pattern: Some("[0-9]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "botId",
            )?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}/bots/{botId}` request and hands it to [`WickrApi::update_bot`].
pub async fn handle_update_bot<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "UpdateBot",
        path: "/networks/{networkId}/bots/{botId}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        UpdateBotRequest::read,
        |request| service.update_bot(request),
    )
    .await
}

/// What a `GET /networks/{networkId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetNetworkRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network to retrieve.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetNetworkResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetNetworkResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetNetworkResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetNetworkRequest {
    /// Reads and checks a `GET /networks/{networkId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetNetworkRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}` request and hands it to [`WickrApi::get_network`].
pub async fn handle_get_network<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetNetwork",
        path: "/networks/{networkId}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetNetworkRequest::read,
        |request| service.get_network(request),
    )
    .await
}

/// What a `DELETE /networks/{networkId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteNetworkRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network to delete.
    pub network_id: ::std::string::String,
    /// header parameter `X-Client-Token`.
    ///
    /// A unique identifier for this request to ensure idempotency. If you retry a request with the same client token, the service will return the same response without attempting to delete the network again.
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /networks/{networkId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteNetworkResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::DeleteNetworkResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for DeleteNetworkResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl DeleteNetworkRequest {
    /// Reads and checks a `DELETE /networks/{networkId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(DeleteNetworkRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            x_client_token: runtime::checked(
                runtime::header_optional(headers, "X-Client-Token")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(64),
                    pattern: Some("[a-zA-Z0-9-_:]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Client-Token",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /networks/{networkId}` request and hands it to [`WickrApi::delete_network`].
pub async fn handle_delete_network<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "DeleteNetwork",
        path: "/networks/{networkId}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        DeleteNetworkRequest::read,
        |request| service.delete_network(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateNetworkRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network to update.
    pub network_id: ::std::string::String,
    /// header parameter `X-Client-Token`.
    ///
    /// A unique identifier for this request to ensure idempotency.
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateNetworkRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateNetworkResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::UpdateNetworkResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for UpdateNetworkResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl UpdateNetworkRequest {
    /// Reads and checks a `PATCH /networks/{networkId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(UpdateNetworkRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            x_client_token: runtime::checked(
                runtime::header_optional(headers, "X-Client-Token")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(64),
                    pattern: Some("[a-zA-Z0-9-_:]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Client-Token",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}` request and hands it to [`WickrApi::update_network`].
pub async fn handle_update_network<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "UpdateNetwork",
        path: "/networks/{networkId}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        UpdateNetworkRequest::read,
        |request| service.update_network(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/security-groups/{groupId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSecurityGroupRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the security group.
    pub network_id: ::std::string::String,
    /// path parameter `groupId`.
    ///
    /// The unique identifier of the security group to retrieve.
    pub group_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/security-groups/{groupId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSecurityGroupResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetSecurityGroupResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetSecurityGroupResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetSecurityGroupRequest {
    /// Reads and checks a `GET /networks/{networkId}/security-groups/{groupId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetSecurityGroupRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            group_id: runtime::checked(
                runtime::path_param(path, "p1", "groupId")?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "groupId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/security-groups/{groupId}` request and hands it to [`WickrApi::get_security_group`].
pub async fn handle_get_security_group<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetSecurityGroup",
        path: "/networks/{networkId}/security-groups/{groupId}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetSecurityGroupRequest::read,
        |request| service.get_security_group(request),
    )
    .await
}

/// What a `DELETE /networks/{networkId}/security-groups/{groupId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSecurityGroupRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network from which the security group will be deleted.
    pub network_id: ::std::string::String,
    /// path parameter `groupId`.
    ///
    /// The unique identifier of the security group to delete.
    pub group_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /networks/{networkId}/security-groups/{groupId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteSecurityGroupResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::DeleteSecurityGroupResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for DeleteSecurityGroupResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl DeleteSecurityGroupRequest {
    /// Reads and checks a `DELETE /networks/{networkId}/security-groups/{groupId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(DeleteSecurityGroupRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            group_id: runtime::checked(
                runtime::path_param(path, "p1", "groupId")?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "groupId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /networks/{networkId}/security-groups/{groupId}` request and hands it to [`WickrApi::delete_security_group`].
pub async fn handle_delete_security_group<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "DeleteSecurityGroup",
        path: "/networks/{networkId}/security-groups/{groupId}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        DeleteSecurityGroupRequest::read,
        |request| service.delete_security_group(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}/security-groups/{groupId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSecurityGroupRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the security group to update.
    pub network_id: ::std::string::String,
    /// path parameter `groupId`.
    ///
    /// The unique identifier of the security group to update.
    pub group_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::UpdateSecurityGroupRequestBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}/security-groups/{groupId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSecurityGroupResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::UpdateSecurityGroupResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for UpdateSecurityGroupResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl UpdateSecurityGroupRequest {
    /// Reads and checks a `PATCH /networks/{networkId}/security-groups/{groupId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(UpdateSecurityGroupRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            group_id: runtime::checked(
                runtime::path_param(path, "p1", "groupId")?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "groupId",
            )?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}/security-groups/{groupId}` request and hands it to [`WickrApi::update_security_group`].
pub async fn handle_update_security_group<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "UpdateSecurityGroup",
        path: "/networks/{networkId}/security-groups/{groupId}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        UpdateSecurityGroupRequest::read,
        |request| service.update_security_group(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/bots/count` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetBotsCountRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network for which to retrieve bot counts.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/bots/count` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetBotsCountResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetBotsCountResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetBotsCountResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetBotsCountRequest {
    /// Reads and checks a `GET /networks/{networkId}/bots/count` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetBotsCountRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/bots/count` request and hands it to [`WickrApi::get_bots_count`].
pub async fn handle_get_bots_count<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetBotsCount",
        path: "/networks/{networkId}/bots/count",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetBotsCountRequest::read,
        |request| service.get_bots_count(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/guest-users/count` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetGuestUserHistoryCountRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network for which to retrieve guest user history.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/guest-users/count` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetGuestUserHistoryCountResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetGuestUserHistoryCountResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetGuestUserHistoryCountResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetGuestUserHistoryCountRequest {
    /// Reads and checks a `GET /networks/{networkId}/guest-users/count` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetGuestUserHistoryCountRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/guest-users/count` request and hands it to [`WickrApi::get_guest_user_history_count`].
pub async fn handle_get_guest_user_history_count<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetGuestUserHistoryCount",
        path: "/networks/{networkId}/guest-users/count",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetGuestUserHistoryCountRequest::read,
        |request| service.get_guest_user_history_count(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/settings` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetNetworkSettingsRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network whose settings will be retrieved.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/settings` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetNetworkSettingsResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetNetworkSettingsResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetNetworkSettingsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetNetworkSettingsRequest {
    /// Reads and checks a `GET /networks/{networkId}/settings` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetNetworkSettingsRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/settings` request and hands it to [`WickrApi::get_network_settings`].
pub async fn handle_get_network_settings<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetNetworkSettings",
        path: "/networks/{networkId}/settings",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetNetworkSettingsRequest::read,
        |request| service.get_network_settings(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}/settings` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateNetworkSettingsRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network whose settings will be updated.
    pub network_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateNetworkSettingsRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}/settings` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateNetworkSettingsResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::UpdateNetworkSettingsResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for UpdateNetworkSettingsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl UpdateNetworkSettingsRequest {
    /// Reads and checks a `PATCH /networks/{networkId}/settings` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(UpdateNetworkSettingsRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}/settings` request and hands it to [`WickrApi::update_network_settings`].
pub async fn handle_update_network_settings<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "UpdateNetworkSettings",
        path: "/networks/{networkId}/settings",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        UpdateNetworkSettingsRequest::read,
        |request| service.update_network_settings(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/oidc` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOidcInfoRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network whose OIDC configuration will be retrieved.
    pub network_id: ::std::string::String,
    /// query parameter `clientId`.
    ///
    /// The OAuth client ID for retrieving access tokens (optional).
    pub client_id: ::std::option::Option<::std::string::String>,
    /// query parameter `code`.
    ///
    /// The authorization code for retrieving access tokens (optional).
    pub code: ::std::option::Option<::std::string::String>,
    /// query parameter `grantType`.
    ///
    /// The OAuth grant type for retrieving access tokens (optional).
    pub grant_type: ::std::option::Option<::std::string::String>,
    /// query parameter `redirectUri`.
    ///
    /// The redirect URI for the OAuth flow (optional).
    pub redirect_uri: ::std::option::Option<::std::string::String>,
    /// query parameter `url`.
    ///
    /// The URL for the OIDC provider (optional).
    pub url: ::std::option::Option<::std::string::String>,
    /// query parameter `clientSecret`.
    ///
    /// The OAuth client secret for retrieving access tokens (optional).
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// query parameter `codeVerifier`.
    ///
    /// The PKCE code verifier for enhanced security in the OAuth flow (optional).
    pub code_verifier: ::std::option::Option<::std::string::String>,
    /// query parameter `certificate`.
    ///
    /// The CA certificate for secure communication with the OIDC provider (optional).
    pub certificate: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/oidc` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOidcInfoResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetOidcInfoResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetOidcInfoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetOidcInfoRequest {
    /// Reads and checks a `GET /networks/{networkId}/oidc` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetOidcInfoRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            client_id: runtime::checked(
                query.optional("clientId", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "clientId",
            )?,
            code: runtime::checked(
                query.optional("code", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "code",
            )?,
            grant_type: runtime::checked(
                query.optional("grantType", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "grantType",
            )?,
            redirect_uri: runtime::checked(
                query.optional("redirectUri", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "redirectUri",
            )?,
            url: runtime::checked(
                query.optional("url", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "url",
            )?,
            client_secret: runtime::checked(
                query.optional("clientSecret", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "clientSecret",
            )?,
            code_verifier: runtime::checked(
                query.optional("codeVerifier", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "codeVerifier",
            )?,
            certificate: runtime::checked(
                query.optional("certificate", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "certificate",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/oidc` request and hands it to [`WickrApi::get_oidc_info`].
pub async fn handle_get_oidc_info<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetOidcInfo",
        path: "/networks/{networkId}/oidc",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetOidcInfoRequest::read,
        |request| service.get_oidc_info(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/tdf` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOpentdfConfigRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network for which OpenTDF integration will be retrieved.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/tdf` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOpentdfConfigResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetOpentdfConfigResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetOpentdfConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetOpentdfConfigRequest {
    /// Reads and checks a `GET /networks/{networkId}/tdf` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetOpentdfConfigRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/tdf` request and hands it to [`WickrApi::get_opentdf_config`].
pub async fn handle_get_opentdf_config<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetOpentdfConfig",
        path: "/networks/{networkId}/tdf",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetOpentdfConfigRequest::read,
        |request| service.get_opentdf_config(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/tdf` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterOpentdfConfigRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network for which OpenTDF integration will be configured.
    pub network_id: ::std::string::String,
    /// query parameter `dryRun`.
    ///
    /// Perform dry-run test connection of OpenTDF configuration (optional).
    pub dry_run: ::std::option::Option<bool>,
    /// The request body (`application/json`).
    pub body: crate::models::RegisterOpentdfConfigRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/tdf` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RegisterOpentdfConfigResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::RegisterOpentdfConfigResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for RegisterOpentdfConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl RegisterOpentdfConfigRequest {
    /// Reads and checks a `POST /networks/{networkId}/tdf` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(RegisterOpentdfConfigRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            dry_run: query.optional("dryRun", false)?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/tdf` request and hands it to [`WickrApi::register_opentdf_config`].
pub async fn handle_register_opentdf_config<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "RegisterOpentdfConfig",
        path: "/networks/{networkId}/tdf",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        RegisterOpentdfConfigRequest::read,
        |request| service.register_opentdf_config(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/users/{userId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the user.
    pub network_id: ::std::string::String,
    /// path parameter `userId`.
    ///
    /// The unique identifier of the user to retrieve.
    pub user_id: ::std::string::String,
    /// query parameter `startTime`.
    ///
    /// The start time for filtering the user's last activity. Only activity after this timestamp will be considered. Time is specified in epoch seconds.
    pub start_time: ::std::option::Option<f64>,
    /// query parameter `endTime`.
    ///
    /// The end time for filtering the user's last activity. Only activity before this timestamp will be considered. Time is specified in epoch seconds.
    pub end_time: ::std::option::Option<f64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/users/{userId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetUserResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetUserRequest {
    /// Reads and checks a `GET /networks/{networkId}/users/{userId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetUserRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            user_id: runtime::checked(
                runtime::path_param(path, "p1", "userId")?,
                &crate::runtime::Rules {
                    min_length: Some(1),
                    max_length: Some(10),
                    pattern: Some("[0-9]+"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "userId",
            )?,
            start_time: query.optional("startTime", false)?,
            end_time: query.optional("endTime", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/users/{userId}` request and hands it to [`WickrApi::get_user`].
pub async fn handle_get_user<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetUser",
        path: "/networks/{networkId}/users/{userId}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetUserRequest::read,
        |request| service.get_user(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/users/count` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUsersCountRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network for which to retrieve user counts.
    pub network_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/users/count` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUsersCountResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::GetUsersCountResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for GetUsersCountResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl GetUsersCountRequest {
    /// Reads and checks a `GET /networks/{networkId}/users/count` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(GetUsersCountRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/users/count` request and hands it to [`WickrApi::get_users_count`].
pub async fn handle_get_users_count<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "GetUsersCount",
        path: "/networks/{networkId}/users/count",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        GetUsersCountRequest::read,
        |request| service.get_users_count(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/guest-users/blocklist` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListBlockedGuestUsersRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network from which to list blocked guest users.
    pub network_id: ::std::string::String,
    /// query parameter `maxResults`.
    ///
    /// The maximum number of blocked guest users to return in a single page. Valid range is 1-100. Default is 10.
    pub max_results: ::std::option::Option<i32>,
    /// query parameter `sortDirection`.
    ///
    /// The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub sort_direction: ::std::option::Option<crate::models::SortDirection>,
    /// query parameter `sortFields`.
    ///
    /// The field to sort blocked guest users by. Accepted values include 'username', 'admin', and 'modified'.
    pub sort_fields: ::std::option::Option<::std::string::String>,
    /// query parameter `username`.
    ///
    /// Filter results to only include blocked guest users with usernames matching this value.
    pub username: ::std::option::Option<::std::string::String>,
    /// query parameter `admin`.
    ///
    /// Filter results to only include blocked guest users that were blocked by this administrator.
    pub admin: ::std::option::Option<::std::string::String>,
    /// query parameter `nextToken`.
    ///
    /// The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/guest-users/blocklist` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListBlockedGuestUsersResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::ListBlockedGuestUsersResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for ListBlockedGuestUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl ListBlockedGuestUsersRequest {
    /// Reads and checks a `GET /networks/{networkId}/guest-users/blocklist` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(ListBlockedGuestUsersRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            max_results: query.optional("maxResults", false)?,
            sort_direction: query.optional("sortDirection", false)?,
            sort_fields: runtime::checked(
                query.optional("sortFields", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "sortFields",
            )?,
            username: runtime::checked(
                query.optional("username", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "username",
            )?,
            admin: runtime::checked(
                query.optional("admin", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "admin",
            )?,
            next_token: runtime::checked(
                query.optional("nextToken", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "nextToken",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/guest-users/blocklist` request and hands it to [`WickrApi::list_blocked_guest_users`].
pub async fn handle_list_blocked_guest_users<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "ListBlockedGuestUsers",
        path: "/networks/{networkId}/guest-users/blocklist",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        ListBlockedGuestUsersRequest::read,
        |request| service.list_blocked_guest_users(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/guest-users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListGuestUsersRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network from which to list guest users.
    pub network_id: ::std::string::String,
    /// query parameter `maxResults`.
    ///
    /// The maximum number of guest users to return in a single page. Valid range is 1-100. Default is 10.
    pub max_results: ::std::option::Option<i32>,
    /// query parameter `sortDirection`.
    ///
    /// The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub sort_direction: ::std::option::Option<crate::models::SortDirection>,
    /// query parameter `sortFields`.
    ///
    /// The field to sort guest users by. Accepted values include 'username' and 'billingPeriod'.
    pub sort_fields: ::std::option::Option<::std::string::String>,
    /// query parameter `username`.
    ///
    /// Filter results to only include guest users with usernames matching this value.
    pub username: ::std::option::Option<::std::string::String>,
    /// query parameter `billingPeriod`.
    ///
    /// Filter results to only include guest users from this billing period (e.g., '2024-01').
    pub billing_period: ::std::option::Option<::std::string::String>,
    /// query parameter `nextToken`.
    ///
    /// The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/guest-users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListGuestUsersResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::ListGuestUsersResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for ListGuestUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl ListGuestUsersRequest {
    /// Reads and checks a `GET /networks/{networkId}/guest-users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(ListGuestUsersRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            max_results: query.optional("maxResults", false)?,
            sort_direction: query.optional("sortDirection", false)?,
            sort_fields: runtime::checked(
                query.optional("sortFields", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "sortFields",
            )?,
            username: runtime::checked(
                query.optional("username", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "username",
            )?,
            billing_period: runtime::checked(
                query.optional("billingPeriod", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "billingPeriod",
            )?,
            next_token: runtime::checked(
                query.optional("nextToken", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "nextToken",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/guest-users` request and hands it to [`WickrApi::list_guest_users`].
pub async fn handle_list_guest_users<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "ListGuestUsers",
        path: "/networks/{networkId}/guest-users",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        ListGuestUsersRequest::read,
        |request| service.list_guest_users(request),
    )
    .await
}

/// What a `GET /networks/{networkId}/security-groups/{groupId}/users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListSecurityGroupUsersRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network containing the security group.
    pub network_id: ::std::string::String,
    /// path parameter `groupId`.
    ///
    /// The unique identifier of the security group whose users will be listed.
    pub group_id: ::std::string::String,
    /// query parameter `nextToken`.
    ///
    /// The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// query parameter `maxResults`.
    ///
    /// The maximum number of users to return in a single page. Valid range is 1-100. Default is 10.
    pub max_results: ::std::option::Option<i32>,
    /// query parameter `sortFields`.
    ///
    /// The field to sort users by. Multiple fields can be specified by separating them with '+'. Accepted values include 'username', 'firstName', and 'lastName'.
    pub sort_fields: ::std::option::Option<::std::string::String>,
    /// query parameter `sortDirection`.
    ///
    /// The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub sort_direction: ::std::option::Option<crate::models::SortDirection>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /networks/{networkId}/security-groups/{groupId}/users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListSecurityGroupUsersResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::ListSecurityGroupUsersResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for ListSecurityGroupUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl ListSecurityGroupUsersRequest {
    /// Reads and checks a `GET /networks/{networkId}/security-groups/{groupId}/users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(ListSecurityGroupUsersRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            group_id: runtime::checked(
                runtime::path_param(path, "p1", "groupId")?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "groupId",
            )?,
            next_token: runtime::checked(
                query.optional("nextToken", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "nextToken",
            )?,
            max_results: query.optional("maxResults", false)?,
            sort_fields: runtime::checked(
                query.optional("sortFields", false)?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "sortFields",
            )?,
            sort_direction: query.optional("sortDirection", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /networks/{networkId}/security-groups/{groupId}/users` request and hands it to [`WickrApi::list_security_group_users`].
pub async fn handle_list_security_group_users<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "ListSecurityGroupUsers",
        path: "/networks/{networkId}/security-groups/{groupId}/users",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        ListSecurityGroupUsersRequest::read,
        |request| service.list_security_group_users(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/oidc/save` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterOidcConfigRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network for which OIDC will be configured.
    pub network_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::RegisterOidcConfigRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/oidc/save` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RegisterOidcConfigResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::RegisterOidcConfigResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for RegisterOidcConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl RegisterOidcConfigRequest {
    /// Reads and checks a `POST /networks/{networkId}/oidc/save` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(RegisterOidcConfigRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/oidc/save` request and hands it to [`WickrApi::register_oidc_config`].
pub async fn handle_register_oidc_config<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "RegisterOidcConfig",
        path: "/networks/{networkId}/oidc/save",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        RegisterOidcConfigRequest::read,
        |request| service.register_oidc_config(request),
    )
    .await
}

/// What a `POST /networks/{networkId}/oidc/test` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterOidcConfigTestRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network for which the OIDC configuration will be tested.
    pub network_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::RegisterOidcConfigTestRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /networks/{networkId}/oidc/test` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RegisterOidcConfigTestResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::RegisterOidcConfigTestResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for RegisterOidcConfigTestResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl RegisterOidcConfigTestRequest {
    /// Reads and checks a `POST /networks/{networkId}/oidc/test` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(RegisterOidcConfigTestRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /networks/{networkId}/oidc/test` request and hands it to [`WickrApi::register_oidc_config_test`].
pub async fn handle_register_oidc_config_test<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "RegisterOidcConfigTest",
        path: "/networks/{networkId}/oidc/test",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        RegisterOidcConfigTestRequest::read,
        |request| service.register_oidc_config_test(request),
    )
    .await
}

/// What a `PATCH /networks/{networkId}/guest-users/{usernameHash}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateGuestUserRequest {
    /// path parameter `networkId`.
    ///
    /// The ID of the Wickr network where the guest user's status will be updated.
    pub network_id: ::std::string::String,
    /// path parameter `usernameHash`.
    ///
    /// The username hash (unique identifier) of the guest user to update.
    pub username_hash: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateGuestUserRequestBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /networks/{networkId}/guest-users/{usernameHash}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateGuestUserResponse {
    /// Status `200`: The operation succeeded.
    Ok(crate::models::UpdateGuestUserResponse),
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
}
impl IntoResponse for UpdateGuestUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::UnprocessableEntity(body) => runtime::json(runtime::status(422), body),
            Self::TooManyRequests(body) => runtime::json(runtime::status(429), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl UpdateGuestUserRequest {
    /// Reads and checks a `PATCH /networks/{networkId}/guest-users/{usernameHash}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let mut credentials = Credentials::read(headers, query, &[]);
        credentials.aws_sigv4 =
            runtime::AwsSignature::read(&incoming.method, &incoming.uri, headers, &incoming.body);
        credentials.aws_verified_key_id = incoming.aws_verified_key_id.clone();
        Ok(UpdateGuestUserRequest {
            network_id: runtime::checked(
                runtime::path_param(path, "p0", "networkId")?,
                &crate::runtime::Rules {
                    min_length: Some(8),
                    max_length: Some(8),
                    pattern: Some("[0-9]{8}"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "networkId",
            )?,
            username_hash: runtime::checked(
                runtime::path_param(path, "p1", "usernameHash")?,
                &crate::runtime::Rules {
                    pattern: Some("[\\S\\s]*"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "usernameHash",
            )?,
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /networks/{networkId}/guest-users/{usernameHash}` request and hands it to [`WickrApi::update_guest_user`].
pub async fn handle_update_guest_user<S: WickrApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "UpdateGuestUser",
        path: "/networks/{networkId}/guest-users/{usernameHash}",
    };
    crate::sigv4::dispatch_signed(
        &ROUTE,
        &service,
        incoming,
        UpdateGuestUserRequest::read,
        |request| service.update_guest_user(request),
    )
    .await
}
