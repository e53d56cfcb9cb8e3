//! Operations of the `Organizations` API.
//!
//! Organization management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    pub fn check_org_exists(
        &self,
    ) -> Call<'_, (), crate::models::CheckOrgExistsResponse, CheckOrgExistsError> {
        const OPERATION: Operation = Operation {
            id: "checkOrgExists",
            method: "GET",
            path: "/org/exists",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/org/exists");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(
                            CheckOrgExistsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::check_org_exists`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CheckOrgExistsError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CheckOrgExistsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for CheckOrgExistsError {}

impl Client {
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
    pub fn get_current_organization(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::GetCurrentOrganizationResponse,
        GetCurrentOrganizationError,
    > {
        const OPERATION: Operation = Operation {
            id: "getCurrentOrganization",
            method: "GET",
            path: "/org",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client.request(&OPERATION, ::reqwest::Method::GET, "/org");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetCurrentOrganizationError::Unauthorized)),
                404 => Err(Error::Status(GetCurrentOrganizationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetCurrentOrganizationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_current_organization`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetCurrentOrganizationError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Organization not found - User's organization does not exist
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetCurrentOrganizationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getCurrentOrganization", status, message)
    }
}
impl ::std::error::Error for GetCurrentOrganizationError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_organization<'a>(
        &'a self,
        body: &'a crate::models::UpdateOrganizationBody,
    ) -> Call<
        'a,
        UpdateOrganizationParams<'a>,
        crate::models::UpdateOrganizationResponse,
        UpdateOrganizationError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateOrganization",
            method: "PUT",
            path: "/org",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateOrganizationParams { body },
            |client, params| {
                let UpdateOrganizationParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, "/org");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateOrganizationError::BadRequest)),
                401 => Err(Error::Status(UpdateOrganizationError::Unauthorized)),
                403 => Err(Error::Status(UpdateOrganizationError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateOrganizationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_organization`], kept in its [`Call`] until it is awaited.
pub struct UpdateOrganizationParams<'a> {
    body: &'a crate::models::UpdateOrganizationBody,
}
/// Error responses of [`Client::update_organization`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateOrganizationError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateOrganizationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateOrganization", status, message)
    }
}
impl ::std::error::Error for UpdateOrganizationError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_organization<'a>(
        &'a self,
        body: &'a crate::models::CreateOrganizationBody,
    ) -> Call<
        'a,
        CreateOrganizationParams<'a>,
        crate::models::CreateOrganizationResponse,
        CreateOrganizationError,
    > {
        const OPERATION: Operation = Operation {
            id: "createOrganization",
            method: "POST",
            path: "/org",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateOrganizationParams { body },
            |client, params| {
                let CreateOrganizationParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/org");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateOrganizationError::BadRequest)),
                409 => Err(Error::Status(CreateOrganizationError::Conflict)),
                _ => {
                    Err(
                        Error::Status(
                            CreateOrganizationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_organization`], kept in its [`Call`] until it is awaited.
pub struct CreateOrganizationParams<'a> {
    body: &'a crate::models::CreateOrganizationBody,
}
/// Error responses of [`Client::create_organization`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateOrganizationError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateOrganizationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Conflict => (409, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createOrganization", status, message)
    }
}
impl ::std::error::Error for CreateOrganizationError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `confirm`: query parameter `confirm`. Must be "DELETE" to confirm deletion
    pub fn delete_organization<'a>(
        &'a self,
        confirm: &'a crate::models::DeleteOrganizationConfirm,
    ) -> Call<
        'a,
        DeleteOrganizationParams<'a>,
        crate::models::DeleteOrganizationResponse,
        DeleteOrganizationError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteOrganization",
            method: "DELETE",
            path: "/org",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteOrganizationParams {
                confirm,
            },
            |client, params| {
                let DeleteOrganizationParams { confirm } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, "/org");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "confirm",
                    confirm,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(DeleteOrganizationError::BadRequest)),
                401 => Err(Error::Status(DeleteOrganizationError::Unauthorized)),
                403 => Err(Error::Status(DeleteOrganizationError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteOrganizationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_organization`], kept in its [`Call`] until it is awaited.
pub struct DeleteOrganizationParams<'a> {
    confirm: &'a crate::models::DeleteOrganizationConfirm,
}
/// Error responses of [`Client::delete_organization`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteOrganizationError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteOrganizationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteOrganization", status, message)
    }
}
impl ::std::error::Error for DeleteOrganizationError {}

impl Client {
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
    pub fn get_organization_logo(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::GetOrganizationLogoResponse,
        GetOrganizationLogoError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOrganizationLogo",
            method: "GET",
            path: "/org/logo",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/org/logo");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetOrganizationLogoError::Unauthorized)),
                404 => Err(Error::Status(GetOrganizationLogoError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetOrganizationLogoError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_organization_logo`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOrganizationLogoError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `404`: Organization not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOrganizationLogoError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOrganizationLogo", status, message)
    }
}
impl ::std::error::Error for GetOrganizationLogoError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UploadOrganizationLogoForm`\]. Request payload
    pub fn upload_organization_logo(
        &self,
        body: UploadOrganizationLogoForm,
    ) -> Call<
        '_,
        UploadOrganizationLogoParams<'_>,
        crate::models::UploadOrganizationLogoResponse,
        UploadOrganizationLogoError,
    > {
        const OPERATION: Operation = Operation {
            id: "uploadOrganizationLogo",
            method: "PUT",
            path: "/org/logo",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UploadOrganizationLogoParams {
                body,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let UploadOrganizationLogoParams { body, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, "/org/logo");
                request = request
                    .multipart(
                        match body.into_form() {
                            Ok(form) => form,
                            Err(error) => return Err(Error::Transport(error)),
                        },
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UploadOrganizationLogoError::BadRequest)),
                401 => Err(Error::Status(UploadOrganizationLogoError::Unauthorized)),
                403 => Err(Error::Status(UploadOrganizationLogoError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            UploadOrganizationLogoError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::upload_organization_logo`], kept in its [`Call`] until it is awaited.
pub struct UploadOrganizationLogoParams<'a> {
    body: UploadOrganizationLogoForm,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
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
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        let value = self.logo;
        form = crate::runtime::file_part(form, "logo", value)?;
        Ok(form)
    }
}
/// Error responses of [`Client::upload_organization_logo`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadOrganizationLogoError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadOrganizationLogoError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "uploadOrganizationLogo", status, message)
    }
}
impl ::std::error::Error for UploadOrganizationLogoError {}

impl Client {
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
    pub fn delete_organization_logo(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::DeleteOrganizationLogoResponse,
        DeleteOrganizationLogoError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteOrganizationLogo",
            method: "DELETE",
            path: "/org/logo",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, "/org/logo");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(DeleteOrganizationLogoError::Unauthorized)),
                403 => Err(Error::Status(DeleteOrganizationLogoError::Forbidden)),
                404 => Err(Error::Status(DeleteOrganizationLogoError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteOrganizationLogoError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_organization_logo`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteOrganizationLogoError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: No logo exists to delete
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteOrganizationLogoError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteOrganizationLogo", status, message)
    }
}
impl ::std::error::Error for DeleteOrganizationLogoError {}

impl Client {
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
    pub fn get_onboarding_status(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::GetOnboardingStatusResponse,
        GetOnboardingStatusError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOnboardingStatus",
            method: "GET",
            path: "/org/onboarding-status",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/org/onboarding-status",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetOnboardingStatusError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetOnboardingStatusError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_onboarding_status`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOnboardingStatusError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOnboardingStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOnboardingStatus", status, message)
    }
}
impl ::std::error::Error for GetOnboardingStatusError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_onboarding_status<'a>(
        &'a self,
        body: &'a crate::models::UpdateOnboardingStatusBody,
    ) -> Call<
        'a,
        UpdateOnboardingStatusParams<'a>,
        crate::models::UpdateOnboardingStatusResponse,
        UpdateOnboardingStatusError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateOnboardingStatus",
            method: "PUT",
            path: "/org/onboarding-status",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateOnboardingStatusParams {
                body,
            },
            |client, params| {
                let UpdateOnboardingStatusParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/org/onboarding-status",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateOnboardingStatusError::BadRequest)),
                401 => Err(Error::Status(UpdateOnboardingStatusError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateOnboardingStatusError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_onboarding_status`], kept in its [`Call`] until it is awaited.
pub struct UpdateOnboardingStatusParams<'a> {
    body: &'a crate::models::UpdateOnboardingStatusBody,
}
/// Error responses of [`Client::update_onboarding_status`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateOnboardingStatusError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid step ID</li>
    /// <li>Step cannot be skipped (required)</li>
    /// <li>Previous required steps not completed</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateOnboardingStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateOnboardingStatus", status, message)
    }
}
impl ::std::error::Error for UpdateOnboardingStatusError {}
