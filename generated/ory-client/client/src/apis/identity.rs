//! Operations of the `identity` API.
//!
//! APIs for managing identities.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List Identities
    ///
    /// Lists all [identities](https://www.ory.sh/docs/kratos/concepts/identity-user-model) in the system.
    ///
    /// `GET /admin/identities` (operation `listIdentities`)
    ///
    /// # Arguments
    ///
    /// * `per_page`: query parameter `per_page`. Items per Page  This is the number of items per page.
    /// * `page`: query parameter `page`. Pagination Page  This value is currently an integer, but it is not sequential. The value is not the page number, but a reference. The next page can be any number and some numbers might return an empty list.  For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    /// * `credentials_identifier`: query parameter `credentials_identifier`. CredentialsIdentifier is the identifier (username, email) of the credentials to look up.
    pub fn list_identities(
        &self,
        per_page: ::std::option::Option<i64>,
        page: ::std::option::Option<i64>,
        credentials_identifier: ::std::option::Option<&str>,
    ) -> Call<'_, ::std::vec::Vec<crate::models::Identity>, ListIdentitiesError> {
        const OPERATION: Operation = Operation {
            id: "listIdentities",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/admin/identities");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "per_page",
            &per_page,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "credentials_identifier",
            &credentials_identifier,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(ListIdentitiesError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_identities`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListIdentitiesError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Create an Identity
    ///
    /// Create an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model).  This endpoint can also be used to
    /// [import credentials](https://www.ory.sh/docs/kratos/manage-identities/import-user-accounts-identities)
    /// for instance passwords, social sign in configurations or multifactor methods.
    ///
    /// `POST /admin/identities` (operation `createIdentity`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn create_identity(
        &self,
        body: ::std::option::Option<&crate::models::CreateIdentityBody>,
    ) -> Call<'_, crate::models::Identity, CreateIdentityError> {
        const OPERATION: Operation = Operation {
            id: "createIdentity",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/admin/identities");
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(Error::Status(CreateIdentityError::BadRequest(received.json()?)))
                }
                409 => {
                    Err(Error::Status(CreateIdentityError::Conflict(received.json()?)))
                }
                _ => {
                    Err(
                        Error::Status(CreateIdentityError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_identity`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Create and deletes multiple identities
    ///
    /// Creates or delete multiple
    /// [identities](https://www.ory.sh/docs/kratos/concepts/identity-user-model).
    /// This endpoint can also be used to [import
    /// credentials](https://www.ory.sh/docs/kratos/manage-identities/import-user-accounts-identities)
    /// for instance passwords, social sign in configurations or multifactor methods.
    ///
    /// `PATCH /admin/identities` (operation `batchPatchIdentities`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn batch_patch_identities(
        &self,
        body: ::std::option::Option<&crate::models::PatchIdentitiesBody>,
    ) -> Call<
        '_,
        crate::models::BatchPatchIdentitiesResponse,
        BatchPatchIdentitiesError,
    > {
        const OPERATION: Operation = Operation {
            id: "batchPatchIdentities",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::PATCH, "/admin/identities");
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            BatchPatchIdentitiesError::BadRequest(received.json()?),
                        ),
                    )
                }
                409 => {
                    Err(
                        Error::Status(
                            BatchPatchIdentitiesError::Conflict(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(BatchPatchIdentitiesError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::batch_patch_identities`].
#[derive(Debug, Clone, PartialEq)]
pub enum BatchPatchIdentitiesError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get an Identity
    ///
    /// Return an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) by its ID. You can optionally
    /// include credentials (e.g. social sign in connections) in the response by using the `include_credential` query parameter.
    ///
    /// `GET /admin/identities/{id}` (operation `getIdentity`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID must be set to the ID of identity you want to get
    /// * `include_credential`: query parameter `include_credential`. Include Credentials in Response  Include any credential, for example `password` or `oidc`, in the response. When set to `oidc`, This will return the initial OAuth 2.0 Access Token, OAuth 2.0 Refresh Token and the OpenID Connect ID Token if available.
    pub fn get_identity(
        &self,
        id: &str,
        include_credential: ::std::option::Option<
            &[crate::models::GetIdentityIncludeCredentialItem],
        >,
    ) -> Call<'_, crate::models::Identity, GetIdentityError> {
        const OPERATION: Operation = Operation {
            id: "getIdentity",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/identities/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "include_credential",
            &include_credential,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                404 => Err(Error::Status(GetIdentityError::NotFound(received.json()?))),
                _ => {
                    Err(
                        Error::Status(GetIdentityError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_identity`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetIdentityError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Update an Identity
    ///
    /// This endpoint updates an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model). The full identity
    /// payload (except credentials) is expected. It is possible to update the identity's credentials as well.
    ///
    /// `PUT /admin/identities/{id}` (operation `updateIdentity`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID must be set to the ID of identity you want to update
    /// * `body`: request body, sent as `application/json`
    pub fn update_identity(
        &self,
        id: &str,
        body: ::std::option::Option<&crate::models::UpdateIdentityBody>,
    ) -> Call<'_, crate::models::Identity, UpdateIdentityError> {
        const OPERATION: Operation = Operation {
            id: "updateIdentity",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/identities/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(Error::Status(UpdateIdentityError::BadRequest(received.json()?)))
                }
                404 => {
                    Err(Error::Status(UpdateIdentityError::NotFound(received.json()?)))
                }
                409 => {
                    Err(Error::Status(UpdateIdentityError::Conflict(received.json()?)))
                }
                _ => {
                    Err(
                        Error::Status(UpdateIdentityError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_identity`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete an Identity
    ///
    /// Calling this endpoint irrecoverably and permanently deletes the [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) given its ID. This action can not be undone.
    /// This endpoint returns 204 when the identity was deleted or when the identity was not found, in which case it is
    /// assumed that is has been deleted already.
    ///
    /// `DELETE /admin/identities/{id}` (operation `deleteIdentity`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the identity's ID.
    pub fn delete_identity(&self, id: &str) -> Call<'_, (), DeleteIdentityError> {
        const OPERATION: Operation = Operation {
            id: "deleteIdentity",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/identities/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                404 => {
                    Err(Error::Status(DeleteIdentityError::NotFound(received.json()?)))
                }
                _ => {
                    Err(
                        Error::Status(DeleteIdentityError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_identity`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteIdentityError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Patch an Identity
    ///
    /// Partially updates an [identity's](https://www.ory.sh/docs/kratos/concepts/identity-user-model) field using [JSON Patch](https://jsonpatch.com/).
    /// The fields `id`, `stateChangedAt` and `credentials` can not be updated using this method.
    ///
    /// `PATCH /admin/identities/{id}` (operation `patchIdentity`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID must be set to the ID of identity you want to update
    /// * `body`: request body, sent as `application/json`
    pub fn patch_identity(
        &self,
        id: &str,
        body: ::std::option::Option<&crate::models::JsonPatchDocument>,
    ) -> Call<'_, crate::models::Identity, PatchIdentityError> {
        const OPERATION: Operation = Operation {
            id: "patchIdentity",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/identities/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(Error::Status(PatchIdentityError::BadRequest(received.json()?)))
                }
                404 => Err(Error::Status(PatchIdentityError::NotFound(received.json()?))),
                409 => Err(Error::Status(PatchIdentityError::Conflict(received.json()?))),
                _ => {
                    Err(
                        Error::Status(PatchIdentityError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::patch_identity`].
#[derive(Debug, Clone, PartialEq)]
pub enum PatchIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete a credential for a specific identity
    ///
    /// Delete an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) credential by its type
    /// You can only delete second factor (aal2) credentials.
    ///
    /// `DELETE /admin/identities/{id}/credentials/{type}` (operation `deleteIdentityCredentials`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the identity's ID.
    /// * `type_`: path parameter `type`. Type is the credential's Type. One of totp, webauthn, lookup
    pub fn delete_identity_credentials(
        &self,
        id: &str,
        type_: &crate::models::DeleteIdentityCredentialsType,
    ) -> Call<'_, (), DeleteIdentityCredentialsError> {
        const OPERATION: Operation = Operation {
            id: "deleteIdentityCredentials",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/identities/{}/credentials/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
            crate::runtime::path_param("type", type_, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                404 => {
                    Err(
                        Error::Status(
                            DeleteIdentityCredentialsError::NotFound(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(DeleteIdentityCredentialsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_identity_credentials`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteIdentityCredentialsError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// List an Identity's Sessions
    ///
    /// This endpoint returns all sessions that belong to the given Identity.
    ///
    /// `GET /admin/identities/{id}/sessions` (operation `listIdentitySessions`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the identity's ID.
    /// * `per_page`: query parameter `per_page`. Items per Page  This is the number of items per page.
    /// * `page`: query parameter `page`. Pagination Page  This value is currently an integer, but it is not sequential. The value is not the page number, but a reference. The next page can be any number and some numbers might return an empty list.  For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    /// * `active`: query parameter `active`. Active is a boolean flag that filters out sessions based on the state. If no value is provided, all sessions are returned.
    pub fn list_identity_sessions(
        &self,
        id: &str,
        per_page: ::std::option::Option<i64>,
        page: ::std::option::Option<i64>,
        active: ::std::option::Option<bool>,
    ) -> Call<'_, ::std::vec::Vec<crate::models::Session>, ListIdentitySessionsError> {
        const OPERATION: Operation = Operation {
            id: "listIdentitySessions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/identities/{}/sessions",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "per_page",
            &per_page,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "active", &active, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            ListIdentitySessionsError::BadRequest(received.json()?),
                        ),
                    )
                }
                404 => {
                    Err(
                        Error::Status(
                            ListIdentitySessionsError::NotFound(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(ListIdentitySessionsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_identity_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListIdentitySessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete & Invalidate an Identity's Sessions
    ///
    /// Calling this endpoint irrecoverably and permanently deletes and invalidates all sessions that belong to the given Identity.
    ///
    /// `DELETE /admin/identities/{id}/sessions` (operation `deleteIdentitySessions`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the identity's ID.
    pub fn delete_identity_sessions(
        &self,
        id: &str,
    ) -> Call<'_, (), DeleteIdentitySessionsError> {
        const OPERATION: Operation = Operation {
            id: "deleteIdentitySessions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/identities/{}/sessions",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        Error::Status(
                            DeleteIdentitySessionsError::BadRequest(received.json()?),
                        ),
                    )
                }
                401 => {
                    Err(
                        Error::Status(
                            DeleteIdentitySessionsError::Unauthorized(received.json()?),
                        ),
                    )
                }
                404 => {
                    Err(
                        Error::Status(
                            DeleteIdentitySessionsError::NotFound(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(DeleteIdentitySessionsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_identity_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteIdentitySessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Create a Recovery Code
    ///
    /// This endpoint creates a recovery code which should be given to the user in order for them to recover
    /// (or activate) their account.
    ///
    /// `POST /admin/recovery/code` (operation `createRecoveryCodeForIdentity`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn create_recovery_code_for_identity(
        &self,
        body: ::std::option::Option<&crate::models::CreateRecoveryCodeForIdentityBody>,
    ) -> Call<
        '_,
        crate::models::RecoveryCodeForIdentity,
        CreateRecoveryCodeForIdentityError,
    > {
        const OPERATION: Operation = Operation {
            id: "createRecoveryCodeForIdentity",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/admin/recovery/code");
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateRecoveryCodeForIdentityError::BadRequest(
                                received.json()?,
                            ),
                        ),
                    )
                }
                404 => {
                    Err(
                        Error::Status(
                            CreateRecoveryCodeForIdentityError::NotFound(
                                received.json()?,
                            ),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateRecoveryCodeForIdentityError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_recovery_code_for_identity`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRecoveryCodeForIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Create a Recovery Link
    ///
    /// This endpoint creates a recovery link which should be given to the user in order for them to recover
    /// (or activate) their account.
    ///
    /// `POST /admin/recovery/link` (operation `createRecoveryLinkForIdentity`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn create_recovery_link_for_identity(
        &self,
        body: ::std::option::Option<&crate::models::CreateRecoveryLinkForIdentityBody>,
    ) -> Call<
        '_,
        crate::models::RecoveryLinkForIdentity,
        CreateRecoveryLinkForIdentityError,
    > {
        const OPERATION: Operation = Operation {
            id: "createRecoveryLinkForIdentity",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/admin/recovery/link");
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateRecoveryLinkForIdentityError::BadRequest(
                                received.json()?,
                            ),
                        ),
                    )
                }
                404 => {
                    Err(
                        Error::Status(
                            CreateRecoveryLinkForIdentityError::NotFound(
                                received.json()?,
                            ),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateRecoveryLinkForIdentityError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_recovery_link_for_identity`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRecoveryLinkForIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// List All Sessions
    ///
    /// Listing all sessions that exist.
    ///
    /// `GET /admin/sessions` (operation `listSessions`)
    ///
    /// # Arguments
    ///
    /// * `page_size`: query parameter `page_size`. Items per Page  This is the number of items per page to return. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    /// * `page_token`: query parameter `page_token`. Next Page Token  The next page token. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    /// * `active`: query parameter `active`. Active is a boolean flag that filters out sessions based on the state. If no value is provided, all sessions are returned.
    /// * `expand`: query parameter `expand`. ExpandOptions is a query parameter encoded list of all properties that must be expanded in the Session. If no value is provided, the expandable properties are skipped.
    pub fn list_sessions(
        &self,
        page_size: ::std::option::Option<i64>,
        page_token: ::std::option::Option<&str>,
        active: ::std::option::Option<bool>,
        expand: ::std::option::Option<&[::std::string::String]>,
    ) -> Call<'_, ::std::vec::Vec<crate::models::Session>, ListSessionsError> {
        const OPERATION: Operation = Operation {
            id: "listSessions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/admin/sessions");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "page_size",
            &page_size,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(
            &mut query,
            "page_token",
            &page_token,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "active", &active, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "expand", &expand, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(Error::Status(ListSessionsError::BadRequest(received.json()?)))
                }
                _ => {
                    Err(
                        Error::Status(ListSessionsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListSessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get Session
    ///
    /// This endpoint is useful for:
    ///
    /// Getting a session object with all specified expandables that exist in an administrative context.
    ///
    /// `GET /admin/sessions/{id}` (operation `getSession`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the session's ID.
    /// * `expand`: query parameter `expand`. ExpandOptions is a query parameter encoded list of all properties that must be expanded in the Session. Example - ?expand=Identity&expand=Devices If no value is provided, the expandable properties are skipped.
    pub fn get_session(
        &self,
        id: &str,
        expand: ::std::option::Option<&[::std::string::String]>,
    ) -> Call<'_, crate::models::Session, GetSessionError> {
        const OPERATION: Operation = Operation {
            id: "getSession",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/sessions/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "expand", &expand, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetSessionError::BadRequest(received.json()?))),
                _ => {
                    Err(
                        Error::Status(GetSessionError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_session`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetSessionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Deactivate a Session
    ///
    /// Calling this endpoint deactivates the specified session. Session data is not deleted.
    ///
    /// `DELETE /admin/sessions/{id}` (operation `disableSession`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the session's ID.
    pub fn disable_session(&self, id: &str) -> Call<'_, (), DisableSessionError> {
        const OPERATION: Operation = Operation {
            id: "disableSession",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/sessions/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(Error::Status(DisableSessionError::BadRequest(received.json()?)))
                }
                401 => {
                    Err(
                        Error::Status(
                            DisableSessionError::Unauthorized(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(DisableSessionError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::disable_session`].
#[derive(Debug, Clone, PartialEq)]
pub enum DisableSessionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Extend a Session
    ///
    /// Calling this endpoint extends the given session ID. If `session.earliest_possible_extend` is set it
    /// will only extend the session after the specified time has passed.
    ///
    /// Retrieve the session ID from the `/sessions/whoami` endpoint / `toSession` SDK method.
    ///
    /// `PATCH /admin/sessions/{id}/extend` (operation `extendSession`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the session's ID.
    pub fn extend_session(
        &self,
        id: &str,
    ) -> Call<'_, crate::models::Session, ExtendSessionError> {
        const OPERATION: Operation = Operation {
            id: "extendSession",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/sessions/{}/extend",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(Error::Status(ExtendSessionError::BadRequest(received.json()?)))
                }
                404 => Err(Error::Status(ExtendSessionError::NotFound(received.json()?))),
                _ => {
                    Err(
                        Error::Status(ExtendSessionError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::extend_session`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendSessionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get all Identity Schemas
    ///
    /// Returns a list of all identity schemas currently in use.
    ///
    /// `GET /schemas` (operation `listIdentitySchemas`)
    ///
    /// # Arguments
    ///
    /// * `per_page`: query parameter `per_page`. Items per Page  This is the number of items per page.
    /// * `page`: query parameter `page`. Pagination Page  This value is currently an integer, but it is not sequential. The value is not the page number, but a reference. The next page can be any number and some numbers might return an empty list.  For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub fn list_identity_schemas(
        &self,
        per_page: ::std::option::Option<i64>,
        page: ::std::option::Option<i64>,
    ) -> Call<'_, crate::models::IdentitySchemas, ListIdentitySchemasError> {
        const OPERATION: Operation = Operation {
            id: "listIdentitySchemas",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/schemas");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "per_page",
            &per_page,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(ListIdentitySchemasError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_identity_schemas`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListIdentitySchemasError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get Identity JSON Schema
    ///
    /// Return a specific identity schema.
    ///
    /// `GET /schemas/{id}` (operation `getIdentitySchema`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID must be set to the ID of schema you want to get
    pub fn get_identity_schema(
        &self,
        id: &str,
    ) -> Call<'_, crate::models::IdentitySchema, GetIdentitySchemaError> {
        const OPERATION: Operation = Operation {
            id: "getIdentitySchema",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/schemas/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                404 => {
                    Err(
                        Error::Status(GetIdentitySchemaError::NotFound(received.json()?)),
                    )
                }
                _ => {
                    Err(
                        Error::Status(GetIdentitySchemaError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_identity_schema`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetIdentitySchemaError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
