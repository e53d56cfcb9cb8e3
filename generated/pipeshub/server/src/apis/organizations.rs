//! The `Organizations` API.
//!
//! Organization management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Organization management operations
pub trait OrganizationsApi: Clone + Send + Sync + 'static {
    /// Check if organization exists
    ///
    /// Check if any organization has been created in the system. This is typically the first API call made during initial setup.<br><br>
    /// <b>Overview:</b><br>
    /// This public endpoint determines whether the system has been initialized with an organization. Used by the frontend to decide whether to show the setup wizard or the login screen.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>First-time setup detection</li>
    /// <li>Onboarding flow decisions</li>
    /// <li>System initialization checks</li>
    /// </ul>
    /// <b>Response:</b><br>
    /// <ul>
    /// <li><code>exists: true</code> - Organization exists, show login</li>
    /// <li><code>exists: false</code> - No organization, show setup wizard</li>
    /// </ul>
    /// <b>Note:</b> This endpoint requires no authentication and is publicly accessible.
    ///
    /// `GET /org/exists` (operation `checkOrgExists`)
    fn check_org_exists(
        &self,
        request: CheckOrgExistsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CheckOrgExistsResponse>,
    > + Send;
    /// Get current organization
    ///
    /// Retrieve details about the authenticated user's organization.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns complete information about the current user's organization, including profile data, settings, and configuration. Use this for organization profile pages and settings.<br><br>
    /// <b>Response Includes:</b><br>
    /// <ul>
    /// <li>Organization profile (name, email, address)</li>
    /// <li>Account type and billing status</li>
    /// <li>Feature flags and limits</li>
    /// <li>Branding settings (logo, colors)</li>
    /// <li>Creation and modification timestamps</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Organization profile pages</li>
    /// <li>Settings and configuration screens</li>
    /// <li>Billing and subscription displays</li>
    /// <li>White-label branding retrieval</li>
    /// </ul>
    /// <b>Note:</b><br>
    /// All authenticated users can access this endpoint to view their organization's details.
    ///
    /// `GET /org` (operation `getCurrentOrganization`)
    fn get_current_organization(
        &self,
        request: GetCurrentOrganizationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetCurrentOrganizationResponse>,
    > + Send;
    /// Update organization
    ///
    /// Update organization profile and settings information.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint allows administrators to update the organization's profile information, contact details, and address. Used in the organization settings section of the admin panel.<br><br>
    /// <b>Updatable Fields:</b><br>
    /// <ul>
    /// <li><code>registeredName</code>: Official registered/legal name of the organization</li>
    /// <li><code>shortName</code>: Short display name used in UI</li>
    /// <li><code>phoneNumber</code>: Primary contact phone number</li>
    /// <li><code>permanentAddress</code>: Full address object with street, city, state, country, postal code</li>
    /// </ul>
    /// <b>Restrictions:</b><br>
    /// <ul>
    /// <li>Only organization admins can perform updates</li>
    /// <li>Contact email cannot be changed through this endpoint</li>
    /// <li>Account type cannot be changed after creation</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Organization update event is published</li>
    /// <li>Cached organization data is invalidated</li>
    /// <li>Changes are reflected immediately across all services</li>
    /// </ul>
    /// <b>Validation:</b><br>
    /// <ul>
    /// <li>Phone number must be valid international format</li>
    /// <li>Address fields have maximum length constraints</li>
    /// <li>Names cannot be empty if provided</li>
    /// </ul>
    ///
    /// `PUT /org` (operation `updateOrganization`)
    fn update_organization(
        &self,
        request: UpdateOrganizationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateOrganizationResponse>,
    > + Send;
    /// Create organization
    ///
    /// Create a new organization and its first admin user. This is the initial setup endpoint for new PipesHub installations.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint performs the complete initial setup of a PipesHub instance, including creating the organization entity and its first administrator account. Should only be called once during initial setup.<br><br>
    /// <b>Setup Flow:</b><br>
    /// <ol>
    /// <li>Frontend calls <code>/org/exists</code> to check if setup is needed</li>
    /// <li>If no organization exists, show setup wizard</li>
    /// <li>Collect organization and admin details</li>
    /// <li>Call this endpoint to create organization</li>
    /// <li>User is automatically logged in as admin</li>
    /// </ol>
    /// <b>What Gets Created:</b><br>
    /// <ul>
    /// <li>Organization entity with provided details</li>
    /// <li>Admin user account with provided credentials</li>
    /// <li>Default user groups (admin, everyone)</li>
    /// <li>Default system settings</li>
    /// <li>Initial authentication configuration</li>
    /// </ul>
    /// <b>Account Types:</b><br>
    /// <ul>
    /// <li><code>individual</code>: Single-user account, limited team features</li>
    /// <li><code>business</code>: Multi-user organization with full features</li>
    /// </ul>
    /// <b>Security:</b><br>
    /// <ul>
    /// <li>This endpoint only works if no organization exists</li>
    /// <li>Password must meet security requirements</li>
    /// <li>Email verification may be required based on config</li>
    /// </ul>
    ///
    /// `POST /org` (operation `createOrganization`)
    fn create_organization(
        &self,
        request: CreateOrganizationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateOrganizationResponse>,
    > + Send;
    /// Delete organization
    ///
    /// Permanently delete an organization and all associated data.<br><br>
    /// <b>WARNING:</b> This action is <b>irreversible</b>.<br><br>
    /// <b>Data Deleted:</b><br>
    /// <ul>
    /// <li>All user accounts in the organization</li>
    /// <li>All teams and user groups</li>
    /// <li>All documents and storage data</li>
    /// <li>All configuration and settings</li>
    /// </ul>
    /// <b>Requirements:</b><br>
    /// <ul>
    /// <li>Must be the organization owner (super admin)</li>
    /// <li>Must provide confirmation parameter</li>
    /// <li>All active subscriptions must be cancelled first</li>
    /// </ul>
    ///
    /// `DELETE /org` (operation `deleteOrganization`)
    fn delete_organization(
        &self,
        request: DeleteOrganizationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteOrganizationResponse>,
    > + Send;
    /// Get organization logo
    ///
    /// Retrieve the organization's logo image or URL.<br><br>
    /// <b>Response Formats:</b><br>
    /// <ul>
    /// <li>Returns a signed URL to access the logo</li>
    /// <li>URL is valid for a limited time (typically 1 hour)</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Displaying logo in navigation/header</li>
    /// <li>Email templates</li>
    /// <li>White-label branding</li>
    /// </ul>
    ///
    /// `GET /org/logo` (operation `getOrganizationLogo`)
    fn get_organization_logo(
        &self,
        request: GetOrganizationLogoRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOrganizationLogoResponse>,
    > + Send;
    /// Upload organization logo
    ///
    /// Upload or update the organization's logo image.<br><br>
    /// <b>Supported Formats:</b><br>
    /// <ul>
    /// <li>PNG (recommended for transparency)</li>
    /// <li>JPG/JPEG</li>
    /// <li>SVG</li>
    /// <li>WebP</li>
    /// </ul>
    /// <b>Requirements:</b><br>
    /// <ul>
    /// <li>Maximum file size: 5MB</li>
    /// <li>Recommended dimensions: 256x256 pixels or higher</li>
    /// <li>Square aspect ratio recommended</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Previous logo is replaced</li>
    /// <li>Multiple sizes may be generated for different use cases</li>
    /// </ul>
    ///
    /// `PUT /org/logo` (operation `uploadOrganizationLogo`)
    fn upload_organization_logo(
        &self,
        request: UploadOrganizationLogoRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UploadOrganizationLogoResponse>,
    > + Send;
    /// Delete organization logo
    ///
    /// Remove the organization's custom logo.<br><br>
    /// <b>Behavior:</b><br>
    /// <ul>
    /// <li>Logo file is permanently deleted from storage</li>
    /// <li>Organization reverts to default/placeholder logo</li>
    /// </ul>
    ///
    /// `DELETE /org/logo` (operation `deleteOrganizationLogo`)
    fn delete_organization_logo(
        &self,
        request: DeleteOrganizationLogoRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteOrganizationLogoResponse>,
    > + Send;
    /// Get onboarding status
    ///
    /// Retrieve the organization's onboarding progress and status.<br><br>
    /// <b>Response Details:</b><br>
    /// <ul>
    /// <li>Current onboarding step</li>
    /// <li>Completion status of each step</li>
    /// <li>Overall completion percentage</li>
    /// </ul>
    /// <b>Onboarding Steps:</b><br>
    /// <ul>
    /// <li>Organization profile setup</li>
    /// <li>Admin account configuration</li>
    /// <li>Invite team members</li>
    /// <li>Connect integrations</li>
    /// <li>Configure settings</li>
    /// </ul>
    ///
    /// `GET /org/onboarding-status` (operation `getOnboardingStatus`)
    fn get_onboarding_status(
        &self,
        request: GetOnboardingStatusRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOnboardingStatusResponse>,
    > + Send;
    /// Update onboarding status
    ///
    /// Update the organization's onboarding progress.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Mark a step as completed</li>
    /// <li>Skip optional steps</li>
    /// <li>Complete entire onboarding</li>
    /// </ul>
    /// <b>Behavior:</b><br>
    /// <ul>
    /// <li>Steps must be completed in order (unless skippable)</li>
    /// <li>Completing all required steps marks onboarding as complete</li>
    /// </ul>
    ///
    /// `PUT /org/onboarding-status` (operation `updateOnboardingStatus`)
    fn update_onboarding_status(
        &self,
        request: UpdateOnboardingStatusRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateOnboardingStatusResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(organizations::routes().merge(...), service)`.
pub fn routes<S: OrganizationsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/org",
            axum::routing::get(
                    crate::apis::organizations::handle_get_current_organization::<S>,
                )
                .put(crate::apis::organizations::handle_update_organization::<S>)
                .post(crate::apis::organizations::handle_create_organization::<S>)
                .delete(crate::apis::organizations::handle_delete_organization::<S>),
        );
    let routes = routes
        .route(
            "/org/exists",
            axum::routing::get(crate::apis::organizations::handle_check_org_exists::<S>),
        );
    let routes = routes
        .route(
            "/org/logo",
            axum::routing::get(
                    crate::apis::organizations::handle_get_organization_logo::<S>,
                )
                .put(crate::apis::organizations::handle_upload_organization_logo::<S>)
                .delete(crate::apis::organizations::handle_delete_organization_logo::<S>),
        );
    routes
        .route(
            "/org/onboarding-status",
            axum::routing::get(
                    crate::apis::organizations::handle_get_onboarding_status::<S>,
                )
                .put(crate::apis::organizations::handle_update_onboarding_status::<S>),
        )
}

/// What a `GET /org/exists` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOrgExistsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /org/exists` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckOrgExistsResponse {
    /// Status `200`: Organization existence check completed
    Ok(crate::models::CheckOrgExistsResponse),
}
impl IntoResponse for CheckOrgExistsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl CheckOrgExistsRequest {
    /// Reads and checks a `GET /org/exists` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CheckOrgExistsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /org/exists` request and hands it to [`OrganizationsApi::check_org_exists`].
pub async fn handle_check_org_exists<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "checkOrgExists",
        path: "/org/exists",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CheckOrgExistsRequest::read,
            |request| service.check_org_exists(request),
        )
        .await
}

/// What a `GET /org` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCurrentOrganizationRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /org` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentOrganizationResponse {
    /// Status `200`: Organization details retrieved successfully
    Ok(crate::models::GetCurrentOrganizationResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Organization not found - User's organization does not exist
    NotFound,
}
impl IntoResponse for GetCurrentOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetCurrentOrganizationRequest {
    /// Reads and checks a `GET /org` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetCurrentOrganizationRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /org` request and hands it to [`OrganizationsApi::get_current_organization`].
pub async fn handle_get_current_organization<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getCurrentOrganization",
        path: "/org",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetCurrentOrganizationRequest::read,
            |request| service.get_current_organization(request),
        )
        .await
}

/// What a `PUT /org` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateOrganizationRequest {
    /// The request body (`application/json`).
    pub body: crate::models::UpdateOrganizationBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /org` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOrganizationResponse {
    /// Status `200`: Organization updated successfully
    Ok(crate::models::UpdateOrganizationResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid phone number format</li>
    /// <li>Field exceeds maximum length</li>
    /// <li>Invalid address structure</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
}
impl IntoResponse for UpdateOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl UpdateOrganizationRequest {
    /// Reads and checks a `PUT /org` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateOrganizationRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /org` request and hands it to [`OrganizationsApi::update_organization`].
pub async fn handle_update_organization<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateOrganization",
        path: "/org",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateOrganizationRequest::read,
            |request| service.update_organization(request),
        )
        .await
}

/// What a `POST /org` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrganizationRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateOrganizationBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /org` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrganizationResponse {
    /// Status `201`: Organization created successfully
    Created(crate::models::CreateOrganizationResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Organization already exists</li>
    /// <li>Invalid email format</li>
    /// <li>Password too weak</li>
    /// <li>Missing required fields</li>
    /// </ul>
    BadRequest,
    /// Status `409`: Conflict - Organization already exists in the system
    Conflict,
}
impl IntoResponse for CreateOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Conflict => runtime::empty(runtime::status(409)),
        }
    }
}
impl CreateOrganizationRequest {
    /// Reads and checks a `POST /org` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateOrganizationRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /org` request and hands it to [`OrganizationsApi::create_organization`].
pub async fn handle_create_organization<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createOrganization",
        path: "/org",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateOrganizationRequest::read,
            |request| service.create_organization(request),
        )
        .await
}

/// What a `DELETE /org` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationRequest {
    /// query parameter `confirm`.
    ///
    /// Must be "DELETE" to confirm deletion
    pub confirm: crate::models::DeleteOrganizationConfirm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /org` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationResponse {
    /// Status `200`: Organization deleted successfully
    Ok(crate::models::DeleteOrganizationResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing or incorrect confirmation parameter</li>
    /// <li>Active subscriptions exist</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Only organization owner can delete
    Forbidden,
}
impl IntoResponse for DeleteOrganizationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl DeleteOrganizationRequest {
    /// Reads and checks a `DELETE /org` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteOrganizationRequest {
            confirm: query.required("confirm", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /org` request and hands it to [`OrganizationsApi::delete_organization`].
pub async fn handle_delete_organization<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteOrganization",
        path: "/org",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteOrganizationRequest::read,
            |request| service.delete_organization(request),
        )
        .await
}

/// What a `GET /org/logo` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationLogoRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /org/logo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganizationLogoResponse {
    /// Status `200`: Logo URL retrieved successfully
    Ok(crate::models::GetOrganizationLogoResponse),
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `404`: Organization not found
    NotFound,
}
impl IntoResponse for GetOrganizationLogoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetOrganizationLogoRequest {
    /// Reads and checks a `GET /org/logo` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOrganizationLogoRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /org/logo` request and hands it to [`OrganizationsApi::get_organization_logo`].
pub async fn handle_get_organization_logo<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOrganizationLogo",
        path: "/org/logo",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOrganizationLogoRequest::read,
            |request| service.get_organization_logo(request),
        )
        .await
}

/// What a `PUT /org/logo` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadOrganizationLogoRequest {
    /// The request body (`multipart/form-data`).
    pub body: UploadOrganizationLogoForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /org/logo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadOrganizationLogoResponse {
    /// Status `200`: Logo uploaded successfully
    Ok(crate::models::UploadOrganizationLogoResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>No file provided</li>
    /// <li>Invalid file format</li>
    /// <li>File too large</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
}
impl IntoResponse for UploadOrganizationLogoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
/// The parts of a `PUT /org/logo` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadOrganizationLogoForm {
    /// Part `logo`.
    ///
    /// Logo image file
    pub logo: crate::runtime::FilePart,
}
impl UploadOrganizationLogoForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UploadOrganizationLogoForm {
                logo: runtime::required_part(parts.file("logo")?, "logo")?,
            }),
        )
    }
}
impl UploadOrganizationLogoRequest {
    /// Reads and checks a `PUT /org/logo` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UploadOrganizationLogoRequest {
            body: runtime::required_body(
                UploadOrganizationLogoForm::read(runtime::multipart(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /org/logo` request and hands it to [`OrganizationsApi::upload_organization_logo`].
pub async fn handle_upload_organization_logo<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "uploadOrganizationLogo",
        path: "/org/logo",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadOrganizationLogoRequest::read,
            |request| service.upload_organization_logo(request),
        )
        .await
}

/// What a `DELETE /org/logo` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOrganizationLogoRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /org/logo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOrganizationLogoResponse {
    /// Status `200`: Logo deleted successfully
    Ok(crate::models::DeleteOrganizationLogoResponse),
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: No logo exists to delete
    NotFound,
}
impl IntoResponse for DeleteOrganizationLogoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteOrganizationLogoRequest {
    /// Reads and checks a `DELETE /org/logo` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteOrganizationLogoRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /org/logo` request and hands it to [`OrganizationsApi::delete_organization_logo`].
pub async fn handle_delete_organization_logo<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteOrganizationLogo",
        path: "/org/logo",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteOrganizationLogoRequest::read,
            |request| service.delete_organization_logo(request),
        )
        .await
}

/// What a `GET /org/onboarding-status` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOnboardingStatusRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /org/onboarding-status` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOnboardingStatusResponse {
    /// Status `200`: Onboarding status retrieved successfully
    Ok(crate::models::GetOnboardingStatusResponse),
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
}
impl IntoResponse for GetOnboardingStatusResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetOnboardingStatusRequest {
    /// Reads and checks a `GET /org/onboarding-status` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOnboardingStatusRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /org/onboarding-status` request and hands it to [`OrganizationsApi::get_onboarding_status`].
pub async fn handle_get_onboarding_status<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOnboardingStatus",
        path: "/org/onboarding-status",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOnboardingStatusRequest::read,
            |request| service.get_onboarding_status(request),
        )
        .await
}

/// What a `PUT /org/onboarding-status` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateOnboardingStatusRequest {
    /// The request body (`application/json`).
    pub body: crate::models::UpdateOnboardingStatusBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /org/onboarding-status` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOnboardingStatusResponse {
    /// Status `200`: Onboarding status updated successfully
    Ok(crate::models::UpdateOnboardingStatusResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid step ID</li>
    /// <li>Step cannot be skipped (required)</li>
    /// <li>Previous required steps not completed</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
}
impl IntoResponse for UpdateOnboardingStatusResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl UpdateOnboardingStatusRequest {
    /// Reads and checks a `PUT /org/onboarding-status` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateOnboardingStatusRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /org/onboarding-status` request and hands it to [`OrganizationsApi::update_onboarding_status`].
pub async fn handle_update_onboarding_status<S: OrganizationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateOnboardingStatus",
        path: "/org/onboarding-status",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateOnboardingStatusRequest::read,
            |request| service.update_onboarding_status(request),
        )
        .await
}
