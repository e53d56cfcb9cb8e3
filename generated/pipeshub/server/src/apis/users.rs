//! The `Users` API.
//!
//! User management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// User management operations
pub trait UsersApi: Clone + Send + Sync + 'static {
    /// Get all users
    ///
    /// Retrieve a paginated list of all users in the organization.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns all active users in your organization. It's the primary endpoint for listing and displaying users in admin dashboards, user directories, and selection interfaces.<br><br>
    /// <b>Response Data:</b><br>
    /// <ul>
    /// <li>User profile information (name, email, designation)</li>
    /// <li>Account status (active, pending invitation, disabled)</li>
    /// <li>Login history (hasLoggedIn flag)</li>
    /// <li>Timestamps (createdAt, updatedAt)</li>
    /// </ul>
    /// <b>Privacy Controls:</b><br>
    /// <ul>
    /// <li>Email addresses may be masked based on organization settings</li>
    /// <li>Sensitive fields (password, tokens) are never exposed</li>
    /// <li>Deleted users are excluded from results</li>
    /// </ul>
    /// <b>Performance Notes:</b><br>
    /// <ul>
    /// <li>Results are cached for improved performance</li>
    /// <li>For large organizations, consider using pagination</li>
    /// <li>Use <code>/users/by-ids</code> for fetching specific users</li>
    /// </ul>
    ///
    /// `GET /users` (operation `getAllUsers`)
    fn get_all_users(
        &self,
        request: GetAllUsersRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetAllUsersResponse>> + Send;
    /// Create a new user
    ///
    /// Create a new user account in the organization and optionally send an invitation email.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint creates a new user account. The user will be added to the organization but won't have a password set until they complete the invitation flow or are assigned one by an admin.<br><br>
    /// <b>Invitation Flow:</b><br>
    /// <ol>
    /// <li>Admin creates user with this endpoint</li>
    /// <li>System generates invitation token</li>
    /// <li>User receives invitation email (if sendInvite is true)</li>
    /// <li>User clicks link and sets their password</li>
    /// <li>User can now log in normally</li>
    /// </ol>
    /// <b>Validation Rules:</b><br>
    /// <ul>
    /// <li><code>fullName</code>: Required, 1-100 characters</li>
    /// <li><code>email</code>: Required, valid email format, must be unique in org</li>
    /// <li><code>mobile</code>: Optional, format: +[country][number] (10-15 digits)</li>
    /// <li><code>designation</code>: Optional, job title or role</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>User is automatically added to the "everyone" group</li>
    /// <li>Invitation email sent if <code>sendInvite: true</code></li>
    /// <li>User creation event published to event bus</li>
    /// <li>Audit log entry created</li>
    /// </ul>
    /// <b>Authorization:</b><br>
    /// Only organization administrators can create new users.
    ///
    /// `POST /users` (operation `createUser`)
    fn create_user(
        &self,
        request: CreateUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateUserResponse>> + Send;
    /// Get user by ID
    ///
    /// Retrieve detailed information about a specific user by their unique identifier.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns the complete user profile for the specified user ID. Use this to display user details in profiles, settings pages, or when you need full user information.<br><br>
    /// <b>Response Data:</b><br>
    /// <ul>
    /// <li>Basic info: fullName, firstName, lastName, email</li>
    /// <li>Contact: mobile, address</li>
    /// <li>Professional: designation</li>
    /// <li>Status: hasLoggedIn, isDeleted, accountStatus</li>
    /// <li>Metadata: createdAt, updatedAt, createdBy</li>
    /// </ul>
    /// <b>Privacy Notes:</b><br>
    /// <ul>
    /// <li>Email may be masked for non-admin users based on org settings</li>
    /// <li>Password and sensitive tokens are never returned</li>
    /// <li>Display picture URL returned if set</li>
    /// </ul>
    /// <b>Related Endpoints:</b><br>
    /// <ul>
    /// <li><code>GET /users/{id}/email</code> - Get just the email (admin only)</li>
    /// <li><code>GET /users/fetch/with-groups</code> - Get user with group memberships</li>
    /// </ul>
    ///
    /// `GET /users/{id}` (operation `getUserById`)
    fn get_user_by_id(
        &self,
        request: GetUserByIdRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetUserByIdResponse>> + Send;
    /// Update user
    ///
    /// Update user profile information. Users can update their own profile, admins can update any user.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint allows updating user profile fields. The scope of allowed updates depends on the requester's role and relationship to the user being updated.<br><br>
    /// <b>Authorization Matrix:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own fullName, mobile, designation, address</li>
    /// <li><b>Admin-update:</b> Admins can update any field for any user</li>
    /// <li><b>Email changes:</b> Require admin privileges and trigger re-verification</li>
    /// </ul>
    /// <b>Updatable Fields:</b><br>
    /// <ul>
    /// <li><code>fullName</code>: Display name (also updates firstName/lastName if parsed)</li>
    /// <li><code>firstName</code>: First name only</li>
    /// <li><code>lastName</code>: Last name only</li>
    /// <li><code>email</code>: Email address (admin only, triggers verification)</li>
    /// <li><code>mobile</code>: Phone number with country code</li>
    /// <li><code>designation</code>: Job title</li>
    /// <li><code>address</code>: Full address object</li>
    /// </ul>
    /// <b>Validation Rules:</b><br>
    /// <ul>
    /// <li>Email must be unique within the organization</li>
    /// <li>Mobile must match pattern: +[country][number]</li>
    /// <li>Name fields: 1-100 characters</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>User update event published to event bus</li>
    /// <li>Audit log entry created for admin updates</li>
    /// <li>Email change triggers verification email</li>
    /// </ul>
    ///
    /// `PUT /users/{id}` (operation `updateUser`)
    fn update_user(
        &self,
        request: UpdateUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateUserResponse>> + Send;
    /// Delete user
    ///
    /// Soft delete a user from the organization. The user account is deactivated but data is retained for audit purposes.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint performs a soft delete on a user account. The user is marked as deleted and can no longer access the system, but their data is retained for compliance and audit purposes.<br><br>
    /// <b>What Happens on Delete:</b><br>
    /// <ol>
    /// <li>User's <code>isDeleted</code> flag is set to true</li>
    /// <li>User's password is cleared</li>
    /// <li>User is removed from all user groups</li>
    /// <li>User's active sessions are invalidated</li>
    /// <li>User deletion event is published</li>
    /// </ol>
    /// <b>Restrictions:</b><br>
    /// <ul>
    /// <li>Cannot delete organization admins (demote first)</li>
    /// <li>Cannot delete the organization owner</li>
    /// <li>Cannot delete yourself through this endpoint</li>
    /// <li>Cannot delete already-deleted users</li>
    /// </ul>
    /// <b>Data Retention:</b><br>
    /// <ul>
    /// <li>User profile data is retained (soft delete)</li>
    /// <li>User's documents and content remain with updated ownership</li>
    /// <li>Audit logs are preserved</li>
    /// <li>Data can be permanently purged by super admin if required</li>
    /// </ul>
    /// <b>Recovery:</b><br>
    /// Deleted users can be restored by organization admins within a configurable retention period.
    ///
    /// `DELETE /users/{id}` (operation `deleteUser`)
    fn delete_user(
        &self,
        request: DeleteUserRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteUserResponse>> + Send;
    /// Get all users with their groups
    ///
    /// Retrieve all users along with their group memberships in a single optimized query.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns users with their associated groups pre-loaded, eliminating the need for separate group lookup calls. Ideal for admin dashboards that need to display user permissions at a glance.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Admin dashboards showing user-group matrix</li>
    /// <li>Permission auditing and compliance checks</li>
    /// <li>Bulk user management interfaces</li>
    /// <li>Access control visualization</li>
    /// </ul>
    /// <b>Response Data per User:</b><br>
    /// <ul>
    /// <li><code>_id</code>: User's unique identifier</li>
    /// <li><code>userId</code>: User's public-facing ID</li>
    /// <li><code>orgId</code>: Organization identifier</li>
    /// <li><code>fullName</code>: User's display name</li>
    /// <li><code>hasLoggedIn</code>: Whether user has ever logged in</li>
    /// <li><code>groups</code>: Array of group objects with name and type</li>
    /// </ul>
    /// <b>Group Types Returned:</b><br>
    /// <ul>
    /// <li><code>admin</code>: Administrative groups with elevated permissions</li>
    /// <li><code>standard</code>: Regular user groups</li>
    /// <li><code>everyone</code>: Default group containing all org users</li>
    /// <li><code>custom</code>: Custom groups created by admins</li>
    /// </ul>
    /// <b>Performance Notes:</b><br>
    /// Uses aggregation pipeline for efficient single-query retrieval. Cached results for improved performance on large organizations.
    ///
    /// `GET /users/fetch/with-groups` (operation `getAllUsersWithGroups`)
    fn get_all_users_with_groups(
        &self,
        request: GetAllUsersWithGroupsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAllUsersWithGroupsResponse>,
    > + Send;
    /// Get user email by ID
    ///
    /// Retrieve the email address for a specific user. This is a dedicated endpoint for email lookup with proper access controls.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint provides direct access to a user's email address. It exists separately from the main user endpoint to allow granular permission control over email visibility.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Admin communication workflows</li>
    /// <li>Invitation and notification systems</li>
    /// <li>Email-based user lookup</li>
    /// <li>Contact information export</li>
    /// </ul>
    /// <b>Privacy Considerations:</b><br>
    /// <ul>
    /// <li>Only organization admins can access this endpoint</li>
    /// <li>Access is logged for audit purposes</li>
    /// <li>Consider GDPR/privacy regulations when exposing emails</li>
    /// </ul>
    /// <b>Authorization:</b><br>
    /// Requires admin privileges. Regular users should use the main user endpoint which may mask emails based on organization settings.
    ///
    /// `GET /users/{id}/email` (operation `getUserEmailById`)
    fn get_user_email_by_id(
        &self,
        request: GetUserEmailByIdRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetUserEmailByIdResponse>,
    > + Send;
    /// Get users by IDs (bulk)
    ///
    /// Retrieve multiple users by their IDs in a single optimized request. Ideal for efficiently fetching a specific set of users.<br><br>
    /// <b>Overview:</b><br>
    /// This bulk endpoint allows fetching multiple users in a single API call, reducing network overhead when you need to display information about several known users.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Fetching user details for a list of team members</li>
    /// <li>Populating user cards in a dashboard</li>
    /// <li>Loading participants in a document or conversation</li>
    /// <li>Building user mention/autocomplete features</li>
    /// </ul>
    /// <b>Request Format:</b><br>
    /// <ul>
    /// <li>Send array of user IDs in request body</li>
    /// <li>Each ID must be valid 24-character MongoDB ObjectId</li>
    /// <li>Maximum 100 IDs per request (for performance)</li>
    /// <li>Duplicate IDs are automatically deduplicated</li>
    /// </ul>
    /// <b>Response Behavior:</b><br>
    /// <ul>
    /// <li>Returns array of found users</li>
    /// <li>Order matches order of requested IDs</li>
    /// <li>Non-existent or deleted users are silently omitted</li>
    /// <li>Partial results returned if some IDs are invalid</li>
    /// </ul>
    /// <b>Performance Notes:</b><br>
    /// Uses single database query with $in operator for optimal performance. Preferable to multiple individual user fetches.
    ///
    /// `POST /users/by-ids` (operation `getUsersByIds`)
    fn get_users_by_ids(
        &self,
        request: GetUsersByIdsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetUsersByIdsResponse>> + Send;
    /// Check if user exists by email
    ///
    /// Check if a user account exists with the given email address. Used for pre-validation in registration and invitation flows.<br><br>
    /// <b>Overview:</b><br>
    /// This internal service endpoint validates email existence before creating accounts or sending invitations. It helps prevent duplicate accounts and validates recovery email addresses.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Pre-flight check before user invitation</li>
    /// <li>Email validation during registration</li>
    /// <li>Account recovery flow validation</li>
    /// <li>Duplicate prevention checks</li>
    /// </ul>
    /// <b>Security Model:</b><br>
    /// <ul>
    /// <li>Requires scoped token with USER_LOOKUP privilege</li>
    /// <li>Not accessible with regular bearer tokens</li>
    /// <li>Typically called from internal services only</li>
    /// </ul>
    /// <b>Response Behavior:</b><br>
    /// <ul>
    /// <li>Returns matching users (including soft-deleted for recovery)</li>
    /// <li>Empty array if no match found</li>
    /// <li>Does not expose whether email exists to prevent enumeration</li>
    /// </ul>
    /// <b>Note:</b> May return soft-deleted users to support account recovery workflows.
    ///
    /// `GET /users/email/exists` (operation `checkUserExistsByEmail`)
    fn check_user_exists_by_email(
        &self,
        request: CheckUserExistsByEmailRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CheckUserExistsByEmailResponse>,
    > + Send;
    /// Get user (internal service-to-service)
    ///
    /// Internal endpoint for service-to-service user lookup. Returns complete user data without privacy masking.<br><br>
    /// <b>Overview:</b><br>
    /// This internal endpoint provides full user data access for trusted backend services. Unlike public endpoints, it bypasses privacy controls and returns complete user information.<br><br>
    /// <b>Security Model:</b><br>
    /// <ul>
    /// <li>Requires scoped token with USER_LOOKUP privilege</li>
    /// <li>Not accessible via regular bearer tokens</li>
    /// <li>Intended for trusted internal services only</li>
    /// <li>All access is logged for audit purposes</li>
    /// </ul>
    /// <b>Intended Consumers:</b><br>
    /// <ul>
    /// <li>Email notification service</li>
    /// <li>Analytics and reporting services</li>
    /// <li>Audit logging service</li>
    /// <li>Integration sync services</li>
    /// </ul>
    /// <b>Data Returned:</b><br>
    /// Complete user object including fields that may be masked in public endpoints (email, phone, etc.).&lt;br&gt;&lt;br&gt;
    /// <b>Warning:</b><br>
    /// This endpoint returns sensitive data. Ensure consuming services handle data according to privacy policies.
    ///
    /// `GET /users/internal/{id}` (operation `getInternalUser`)
    fn get_internal_user(
        &self,
        request: GetInternalUserRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetInternalUserResponse>,
    > + Send;
    /// Update user full name
    ///
    /// Update the full name of a user. This is a targeted update endpoint for changing only the display name without affecting other profile fields.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint updates a user's fullName field, which is their primary display name throughout the application. The firstName and lastName fields may also be updated based on name parsing logic.<br><br>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own full name</li>
    /// <li><b>Admin-update:</b> Admins can update any user's name</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Updates fullName field</li>
    /// <li>May parse and update firstName/lastName</li>
    /// <li>User update event published</li>
    /// <li>Cached user data invalidated</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>User profile name change</li>
    /// <li>Name correction by admin</li>
    /// <li>Legal name update</li>
    /// </ul>
    ///
    /// `PATCH /users/{id}/fullname` (operation `updateUserFullName`)
    fn update_user_full_name(
        &self,
        request: UpdateUserFullNameRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateUserFullNameResponse>,
    > + Send;
    /// Update user first name
    ///
    /// Update only the first name of a user without affecting other profile fields.<br><br>
    /// <b>Overview:</b><br>
    /// This targeted endpoint updates just the firstName field. Useful when you need fine-grained control over name components rather than updating the full name.<br><br>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own first name</li>
    /// <li><b>Admin-update:</b> Admins can update any user's first name</li>
    /// </ul>
    /// <b>Note:</b> This does NOT automatically update the fullName field. Use <code>/users/{id}/fullname</code> if you need to update the complete display name.
    ///
    /// `PATCH /users/{id}/firstName` (operation `updateUserFirstName`)
    fn update_user_first_name(
        &self,
        request: UpdateUserFirstNameRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateUserFirstNameResponse>,
    > + Send;
    /// Update user last name
    ///
    /// Update only the last name of a user without affecting other profile fields.<br><br>
    /// <b>Overview:</b><br>
    /// This targeted endpoint updates just the lastName field. Useful for fine-grained control over name components.<br><br>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own last name</li>
    /// <li><b>Admin-update:</b> Admins can update any user's last name</li>
    /// </ul>
    /// <b>Note:</b> This does NOT automatically update the fullName field. Use <code>/users/{id}/fullname</code> if you need to update the complete display name.
    ///
    /// `PATCH /users/{id}/lastName` (operation `updateUserLastName`)
    fn update_user_last_name(
        &self,
        request: UpdateUserLastNameRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateUserLastNameResponse>,
    > + Send;
    /// Update user designation
    ///
    /// Update the job title or designation of a user.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint updates the user's designation field, which typically represents their job title, role, or position within the organization.<br><br>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own designation</li>
    /// <li><b>Admin-update:</b> Admins can update any user's designation</li>
    /// </ul>
    /// <b>Common Values:</b><br>
    /// <ul>
    /// <li>Software Engineer</li>
    /// <li>Product Manager</li>
    /// <li>Team Lead</li>
    /// <li>Director of Engineering</li>
    /// </ul>
    /// <b>Display:</b><br>
    /// Designation is shown in user profiles, team views, and organizational charts.
    ///
    /// `PATCH /users/{id}/designation` (operation `updateUserDesignation`)
    fn update_user_designation(
        &self,
        request: UpdateUserDesignationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateUserDesignationResponse>,
    > + Send;
    /// Check if user is admin
    ///
    /// Verify whether a specific user has administrative privileges in the organization.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint checks if the specified user belongs to an admin group and has elevated permissions. It's useful for authorization checks before performing admin-only operations.<br><br>
    /// <b>What Makes a User an Admin:</b><br>
    /// <ul>
    /// <li>Member of a group with type "admin"</li>
    /// <li>Has explicit admin role assignment</li>
    /// <li>Organization owner (always admin)</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>UI permission checks before showing admin features</li>
    /// <li>Pre-flight authorization validation</li>
    /// <li>Access control for sensitive operations</li>
    /// </ul>
    /// <b>Response Codes:</b><br>
    /// <ul>
    /// <li><code>200</code>: User IS an admin</li>
    /// <li><code>403</code>: User is NOT an admin</li>
    /// </ul>
    ///
    /// `GET /users/{id}/adminCheck` (operation `checkUserIsAdmin`)
    fn check_user_is_admin(
        &self,
        request: CheckUserIsAdminRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CheckUserIsAdminResponse>,
    > + Send;
    /// Get display picture
    ///
    /// Retrieve the current user's display picture image.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns the user's profile picture as binary image data. Use this for displaying the user's avatar in the application.<br><br>
    /// <b>Response Format:</b><br>
    /// <ul>
    /// <li>Returns raw image data (not JSON)</li>
    /// <li>Content-Type header indicates image format (typically image/jpeg)</li>
    /// <li>Suitable for use directly in &lt;img&gt; src or CSS background</li>
    /// </ul>
    /// <b>Caching:</b><br>
    /// <ul>
    /// <li>Response includes cache headers for browser caching</li>
    /// <li>Use ETag for conditional requests</li>
    /// <li>Cache invalidated when picture is updated</li>
    /// </ul>
    /// <b>Alternative:</b><br>
    /// For signed URL access, use the user profile endpoint which returns a &lt;code&gt;displayPictureUrl&lt;/code&gt; field.
    ///
    /// `GET /users/dp` (operation `getUserDisplayPicture`)
    fn get_user_display_picture(
        &self,
        request: GetUserDisplayPictureRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetUserDisplayPictureResponse>,
    > + Send;
    /// Upload display picture
    ///
    /// Upload or update the display picture (avatar) for the authenticated user.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint allows users to upload their profile picture. The image is processed, resized, and stored for use throughout the application.<br><br>
    /// <b>File Requirements:</b><br>
    /// <ul>
    /// <li><b>Allowed types:</b> PNG, JPEG, JPG, WebP, GIF</li>
    /// <li><b>Maximum size:</b> 1MB (1,048,576 bytes)</li>
    /// <li><b>Recommended dimensions:</b> 256x256 pixels or larger</li>
    /// <li><b>Aspect ratio:</b> Square recommended (will be cropped to square)</li>
    /// </ul>
    /// <b>Image Processing:</b><br>
    /// <ul>
    /// <li>Images are automatically resized to standard dimensions</li>
    /// <li>Converted to JPEG for consistency and smaller file size</li>
    /// <li>Multiple sizes may be generated (thumbnail, standard, large)</li>
    /// <li>Original is not preserved</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Previous display picture is replaced</li>
    /// <li>Cached images are invalidated</li>
    /// <li>CDN cache may take time to update</li>
    /// </ul>
    /// <b>Authorization:</b><br>
    /// Users can only upload their own display picture. Admins cannot upload on behalf of other users.
    ///
    /// `PUT /users/dp` (operation `uploadUserDisplayPicture`)
    fn upload_user_display_picture(
        &self,
        request: UploadUserDisplayPictureRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UploadUserDisplayPictureResponse>,
    > + Send;
    /// Remove display picture
    ///
    /// Remove the current user's display picture and revert to default avatar.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint permanently removes the user's uploaded profile picture. After removal, the user will display a default avatar (typically initials or generic icon).<br><br>
    /// <b>What Happens:</b><br>
    /// <ul>
    /// <li>Profile picture file is deleted from storage</li>
    /// <li>User profile updated to remove picture reference</li>
    /// <li>Cached images invalidated</li>
    /// <li>Default avatar will be shown in UI</li>
    /// </ul>
    /// <b>Note:</b><br>
    /// This action is immediate and irreversible. To restore a picture, user must upload a new one.
    ///
    /// `DELETE /users/dp` (operation `removeUserDisplayPicture`)
    fn remove_user_display_picture(
        &self,
        request: RemoveUserDisplayPictureRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RemoveUserDisplayPictureResponse>,
    > + Send;
    /// Bulk invite users
    ///
    /// Invite multiple users to the organization in a single operation. Ideal for onboarding entire teams at once.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint creates user accounts for multiple email addresses and sends invitation emails to all of them. It's the most efficient way to add multiple users to your organization.<br><br>
    /// <b>Invitation Flow:</b><br>
    /// <ol>
    /// <li>Validate all email addresses</li>
    /// <li>Check for existing accounts (skip duplicates)</li>
    /// <li>Create user accounts for new emails</li>
    /// <li>Restore any previously deleted accounts</li>
    /// <li>Add users to specified groups (optional)</li>
    /// <li>Send invitation emails to all new users</li>
    /// </ol>
    /// <b>Requirements:</b><br>
    /// <ul>
    /// <li><b>Account Type:</b> Business accounts only (not individual)</li>
    /// <li><b>SMTP:</b> Email configuration must be set up</li>
    /// <li><b>Authorization:</b> Admin privileges required</li>
    /// </ul>
    /// <b>Email Processing:</b><br>
    /// <ul>
    /// <li>Duplicate emails are automatically skipped</li>
    /// <li>Invalid email formats are rejected</li>
    /// <li>Existing users are not re-invited (use resend-invite)</li>
    /// <li>Previously deleted users are restored</li>
    /// </ul>
    /// <b>Response Details:</b><br>
    /// Response includes count of successful invites and any failures with reasons.
    ///
    /// `POST /users/bulk/invite` (operation `bulkInviteUsers`)
    fn bulk_invite_users(
        &self,
        request: BulkInviteUsersRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<BulkInviteUsersResponse>,
    > + Send;
    /// Resend user invite
    ///
    /// Resend the invitation email to a user who hasn't completed their account setup.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint resends the invitation email to a user who was previously invited but hasn't logged in yet. Useful when the original invitation email was lost, expired, or ended up in spam.<br><br>
    /// <b>When to Use:</b><br>
    /// <ul>
    /// <li>User didn't receive original invitation</li>
    /// <li>Invitation link expired</li>
    /// <li>User forgot to complete setup</li>
    /// <li>Email went to spam folder</li>
    /// </ul>
    /// <b>Requirements:</b><br>
    /// <ul>
    /// <li>User must exist in the system</li>
    /// <li>User must NOT have logged in yet (hasLoggedIn: false)</li>
    /// <li>SMTP configuration must be active</li>
    /// <li>Admin privileges required</li>
    /// </ul>
    /// <b>What Happens:</b><br>
    /// <ul>
    /// <li>Generates a new invitation token</li>
    /// <li>Invalidates any previous invitation links</li>
    /// <li>Sends new invitation email</li>
    /// <li>Resets invitation expiry timer</li>
    /// </ul>
    ///
    /// `POST /users/{id}/resend-invite` (operation `resendUserInvite`)
    fn resend_user_invite(
        &self,
        request: ResendUserInviteRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ResendUserInviteResponse>,
    > + Send;
    /// List users (paginated with graph data)
    ///
    /// Retrieve a paginated list of users with enhanced search capabilities using the graph service.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint provides advanced user listing with full-text search, pagination, and optional relationship data from the knowledge graph. It's optimized for large organizations with thousands of users.<br><br>
    /// <b>Search Capabilities:</b><br>
    /// <ul>
    /// <li>Full-text search across name and email</li>
    /// <li>Fuzzy matching for typo tolerance</li>
    /// <li>Results ranked by relevance</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>User directory with search</li>
    /// <li>Autocomplete user selection</li>
    /// <li>Admin user management lists</li>
    /// <li>User analytics dashboards</li>
    /// </ul>
    /// <b>Performance:</b><br>
    /// <ul>
    /// <li>Powered by graph database for fast queries</li>
    /// <li>Supports pagination for large datasets</li>
    /// <li>Results cached for repeated queries</li>
    /// </ul>
    /// <b>vs /users endpoint:</b><br>
    /// Use this endpoint when you need advanced search or are dealing with large user bases. Use &lt;code&gt;/users&lt;/code&gt; for simple full-list retrieval.
    ///
    /// `GET /users/graph/list` (operation `listUsersGraph`)
    fn list_users_graph(
        &self,
        request: ListUsersGraphRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListUsersGraphResponse>,
    > + Send;
    /// Get current user's teams
    ///
    /// Get teams that the current user belongs to
    ///
    /// `GET /users/teams/list` (operation `getCurrentUserTeams`)
    fn get_current_user_teams(
        &self,
        request: GetCurrentUserTeamsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetCurrentUserTeamsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(users::routes().merge(...), service)`.
pub fn routes<S: UsersApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/users",
            axum::routing::get(crate::apis::users::handle_get_all_users::<S>)
                .post(crate::apis::users::handle_create_user::<S>),
        );
    let routes = routes
        .route(
            "/users/bulk/invite",
            axum::routing::post(crate::apis::users::handle_bulk_invite_users::<S>),
        );
    let routes = routes
        .route(
            "/users/by-ids",
            axum::routing::post(crate::apis::users::handle_get_users_by_ids::<S>),
        );
    let routes = routes
        .route(
            "/users/dp",
            axum::routing::get(crate::apis::users::handle_get_user_display_picture::<S>)
                .put(crate::apis::users::handle_upload_user_display_picture::<S>)
                .delete(crate::apis::users::handle_remove_user_display_picture::<S>),
        );
    let routes = routes
        .route(
            "/users/email/exists",
            axum::routing::get(
                crate::apis::users::handle_check_user_exists_by_email::<S>,
            ),
        );
    let routes = routes
        .route(
            "/users/fetch/with-groups",
            axum::routing::get(crate::apis::users::handle_get_all_users_with_groups::<S>),
        );
    let routes = routes
        .route(
            "/users/graph/list",
            axum::routing::get(crate::apis::users::handle_list_users_graph::<S>),
        );
    let routes = routes
        .route(
            "/users/internal/{p0}",
            axum::routing::get(crate::apis::users::handle_get_internal_user::<S>),
        );
    let routes = routes
        .route(
            "/users/teams/list",
            axum::routing::get(crate::apis::users::handle_get_current_user_teams::<S>),
        );
    let routes = routes
        .route(
            "/users/{p0}",
            axum::routing::get(crate::apis::users::handle_get_user_by_id::<S>)
                .put(crate::apis::users::handle_update_user::<S>)
                .delete(crate::apis::users::handle_delete_user::<S>),
        );
    let routes = routes
        .route(
            "/users/{p0}/adminCheck",
            axum::routing::get(crate::apis::users::handle_check_user_is_admin::<S>),
        );
    let routes = routes
        .route(
            "/users/{p0}/designation",
            axum::routing::patch(crate::apis::users::handle_update_user_designation::<S>),
        );
    let routes = routes
        .route(
            "/users/{p0}/email",
            axum::routing::get(crate::apis::users::handle_get_user_email_by_id::<S>),
        );
    let routes = routes
        .route(
            "/users/{p0}/firstName",
            axum::routing::patch(crate::apis::users::handle_update_user_first_name::<S>),
        );
    let routes = routes
        .route(
            "/users/{p0}/fullname",
            axum::routing::patch(crate::apis::users::handle_update_user_full_name::<S>),
        );
    let routes = routes
        .route(
            "/users/{p0}/lastName",
            axum::routing::patch(crate::apis::users::handle_update_user_last_name::<S>),
        );
    routes
        .route(
            "/users/{p0}/resend-invite",
            axum::routing::post(crate::apis::users::handle_resend_user_invite::<S>),
        )
}

/// What a `GET /users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllUsersRequest {
    /// query parameter `page`.
    ///
    /// Page number for pagination (1-based)
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    ///
    /// Number of users per page
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    ///
    /// Search users by name or email
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAllUsersResponse {
    /// Status `200`: List of users retrieved successfully
    Ok(crate::models::GetAllUsersResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
}
impl IntoResponse for GetAllUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAllUsersRequest {
    /// Reads and checks a `GET /users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAllUsersRequest {
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: query.optional("search", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users` request and hands it to [`UsersApi::get_all_users`].
pub async fn handle_get_all_users<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAllUsers",
        path: "/users",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAllUsersRequest::read,
            |request| service.get_all_users(request),
        )
        .await
}

/// What a `POST /users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUserRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateUserBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserResponse {
    /// Status `201`: User created successfully
    Created(crate::models::CreateUserResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing required fields (fullName, email)</li>
    /// <li>Invalid email format</li>
    /// <li>Email already exists in organization</li>
    /// <li>Invalid mobile number format</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
}
impl IntoResponse for CreateUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl CreateUserRequest {
    /// Reads and checks a `POST /users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateUserRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /users` request and hands it to [`UsersApi::create_user`].
pub async fn handle_create_user<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createUser",
        path: "/users",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateUserRequest::read,
            |request| service.create_user(request),
        )
        .await
}

/// What a `GET /users/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserByIdRequest {
    /// path parameter `id`.
    ///
    /// User ID (24-character MongoDB ObjectId)
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserByIdResponse {
    /// Status `200`: User details retrieved successfully
    Ok(crate::models::GetUserByIdResponse),
    /// Status `400`: Invalid user ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: User not found or has been deleted
    NotFound,
}
impl IntoResponse for GetUserByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetUserByIdRequest {
    /// Reads and checks a `GET /users/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUserByIdRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users/{id}` request and hands it to [`UsersApi::get_user_by_id`].
pub async fn handle_get_user_by_id<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUserById",
        path: "/users/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUserByIdRequest::read,
            |request| service.get_user_by_id(request),
        )
        .await
}

/// What a `PUT /users/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserRequest {
    /// path parameter `id`.
    ///
    /// User ID (24-character MongoDB ObjectId)
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateUserBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /users/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserResponse {
    /// Status `200`: User updated successfully
    Ok(crate::models::UpdateUserResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid field values</li>
    /// <li>Email already exists</li>
    /// <li>Invalid mobile format</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden. Possible reasons:<br>
    /// <ul>
    /// <li>Attempting to update another user without admin privileges</li>
    /// <li>Attempting to update email without admin privileges</li>
    /// </ul>
    Forbidden,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for UpdateUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateUserRequest {
    /// Reads and checks a `PUT /users/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateUserRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /users/{id}` request and hands it to [`UsersApi::update_user`].
pub async fn handle_update_user<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateUser",
        path: "/users/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateUserRequest::read,
            |request| service.update_user(request),
        )
        .await
}

/// What a `DELETE /users/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteUserRequest {
    /// path parameter `id`.
    ///
    /// User ID (24-character MongoDB ObjectId)
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /users/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserResponse {
    /// Status `200`: User deleted successfully
    Ok(crate::models::DeleteUserResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>User is already deleted</li>
    /// <li>Invalid user ID format</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden. Possible reasons:<br>
    /// <ul>
    /// <li>Admin privileges required</li>
    /// <li>Cannot delete admin users</li>
    /// <li>Cannot delete organization owner</li>
    /// </ul>
    Forbidden,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for DeleteUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteUserRequest {
    /// Reads and checks a `DELETE /users/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteUserRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /users/{id}` request and hands it to [`UsersApi::delete_user`].
pub async fn handle_delete_user<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteUser",
        path: "/users/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteUserRequest::read,
            |request| service.delete_user(request),
        )
        .await
}

/// What a `GET /users/fetch/with-groups` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllUsersWithGroupsRequest {
    /// query parameter `includeDeleted`.
    ///
    /// Include soft-deleted users (admin only)
    pub include_deleted: ::std::option::Option<bool>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users/fetch/with-groups` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAllUsersWithGroupsResponse {
    /// Status `200`: Users with groups retrieved successfully
    Ok(crate::models::GetAllUsersWithGroupsResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
}
impl IntoResponse for GetAllUsersWithGroupsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAllUsersWithGroupsRequest {
    /// Reads and checks a `GET /users/fetch/with-groups` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAllUsersWithGroupsRequest {
            include_deleted: query.optional("includeDeleted", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users/fetch/with-groups` request and hands it to [`UsersApi::get_all_users_with_groups`].
pub async fn handle_get_all_users_with_groups<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAllUsersWithGroups",
        path: "/users/fetch/with-groups",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAllUsersWithGroupsRequest::read,
            |request| service.get_all_users_with_groups(request),
        )
        .await
}

/// What a `GET /users/{id}/email` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserEmailByIdRequest {
    /// path parameter `id`.
    ///
    /// User ID (24-character MongoDB ObjectId)
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users/{id}/email` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserEmailByIdResponse {
    /// Status `200`: User email retrieved successfully
    Ok(crate::models::GetUserEmailByIdResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for GetUserEmailByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetUserEmailByIdRequest {
    /// Reads and checks a `GET /users/{id}/email` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUserEmailByIdRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users/{id}/email` request and hands it to [`UsersApi::get_user_email_by_id`].
pub async fn handle_get_user_email_by_id<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUserEmailById",
        path: "/users/{id}/email",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUserEmailByIdRequest::read,
            |request| service.get_user_email_by_id(request),
        )
        .await
}

/// What a `POST /users/by-ids` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUsersByIdsRequest {
    /// The request body (`application/json`).
    pub body: crate::models::GetUsersByIdsBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /users/by-ids` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUsersByIdsResponse {
    /// Status `200`: Users retrieved successfully
    Ok(crate::models::GetUsersByIdsResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Empty userIds array</li>
    /// <li>Invalid ObjectId format in array</li>
    /// <li>Exceeded maximum limit (100 IDs)</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
}
impl IntoResponse for GetUsersByIdsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetUsersByIdsRequest {
    /// Reads and checks a `POST /users/by-ids` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUsersByIdsRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /users/by-ids` request and hands it to [`UsersApi::get_users_by_ids`].
pub async fn handle_get_users_by_ids<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUsersByIds",
        path: "/users/by-ids",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUsersByIdsRequest::read,
            |request| service.get_users_by_ids(request),
        )
        .await
}

/// What a `GET /users/email/exists` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckUserExistsByEmailRequest {
    /// query parameter `email`.
    ///
    /// Email address to check
    pub email: ::std::string::String,
    /// query parameter `includeDeleted`.
    ///
    /// Whether to include soft-deleted users
    pub include_deleted: ::std::option::Option<bool>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users/email/exists` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckUserExistsByEmailResponse {
    /// Status `200`: Email check completed
    Ok(crate::models::CheckUserExistsByEmailResponse),
    /// Status `400`: Invalid email format
    BadRequest,
    /// Status `401`: Unauthorized. Possible reasons:<br>
    /// <ul>
    /// <li>Missing scoped token</li>
    /// <li>Invalid scoped token</li>
    /// <li>Token lacks USER_LOOKUP privilege</li>
    /// </ul>
    Unauthorized,
}
impl IntoResponse for CheckUserExistsByEmailResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl CheckUserExistsByEmailRequest {
    /// Reads and checks a `GET /users/email/exists` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CheckUserExistsByEmailRequest {
            email: query.required("email", false)?,
            include_deleted: query.optional("includeDeleted", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users/email/exists` request and hands it to [`UsersApi::check_user_exists_by_email`].
pub async fn handle_check_user_exists_by_email<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "checkUserExistsByEmail",
        path: "/users/email/exists",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CheckUserExistsByEmailRequest::read,
            |request| service.check_user_exists_by_email(request),
        )
        .await
}

/// What a `GET /users/internal/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetInternalUserRequest {
    /// path parameter `id`.
    ///
    /// User ID (24-character MongoDB ObjectId)
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users/internal/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetInternalUserResponse {
    /// Status `200`: User retrieved successfully
    Ok(crate::models::GetInternalUserResponse),
    /// Status `401`: Unauthorized. Possible reasons:<br>
    /// <ul>
    /// <li>Missing scoped token</li>
    /// <li>Invalid scoped token</li>
    /// <li>Token lacks USER_LOOKUP privilege</li>
    /// </ul>
    Unauthorized,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for GetInternalUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetInternalUserRequest {
    /// Reads and checks a `GET /users/internal/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetInternalUserRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users/internal/{id}` request and hands it to [`UsersApi::get_internal_user`].
pub async fn handle_get_internal_user<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getInternalUser",
        path: "/users/internal/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetInternalUserRequest::read,
            |request| service.get_internal_user(request),
        )
        .await
}

/// What a `PATCH /users/{id}/fullname` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserFullNameRequest {
    /// path parameter `id`.
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateUserFullNameBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /users/{id}/fullname` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserFullNameResponse {
    /// Status `200`: User updated
    Ok(crate::models::User),
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Not allowed to update this user
    Forbidden,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for UpdateUserFullNameResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateUserFullNameRequest {
    /// Reads and checks a `PATCH /users/{id}/fullname` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateUserFullNameRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /users/{id}/fullname` request and hands it to [`UsersApi::update_user_full_name`].
pub async fn handle_update_user_full_name<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateUserFullName",
        path: "/users/{id}/fullname",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateUserFullNameRequest::read,
            |request| service.update_user_full_name(request),
        )
        .await
}

/// What a `PATCH /users/{id}/firstName` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserFirstNameRequest {
    /// path parameter `id`.
    ///
    /// User ID (24-character MongoDB ObjectId)
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateUserFirstNameBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /users/{id}/firstName` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserFirstNameResponse {
    /// Status `200`: First name updated successfully
    Ok(crate::models::UpdateUserFirstNameResponse),
    /// Status `400`: Invalid first name (empty or too long)
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Cannot update this user's profile
    Forbidden,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for UpdateUserFirstNameResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateUserFirstNameRequest {
    /// Reads and checks a `PATCH /users/{id}/firstName` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateUserFirstNameRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /users/{id}/firstName` request and hands it to [`UsersApi::update_user_first_name`].
pub async fn handle_update_user_first_name<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateUserFirstName",
        path: "/users/{id}/firstName",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateUserFirstNameRequest::read,
            |request| service.update_user_first_name(request),
        )
        .await
}

/// What a `PATCH /users/{id}/lastName` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserLastNameRequest {
    /// path parameter `id`.
    ///
    /// User ID (24-character MongoDB ObjectId)
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateUserLastNameBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /users/{id}/lastName` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserLastNameResponse {
    /// Status `200`: Last name updated successfully
    Ok(crate::models::UpdateUserLastNameResponse),
    /// Status `400`: Invalid last name (empty or too long)
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Cannot update this user's profile
    Forbidden,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for UpdateUserLastNameResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateUserLastNameRequest {
    /// Reads and checks a `PATCH /users/{id}/lastName` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateUserLastNameRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /users/{id}/lastName` request and hands it to [`UsersApi::update_user_last_name`].
pub async fn handle_update_user_last_name<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateUserLastName",
        path: "/users/{id}/lastName",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateUserLastNameRequest::read,
            |request| service.update_user_last_name(request),
        )
        .await
}

/// What a `PATCH /users/{id}/designation` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserDesignationRequest {
    /// path parameter `id`.
    ///
    /// User ID (24-character MongoDB ObjectId)
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateUserDesignationBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /users/{id}/designation` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserDesignationResponse {
    /// Status `200`: Designation updated successfully
    Ok(crate::models::UpdateUserDesignationResponse),
    /// Status `400`: Invalid designation (empty or too long)
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Cannot update this user's profile
    Forbidden,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for UpdateUserDesignationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateUserDesignationRequest {
    /// Reads and checks a `PATCH /users/{id}/designation` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateUserDesignationRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /users/{id}/designation` request and hands it to [`UsersApi::update_user_designation`].
pub async fn handle_update_user_designation<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateUserDesignation",
        path: "/users/{id}/designation",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateUserDesignationRequest::read,
            |request| service.update_user_designation(request),
        )
        .await
}

/// What a `GET /users/{id}/adminCheck` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckUserIsAdminRequest {
    /// path parameter `id`.
    ///
    /// User ID to check for admin privileges
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users/{id}/adminCheck` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckUserIsAdminResponse {
    /// Status `200`: User has admin access
    Ok(crate::models::CheckUserIsAdminResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: User does not have admin access. Response includes:<br>
    /// <code>{ "isAdmin": false, "message": "User does not have admin privileges" }</code>
    Forbidden,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for CheckUserIsAdminResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl CheckUserIsAdminRequest {
    /// Reads and checks a `GET /users/{id}/adminCheck` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CheckUserIsAdminRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users/{id}/adminCheck` request and hands it to [`UsersApi::check_user_is_admin`].
pub async fn handle_check_user_is_admin<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "checkUserIsAdmin",
        path: "/users/{id}/adminCheck",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CheckUserIsAdminRequest::read,
            |request| service.check_user_is_admin(request),
        )
        .await
}

/// What a `GET /users/dp` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserDisplayPictureRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users/dp` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserDisplayPictureResponse {
    /// Status `200`: Display picture retrieved successfully
    Ok(::std::vec::Vec<u8>),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: No display picture set - User has not uploaded a profile picture
    NotFound,
}
impl IntoResponse for GetUserDisplayPictureResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::content(runtime::status(200), "image/jpeg", body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetUserDisplayPictureRequest {
    /// Reads and checks a `GET /users/dp` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUserDisplayPictureRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users/dp` request and hands it to [`UsersApi::get_user_display_picture`].
pub async fn handle_get_user_display_picture<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUserDisplayPicture",
        path: "/users/dp",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUserDisplayPictureRequest::read,
            |request| service.get_user_display_picture(request),
        )
        .await
}

/// What a `PUT /users/dp` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadUserDisplayPictureRequest {
    /// The request body (`multipart/form-data`).
    pub body: UploadUserDisplayPictureForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /users/dp` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadUserDisplayPictureResponse {
    /// Status `201`: Display picture uploaded
    Created(::std::vec::Vec<u8>),
    /// Status `400`: Invalid file type or size
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for UploadUserDisplayPictureResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => {
                runtime::content(runtime::status(201), "image/jpeg", body)
            }
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
/// The parts of a `PUT /users/dp` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadUserDisplayPictureForm {
    /// Part `file`.
    ///
    /// Image file (PNG, JPEG, WebP, or GIF, max 1MB)
    pub file: crate::runtime::FilePart,
}
impl UploadUserDisplayPictureForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UploadUserDisplayPictureForm {
                file: runtime::required_part(parts.file("file")?, "file")?,
            }),
        )
    }
}
impl UploadUserDisplayPictureRequest {
    /// Reads and checks a `PUT /users/dp` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UploadUserDisplayPictureRequest {
            body: runtime::required_body(
                UploadUserDisplayPictureForm::read(runtime::multipart(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /users/dp` request and hands it to [`UsersApi::upload_user_display_picture`].
pub async fn handle_upload_user_display_picture<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "uploadUserDisplayPicture",
        path: "/users/dp",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadUserDisplayPictureRequest::read,
            |request| service.upload_user_display_picture(request),
        )
        .await
}

/// What a `DELETE /users/dp` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveUserDisplayPictureRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /users/dp` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveUserDisplayPictureResponse {
    /// Status `200`: Display picture removed successfully
    Ok(crate::models::RemoveUserDisplayPictureResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: No display picture to remove
    NotFound,
}
impl IntoResponse for RemoveUserDisplayPictureResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl RemoveUserDisplayPictureRequest {
    /// Reads and checks a `DELETE /users/dp` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RemoveUserDisplayPictureRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /users/dp` request and hands it to [`UsersApi::remove_user_display_picture`].
pub async fn handle_remove_user_display_picture<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "removeUserDisplayPicture",
        path: "/users/dp",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RemoveUserDisplayPictureRequest::read,
            |request| service.remove_user_display_picture(request),
        )
        .await
}

/// What a `POST /users/bulk/invite` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BulkInviteUsersRequest {
    /// The request body (`application/json`).
    pub body: crate::models::BulkInviteUsersBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /users/bulk/invite` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BulkInviteUsersResponse {
    /// Status `200`: Bulk invitation processed
    Ok(crate::models::BulkInviteUsersResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Empty emails array</li>
    /// <li>Invalid email format in array</li>
    /// <li>Exceeded maximum (100 emails)</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden. Possible reasons:<br>
    /// <ul>
    /// <li>Admin privileges required</li>
    /// <li>Business account required (individual accounts cannot bulk invite)</li>
    /// </ul>
    Forbidden,
    /// Status `503`: Email service unavailable - SMTP not configured
    ServiceUnavailable,
}
impl IntoResponse for BulkInviteUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::ServiceUnavailable => runtime::empty(runtime::status(503)),
        }
    }
}
impl BulkInviteUsersRequest {
    /// Reads and checks a `POST /users/bulk/invite` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(BulkInviteUsersRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /users/bulk/invite` request and hands it to [`UsersApi::bulk_invite_users`].
pub async fn handle_bulk_invite_users<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "bulkInviteUsers",
        path: "/users/bulk/invite",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            BulkInviteUsersRequest::read,
            |request| service.bulk_invite_users(request),
        )
        .await
}

/// What a `POST /users/{id}/resend-invite` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ResendUserInviteRequest {
    /// path parameter `id`.
    ///
    /// User ID of the user to resend invitation to
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /users/{id}/resend-invite` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ResendUserInviteResponse {
    /// Status `200`: Invitation resent successfully
    Ok(crate::models::ResendUserInviteResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>User has already logged in (no longer pending)</li>
    /// <li>User account is deleted</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// Status `503`: Email service unavailable - SMTP not configured
    ServiceUnavailable,
}
impl IntoResponse for ResendUserInviteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
            Self::ServiceUnavailable => runtime::empty(runtime::status(503)),
        }
    }
}
impl ResendUserInviteRequest {
    /// Reads and checks a `POST /users/{id}/resend-invite` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ResendUserInviteRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /users/{id}/resend-invite` request and hands it to [`UsersApi::resend_user_invite`].
pub async fn handle_resend_user_invite<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "resendUserInvite",
        path: "/users/{id}/resend-invite",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ResendUserInviteRequest::read,
            |request| service.resend_user_invite(request),
        )
        .await
}

/// What a `GET /users/graph/list` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListUsersGraphRequest {
    /// query parameter `page`.
    ///
    /// Page number (1-based)
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    ///
    /// Number of results per page
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    ///
    /// Search query (searches name and email)
    pub search: ::std::option::Option<::std::string::String>,
    /// query parameter `sortBy`.
    ///
    /// Field to sort by
    pub sort_by: ::std::option::Option<crate::models::ListUsersGraphSortBy>,
    /// query parameter `sortOrder`.
    ///
    /// Sort direction
    pub sort_order: ::std::option::Option<crate::models::ListUsersGraphSortOrder>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users/graph/list` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListUsersGraphResponse {
    /// Status `200`: Paginated list of users
    Ok(crate::models::ListUsersGraphResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListUsersGraphResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListUsersGraphRequest {
    /// Reads and checks a `GET /users/graph/list` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListUsersGraphRequest {
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: runtime::checked(
                query.optional("search", false)?,
                &crate::runtime::Rules {
                    max_length: Some(1000),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "search",
            )?,
            sort_by: query.optional("sortBy", false)?,
            sort_order: query.optional("sortOrder", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users/graph/list` request and hands it to [`UsersApi::list_users_graph`].
pub async fn handle_list_users_graph<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listUsersGraph",
        path: "/users/graph/list",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListUsersGraphRequest::read,
            |request| service.list_users_graph(request),
        )
        .await
}

/// What a `GET /users/teams/list` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCurrentUserTeamsRequest {
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /users/teams/list` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentUserTeamsResponse {
    /// Status `200`: User's teams
    Ok(::std::vec::Vec<crate::models::Team>),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetCurrentUserTeamsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetCurrentUserTeamsRequest {
    /// Reads and checks a `GET /users/teams/list` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetCurrentUserTeamsRequest {
            page: query.optional("page", false)?,
            limit: query.optional("limit", false)?,
            search: query.optional("search", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /users/teams/list` request and hands it to [`UsersApi::get_current_user_teams`].
pub async fn handle_get_current_user_teams<S: UsersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getCurrentUserTeams",
        path: "/users/teams/list",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetCurrentUserTeamsRequest::read,
            |request| service.get_current_user_teams(request),
        )
        .await
}
