//! Operations of the `oAuth2` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List OAuth 2.0 Clients
    ///
    /// This endpoint lists all clients in the database, and never returns client secrets.
    /// As a default it lists the first 100 clients.
    ///
    /// `GET /admin/clients` (operation `listOAuth2Clients`)
    ///
    /// # Arguments
    ///
    /// * `page_size`: query parameter `page_size`. Items per Page  This is the number of items per page to return. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    /// * `page_token`: query parameter `page_token`. Next Page Token  The next page token. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    /// * `client_name`: query parameter `client_name`. The name of the clients to filter by.
    /// * `owner`: query parameter `owner`. The owner of the clients to filter by.
    pub fn list_o_auth2_clients(
        &self,
        page_size: ::std::option::Option<i64>,
        page_token: ::std::option::Option<&str>,
        client_name: ::std::option::Option<&str>,
        owner: ::std::option::Option<&str>,
    ) -> Call<'_, ::std::vec::Vec<crate::models::OAuth2Client>, ListOAuth2ClientsError> {
        const OPERATION: Operation = Operation {
            id: "listOAuth2Clients",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/admin/clients");
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
        crate::runtime::query_pairs(
            &mut query,
            "client_name",
            &client_name,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "owner", &owner, Style::Form, true);
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
                        Error::Status(ListOAuth2ClientsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_o_auth2_clients`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuth2ClientsError {
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Create OAuth 2.0 Client
    ///
    /// Create a new OAuth 2.0 client. If you pass `client_secret` the secret is used, otherwise a random secret
    /// is generated. The secret is echoed in the response. It is not possible to retrieve it later on.
    ///
    /// `POST /admin/clients` (operation `createOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. OAuth 2.0 Client Request Body
    pub fn create_o_auth2_client(
        &self,
        body: &crate::models::OAuth2Client,
    ) -> Call<'_, crate::models::OAuth2Client, CreateOAuth2ClientError> {
        const OPERATION: Operation = Operation {
            id: "createOAuth2Client",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/admin/clients");
        request = request.json(body);
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
                            CreateOAuth2ClientError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateOAuth2ClientError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOAuth2ClientError {
    /// Status `400`: Bad Request Error Response
    BadRequest(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get an OAuth 2.0 Client
    ///
    /// Get an OAuth 2.0 client by its ID. This endpoint never returns the client secret.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `GET /admin/clients/{id}` (operation `getOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the OAuth 2.0 Client.
    pub fn get_o_auth2_client(
        &self,
        id: &str,
    ) -> Call<'_, crate::models::OAuth2Client, GetOAuth2ClientError> {
        const OPERATION: Operation = Operation {
            id: "getOAuth2Client",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/clients/{}",
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
                _ => {
                    Err(
                        Error::Status(GetOAuth2ClientError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuth2ClientError {
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Set OAuth 2.0 Client
    ///
    /// Replaces an existing OAuth 2.0 Client with the payload you send. If you pass `client_secret` the secret is used,
    /// otherwise the existing secret is used.
    ///
    /// If set, the secret is echoed in the response. It is not possible to retrieve it later on.
    ///
    /// OAuth 2.0 Clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `PUT /admin/clients/{id}` (operation `setOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. OAuth 2.0 Client ID
    /// * `body`: request body, sent as `application/json`. OAuth 2.0 Client Request Body
    pub fn set_o_auth2_client(
        &self,
        id: &str,
        body: &crate::models::OAuth2Client,
    ) -> Call<'_, crate::models::OAuth2Client, SetOAuth2ClientError> {
        const OPERATION: Operation = Operation {
            id: "setOAuth2Client",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/clients/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        request = request.json(body);
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
                        Error::Status(SetOAuth2ClientError::BadRequest(received.json()?)),
                    )
                }
                404 => {
                    Err(Error::Status(SetOAuth2ClientError::NotFound(received.json()?)))
                }
                _ => {
                    Err(
                        Error::Status(SetOAuth2ClientError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::set_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetOAuth2ClientError {
    /// Status `400`: Bad Request Error Response
    BadRequest(crate::models::ErrorOAuth2),
    /// Status `404`: Not Found Error Response
    NotFound(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete OAuth 2.0 Client
    ///
    /// Delete an existing OAuth 2.0 Client by its ID.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// Make sure that this endpoint is well protected and only callable by first-party components.
    ///
    /// `DELETE /admin/clients/{id}` (operation `deleteOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the OAuth 2.0 Client.
    pub fn delete_o_auth2_client(
        &self,
        id: &str,
    ) -> Call<'_, (), DeleteOAuth2ClientError> {
        const OPERATION: Operation = Operation {
            id: "deleteOAuth2Client",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/clients/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(DeleteOAuth2ClientError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOAuth2ClientError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Patch OAuth 2.0 Client
    ///
    /// Patch an existing OAuth 2.0 Client using JSON Patch. If you pass `client_secret`
    /// the secret will be updated and returned via the API. This is the
    /// only time you will be able to retrieve the client secret, so write it down and keep it safe.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `PATCH /admin/clients/{id}` (operation `patchOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the OAuth 2.0 Client.
    /// * `body`: request body, sent as `application/json`. OAuth 2.0 Client JSON Patch Body
    pub fn patch_o_auth2_client(
        &self,
        id: &str,
        body: &crate::models::JsonPatchDocument,
    ) -> Call<'_, crate::models::OAuth2Client, PatchOAuth2ClientError> {
        const OPERATION: Operation = Operation {
            id: "patchOAuth2Client",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/clients/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        request = request.json(body);
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
                        Error::Status(PatchOAuth2ClientError::NotFound(received.json()?)),
                    )
                }
                _ => {
                    Err(
                        Error::Status(PatchOAuth2ClientError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::patch_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
pub enum PatchOAuth2ClientError {
    /// Status `404`: Not Found Error Response
    NotFound(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Set OAuth2 Client Token Lifespans
    ///
    /// Set lifespans of different token types issued for this OAuth 2.0 client. Does not modify other fields.
    ///
    /// `PUT /admin/clients/{id}/lifespans` (operation `setOAuth2ClientLifespans`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. OAuth 2.0 Client ID
    /// * `body`: request body, sent as `application/json`
    pub fn set_o_auth2_client_lifespans(
        &self,
        id: &str,
        body: ::std::option::Option<&crate::models::OAuth2ClientTokenLifespans>,
    ) -> Call<'_, crate::models::OAuth2Client, SetOAuth2ClientLifespansError> {
        const OPERATION: Operation = Operation {
            id: "setOAuth2ClientLifespans",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/clients/{}/lifespans",
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
                _ => {
                    Err(
                        Error::Status(SetOAuth2ClientLifespansError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::set_o_auth2_client_lifespans`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetOAuth2ClientLifespansError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get OAuth 2.0 Consent Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell Ory now about it. If the subject authenticated, he/she must now be asked if
    /// the OAuth 2.0 Client which initiated the flow should be allowed to access the resources on the subject's behalf.
    ///
    /// The consent challenge is appended to the consent provider's URL to which the subject's user-agent (browser) is redirected to. The consent
    /// provider uses that challenge to fetch information on the OAuth2 request and then tells Ory if the subject accepted
    /// or rejected the request.
    ///
    /// The default consent provider is available via the Ory Managed Account Experience. To customize the consent provider, please
    /// head over to the OAuth 2.0 documentation.
    ///
    /// `GET /admin/oauth2/auth/requests/consent` (operation `getOAuth2ConsentRequest`)
    ///
    /// # Arguments
    ///
    /// * `consent_challenge`: query parameter `consent_challenge`. OAuth 2.0 Consent Request Challenge
    pub fn get_o_auth2_consent_request(
        &self,
        consent_challenge: &str,
    ) -> Call<'_, crate::models::OAuth2ConsentRequest, GetOAuth2ConsentRequestError> {
        const OPERATION: Operation = Operation {
            id: "getOAuth2ConsentRequest",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/admin/oauth2/auth/requests/consent",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "consent_challenge",
            consent_challenge,
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
                410 => {
                    Err(
                        Error::Status(
                            GetOAuth2ConsentRequestError::Gone(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(GetOAuth2ConsentRequestError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_o_auth2_consent_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuth2ConsentRequestError {
    /// Status `410`: oAuth2RedirectTo
    Gone(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Accept OAuth 2.0 Consent Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell Ory now about it. If the subject authenticated, he/she must now be asked if
    /// the OAuth 2.0 Client which initiated the flow should be allowed to access the resources on the subject's behalf.
    ///
    /// The consent challenge is appended to the consent provider's URL to which the subject's user-agent (browser) is redirected to. The consent
    /// provider uses that challenge to fetch information on the OAuth2 request and then tells Ory if the subject accepted
    /// or rejected the request.
    ///
    /// This endpoint tells Ory that the subject has authorized the OAuth 2.0 client to access resources on his/her behalf.
    /// The consent provider includes additional information, such as session data for access and ID tokens, and if the
    /// consent request should be used as basis for future requests.
    ///
    /// The response contains a redirect URL which the consent provider should redirect the user-agent to.
    ///
    /// The default consent provider is available via the Ory Managed Account Experience. To customize the consent provider, please
    /// head over to the OAuth 2.0 documentation.
    ///
    /// `PUT /admin/oauth2/auth/requests/consent/accept` (operation `acceptOAuth2ConsentRequest`)
    ///
    /// # Arguments
    ///
    /// * `consent_challenge`: query parameter `consent_challenge`. OAuth 2.0 Consent Request Challenge
    /// * `body`: request body, sent as `application/json`
    pub fn accept_o_auth2_consent_request(
        &self,
        consent_challenge: &str,
        body: ::std::option::Option<&crate::models::AcceptOAuth2ConsentRequest>,
    ) -> Call<'_, crate::models::OAuth2RedirectTo, AcceptOAuth2ConsentRequestError> {
        const OPERATION: Operation = Operation {
            id: "acceptOAuth2ConsentRequest",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PUT,
                "/admin/oauth2/auth/requests/consent/accept",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "consent_challenge",
            consent_challenge,
            Style::Form,
            true,
        );
        request = request.query(&query);
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
                _ => {
                    Err(
                        Error::Status(AcceptOAuth2ConsentRequestError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::accept_o_auth2_consent_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum AcceptOAuth2ConsentRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Reject OAuth 2.0 Consent Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell Ory now about it. If the subject authenticated, he/she must now be asked if
    /// the OAuth 2.0 Client which initiated the flow should be allowed to access the resources on the subject's behalf.
    ///
    /// The consent challenge is appended to the consent provider's URL to which the subject's user-agent (browser) is redirected to. The consent
    /// provider uses that challenge to fetch information on the OAuth2 request and then tells Ory if the subject accepted
    /// or rejected the request.
    ///
    /// This endpoint tells Ory that the subject has not authorized the OAuth 2.0 client to access resources on his/her behalf.
    /// The consent provider must include a reason why the consent was not granted.
    ///
    /// The response contains a redirect URL which the consent provider should redirect the user-agent to.
    ///
    /// The default consent provider is available via the Ory Managed Account Experience. To customize the consent provider, please
    /// head over to the OAuth 2.0 documentation.
    ///
    /// `PUT /admin/oauth2/auth/requests/consent/reject` (operation `rejectOAuth2ConsentRequest`)
    ///
    /// # Arguments
    ///
    /// * `consent_challenge`: query parameter `consent_challenge`. OAuth 2.0 Consent Request Challenge
    /// * `body`: request body, sent as `application/json`
    pub fn reject_o_auth2_consent_request(
        &self,
        consent_challenge: &str,
        body: ::std::option::Option<&crate::models::RejectOAuth2Request>,
    ) -> Call<'_, crate::models::OAuth2RedirectTo, RejectOAuth2ConsentRequestError> {
        const OPERATION: Operation = Operation {
            id: "rejectOAuth2ConsentRequest",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PUT,
                "/admin/oauth2/auth/requests/consent/reject",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "consent_challenge",
            consent_challenge,
            Style::Form,
            true,
        );
        request = request.query(&query);
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
                _ => {
                    Err(
                        Error::Status(RejectOAuth2ConsentRequestError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::reject_o_auth2_consent_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum RejectOAuth2ConsentRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get OAuth 2.0 Login Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell the Ory OAuth2 Service about it.
    ///
    /// Per default, the login provider is Ory itself. You may use a different login provider which needs to be a web-app
    /// you write and host, and it must be able to authenticate ("show the subject a login screen")
    /// a subject (in OAuth2 the proper name for subject is "resource owner").
    ///
    /// The authentication challenge is appended to the login provider URL to which the subject's user-agent (browser) is redirected to. The login
    /// provider uses that challenge to fetch information on the OAuth2 request and then accept or reject the requested authentication process.
    ///
    /// `GET /admin/oauth2/auth/requests/login` (operation `getOAuth2LoginRequest`)
    ///
    /// # Arguments
    ///
    /// * `login_challenge`: query parameter `login_challenge`. OAuth 2.0 Login Request Challenge
    pub fn get_o_auth2_login_request(
        &self,
        login_challenge: &str,
    ) -> Call<'_, crate::models::OAuth2LoginRequest, GetOAuth2LoginRequestError> {
        const OPERATION: Operation = Operation {
            id: "getOAuth2LoginRequest",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/admin/oauth2/auth/requests/login",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "login_challenge",
            login_challenge,
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
                410 => {
                    Err(
                        Error::Status(GetOAuth2LoginRequestError::Gone(received.json()?)),
                    )
                }
                _ => {
                    Err(
                        Error::Status(GetOAuth2LoginRequestError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_o_auth2_login_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuth2LoginRequestError {
    /// Status `410`: oAuth2RedirectTo
    Gone(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Accept OAuth 2.0 Login Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell the Ory OAuth2 Service about it.
    ///
    /// The authentication challenge is appended to the login provider URL to which the subject's user-agent (browser) is redirected to. The login
    /// provider uses that challenge to fetch information on the OAuth2 request and then accept or reject the requested authentication process.
    ///
    /// This endpoint tells Ory that the subject has successfully authenticated and includes additional information such as
    /// the subject's ID and if Ory should remember the subject's subject agent for future authentication attempts by setting
    /// a cookie.
    ///
    /// The response contains a redirect URL which the login provider should redirect the user-agent to.
    ///
    /// `PUT /admin/oauth2/auth/requests/login/accept` (operation `acceptOAuth2LoginRequest`)
    ///
    /// # Arguments
    ///
    /// * `login_challenge`: query parameter `login_challenge`. OAuth 2.0 Login Request Challenge
    /// * `body`: request body, sent as `application/json`
    pub fn accept_o_auth2_login_request(
        &self,
        login_challenge: &str,
        body: ::std::option::Option<&crate::models::AcceptOAuth2LoginRequest>,
    ) -> Call<'_, crate::models::OAuth2RedirectTo, AcceptOAuth2LoginRequestError> {
        const OPERATION: Operation = Operation {
            id: "acceptOAuth2LoginRequest",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PUT,
                "/admin/oauth2/auth/requests/login/accept",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "login_challenge",
            login_challenge,
            Style::Form,
            true,
        );
        request = request.query(&query);
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
                _ => {
                    Err(
                        Error::Status(AcceptOAuth2LoginRequestError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::accept_o_auth2_login_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum AcceptOAuth2LoginRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Reject OAuth 2.0 Login Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell the Ory OAuth2 Service about it.
    ///
    /// The authentication challenge is appended to the login provider URL to which the subject's user-agent (browser) is redirected to. The login
    /// provider uses that challenge to fetch information on the OAuth2 request and then accept or reject the requested authentication process.
    ///
    /// This endpoint tells Ory that the subject has not authenticated and includes a reason why the authentication
    /// was denied.
    ///
    /// The response contains a redirect URL which the login provider should redirect the user-agent to.
    ///
    /// `PUT /admin/oauth2/auth/requests/login/reject` (operation `rejectOAuth2LoginRequest`)
    ///
    /// # Arguments
    ///
    /// * `login_challenge`: query parameter `login_challenge`. OAuth 2.0 Login Request Challenge
    /// * `body`: request body, sent as `application/json`
    pub fn reject_o_auth2_login_request(
        &self,
        login_challenge: &str,
        body: ::std::option::Option<&crate::models::RejectOAuth2Request>,
    ) -> Call<'_, crate::models::OAuth2RedirectTo, RejectOAuth2LoginRequestError> {
        const OPERATION: Operation = Operation {
            id: "rejectOAuth2LoginRequest",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PUT,
                "/admin/oauth2/auth/requests/login/reject",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "login_challenge",
            login_challenge,
            Style::Form,
            true,
        );
        request = request.query(&query);
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
                _ => {
                    Err(
                        Error::Status(RejectOAuth2LoginRequestError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::reject_o_auth2_login_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum RejectOAuth2LoginRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get OAuth 2.0 Session Logout Request
    ///
    /// Use this endpoint to fetch an Ory OAuth 2.0 logout request.
    ///
    /// `GET /admin/oauth2/auth/requests/logout` (operation `getOAuth2LogoutRequest`)
    ///
    /// # Arguments
    ///
    /// * `logout_challenge`: query parameter `logout_challenge`
    pub fn get_o_auth2_logout_request(
        &self,
        logout_challenge: &str,
    ) -> Call<'_, crate::models::OAuth2LogoutRequest, GetOAuth2LogoutRequestError> {
        const OPERATION: Operation = Operation {
            id: "getOAuth2LogoutRequest",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/admin/oauth2/auth/requests/logout",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "logout_challenge",
            logout_challenge,
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
                410 => {
                    Err(
                        Error::Status(
                            GetOAuth2LogoutRequestError::Gone(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(GetOAuth2LogoutRequestError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_o_auth2_logout_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuth2LogoutRequestError {
    /// Status `410`: oAuth2RedirectTo
    Gone(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Accept OAuth 2.0 Session Logout Request
    ///
    /// When a user or an application requests Ory OAuth 2.0 to remove the session state of a subject, this endpoint is used to confirm that logout request.
    ///
    /// The response contains a redirect URL which the consent provider should redirect the user-agent to.
    ///
    /// `PUT /admin/oauth2/auth/requests/logout/accept` (operation `acceptOAuth2LogoutRequest`)
    ///
    /// # Arguments
    ///
    /// * `logout_challenge`: query parameter `logout_challenge`. OAuth 2.0 Logout Request Challenge
    pub fn accept_o_auth2_logout_request(
        &self,
        logout_challenge: &str,
    ) -> Call<'_, crate::models::OAuth2RedirectTo, AcceptOAuth2LogoutRequestError> {
        const OPERATION: Operation = Operation {
            id: "acceptOAuth2LogoutRequest",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PUT,
                "/admin/oauth2/auth/requests/logout/accept",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "logout_challenge",
            logout_challenge,
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
                        Error::Status(AcceptOAuth2LogoutRequestError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::accept_o_auth2_logout_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum AcceptOAuth2LogoutRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Reject OAuth 2.0 Session Logout Request
    ///
    /// When a user or an application requests Ory OAuth 2.0 to remove the session state of a subject, this endpoint is used to deny that logout request.
    /// No HTTP request body is required.
    ///
    /// The response is empty as the logout provider has to chose what action to perform next.
    ///
    /// `PUT /admin/oauth2/auth/requests/logout/reject` (operation `rejectOAuth2LogoutRequest`)
    ///
    /// # Arguments
    ///
    /// * `logout_challenge`: query parameter `logout_challenge`
    pub fn reject_o_auth2_logout_request(
        &self,
        logout_challenge: &str,
    ) -> Call<'_, (), RejectOAuth2LogoutRequestError> {
        const OPERATION: Operation = Operation {
            id: "rejectOAuth2LogoutRequest",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PUT,
                "/admin/oauth2/auth/requests/logout/reject",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "logout_challenge",
            logout_challenge,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(RejectOAuth2LogoutRequestError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::reject_o_auth2_logout_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum RejectOAuth2LogoutRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// List OAuth 2.0 Consent Sessions of a Subject
    ///
    /// This endpoint lists all subject's granted consent sessions, including client and granted scope.
    /// If the subject is unknown or has not granted any consent sessions yet, the endpoint returns an
    /// empty JSON array with status code 200 OK.
    ///
    /// `GET /admin/oauth2/auth/sessions/consent` (operation `listOAuth2ConsentSessions`)
    ///
    /// # Arguments
    ///
    /// * `subject`: query parameter `subject`. The subject to list the consent sessions for.
    /// * `page_size`: query parameter `page_size`. Items per Page  This is the number of items per page to return. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    /// * `page_token`: query parameter `page_token`. Next Page Token  The next page token. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    /// * `login_session_id`: query parameter `login_session_id`. The login session id to list the consent sessions for.
    pub fn list_o_auth2_consent_sessions(
        &self,
        subject: &str,
        page_size: ::std::option::Option<i64>,
        page_token: ::std::option::Option<&str>,
        login_session_id: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::OAuth2ConsentSessions, ListOAuth2ConsentSessionsError> {
        const OPERATION: Operation = Operation {
            id: "listOAuth2ConsentSessions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/admin/oauth2/auth/sessions/consent",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "subject", subject, Style::Form, true);
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
        crate::runtime::query_pairs(
            &mut query,
            "login_session_id",
            &login_session_id,
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
                        Error::Status(ListOAuth2ConsentSessionsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_o_auth2_consent_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuth2ConsentSessionsError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Revoke OAuth 2.0 Consent Sessions of a Subject
    ///
    /// This endpoint revokes a subject's granted consent sessions and invalidates all
    /// associated OAuth 2.0 Access Tokens. You may also only revoke sessions for a specific OAuth 2.0 Client ID.
    ///
    /// `DELETE /admin/oauth2/auth/sessions/consent` (operation `revokeOAuth2ConsentSessions`)
    ///
    /// # Arguments
    ///
    /// * `subject`: query parameter `subject`. OAuth 2.0 Consent Subject  The subject whose consent sessions should be deleted.
    /// * `client`: query parameter `client`. OAuth 2.0 Client ID  If set, deletes only those consent sessions that have been granted to the specified OAuth 2.0 Client ID.
    /// * `all`: query parameter `all`. Revoke All Consent Sessions  If set to `true` deletes all consent sessions by the Subject that have been granted.
    pub fn revoke_o_auth2_consent_sessions(
        &self,
        subject: &str,
        client: ::std::option::Option<&str>,
        all: ::std::option::Option<bool>,
    ) -> Call<'_, (), RevokeOAuth2ConsentSessionsError> {
        const OPERATION: Operation = Operation {
            id: "revokeOAuth2ConsentSessions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::DELETE,
                "/admin/oauth2/auth/sessions/consent",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "subject", subject, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "client", &client, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "all", &all, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(RevokeOAuth2ConsentSessionsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::revoke_o_auth2_consent_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum RevokeOAuth2ConsentSessionsError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Revokes OAuth 2.0 Login Sessions by either a Subject or a SessionID
    ///
    /// This endpoint invalidates authentication sessions. After revoking the authentication session(s), the subject
    /// has to re-authenticate at the Ory OAuth2 Provider. This endpoint does not invalidate any tokens.
    ///
    /// If you send the subject in a query param, all authentication sessions that belong to that subject are revoked.
    /// No OpennID Connect Front- or Back-channel logout is performed in this case.
    ///
    /// Alternatively, you can send a SessionID via `sid` query param, in which case, only the session that is connected
    /// to that SessionID is revoked. OpenID Connect Back-channel logout is performed in this case.
    ///
    /// `DELETE /admin/oauth2/auth/sessions/login` (operation `revokeOAuth2LoginSessions`)
    ///
    /// # Arguments
    ///
    /// * `subject`: query parameter `subject`. OAuth 2.0 Subject  The subject to revoke authentication sessions for.
    /// * `sid`: query parameter `sid`. OAuth 2.0 Subject  The subject to revoke authentication sessions for.
    pub fn revoke_o_auth2_login_sessions(
        &self,
        subject: ::std::option::Option<&str>,
        sid: ::std::option::Option<&str>,
    ) -> Call<'_, (), RevokeOAuth2LoginSessionsError> {
        const OPERATION: Operation = Operation {
            id: "revokeOAuth2LoginSessions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::DELETE,
                "/admin/oauth2/auth/sessions/login",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "subject", &subject, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sid", &sid, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(RevokeOAuth2LoginSessionsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::revoke_o_auth2_login_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum RevokeOAuth2LoginSessionsError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Introspect OAuth2 Access and Refresh Tokens
    ///
    /// The introspection endpoint allows to check if a token (both refresh and access) is active or not. An active token
    /// is neither expired nor revoked. If a token is active, additional information on the token will be included. You can
    /// set additional data for a token by setting `session.access_token` during the consent flow.
    ///
    /// `POST /admin/oauth2/introspect` (operation `introspectOAuth2Token`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`
    pub fn introspect_o_auth2_token(
        &self,
        body: ::std::option::Option<&crate::models::IntrospectOAuth2TokenBody>,
    ) -> Call<'_, crate::models::IntrospectedOAuth2Token, IntrospectOAuth2TokenError> {
        const OPERATION: Operation = Operation {
            id: "introspectOAuth2Token",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/admin/oauth2/introspect");
        if let Some(body) = body {
            request = request.form(body);
        }
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
                        Error::Status(IntrospectOAuth2TokenError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::introspect_o_auth2_token`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntrospectOAuth2TokenError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete OAuth 2.0 Access Tokens from specific OAuth 2.0 Client
    ///
    /// This endpoint deletes OAuth2 access tokens issued to an OAuth 2.0 Client from the database.
    ///
    /// `DELETE /admin/oauth2/tokens` (operation `deleteOAuth2Token`)
    ///
    /// # Arguments
    ///
    /// * `client_id`: query parameter `client_id`. OAuth 2.0 Client ID
    pub fn delete_o_auth2_token(
        &self,
        client_id: &str,
    ) -> Call<'_, (), DeleteOAuth2TokenError> {
        const OPERATION: Operation = Operation {
            id: "deleteOAuth2Token",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::DELETE, "/admin/oauth2/tokens");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "client_id",
            client_id,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(DeleteOAuth2TokenError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_o_auth2_token`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOAuth2TokenError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// List Trusted OAuth2 JWT Bearer Grant Type Issuers
    ///
    /// Use this endpoint to list all trusted JWT Bearer Grant Type Issuers.
    ///
    /// `GET /admin/trust/grants/jwt-bearer/issuers` (operation `listTrustedOAuth2JwtGrantIssuers`)
    ///
    /// # Arguments
    ///
    /// * `max_items`: query parameter `MaxItems`
    /// * `default_items`: query parameter `DefaultItems`
    /// * `issuer`: query parameter `issuer`. If optional "issuer" is supplied, only jwt-bearer grants with this issuer will be returned.
    pub fn list_trusted_o_auth2_jwt_grant_issuers(
        &self,
        max_items: ::std::option::Option<i64>,
        default_items: ::std::option::Option<i64>,
        issuer: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        crate::models::TrustedOAuth2JwtGrantIssuers,
        ListTrustedOAuth2JwtGrantIssuersError,
    > {
        const OPERATION: Operation = Operation {
            id: "listTrustedOAuth2JwtGrantIssuers",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/admin/trust/grants/jwt-bearer/issuers",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "MaxItems",
            &max_items,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(
            &mut query,
            "DefaultItems",
            &default_items,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "issuer", &issuer, Style::Form, true);
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
                        Error::Status(ListTrustedOAuth2JwtGrantIssuersError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_trusted_o_auth2_jwt_grant_issuers`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListTrustedOAuth2JwtGrantIssuersError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Trust OAuth2 JWT Bearer Grant Type Issuer
    ///
    /// Use this endpoint to establish a trust relationship for a JWT issuer
    /// to perform JSON Web Token (JWT) Profile for OAuth 2.0 Client Authentication
    /// and Authorization Grants [RFC7523](https://datatracker.ietf.org/doc/html/rfc7523).
    ///
    /// `POST /admin/trust/grants/jwt-bearer/issuers` (operation `trustOAuth2JwtGrantIssuer`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn trust_o_auth2_jwt_grant_issuer(
        &self,
        body: ::std::option::Option<&crate::models::TrustOAuth2JwtGrantIssuer>,
    ) -> Call<
        '_,
        crate::models::TrustedOAuth2JwtGrantIssuer,
        TrustOAuth2JwtGrantIssuerError,
    > {
        const OPERATION: Operation = Operation {
            id: "trustOAuth2JwtGrantIssuer",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/admin/trust/grants/jwt-bearer/issuers",
            );
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
                _ => {
                    Err(
                        Error::Status(TrustOAuth2JwtGrantIssuerError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::trust_o_auth2_jwt_grant_issuer`].
#[derive(Debug, Clone, PartialEq)]
pub enum TrustOAuth2JwtGrantIssuerError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get Trusted OAuth2 JWT Bearer Grant Type Issuer
    ///
    /// Use this endpoint to get a trusted JWT Bearer Grant Type Issuer. The ID is the one returned when you
    /// created the trust relationship.
    ///
    /// `GET /admin/trust/grants/jwt-bearer/issuers/{id}` (operation `getTrustedOAuth2JwtGrantIssuer`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the desired grant
    pub fn get_trusted_o_auth2_jwt_grant_issuer(
        &self,
        id: &str,
    ) -> Call<
        '_,
        crate::models::TrustedOAuth2JwtGrantIssuer,
        GetTrustedOAuth2JwtGrantIssuerError,
    > {
        const OPERATION: Operation = Operation {
            id: "getTrustedOAuth2JwtGrantIssuer",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/trust/grants/jwt-bearer/issuers/{}",
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
                _ => {
                    Err(
                        Error::Status(GetTrustedOAuth2JwtGrantIssuerError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_trusted_o_auth2_jwt_grant_issuer`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetTrustedOAuth2JwtGrantIssuerError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete Trusted OAuth2 JWT Bearer Grant Type Issuer
    ///
    /// Use this endpoint to delete trusted JWT Bearer Grant Type Issuer. The ID is the one returned when you
    /// created the trust relationship.
    ///
    /// Once deleted, the associated issuer will no longer be able to perform the JSON Web Token (JWT) Profile
    /// for OAuth 2.0 Client Authentication and Authorization Grant.
    ///
    /// `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` (operation `deleteTrustedOAuth2JwtGrantIssuer`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the desired grant
    pub fn delete_trusted_o_auth2_jwt_grant_issuer(
        &self,
        id: &str,
    ) -> Call<'_, (), DeleteTrustedOAuth2JwtGrantIssuerError> {
        const OPERATION: Operation = Operation {
            id: "deleteTrustedOAuth2JwtGrantIssuer",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/trust/grants/jwt-bearer/issuers/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(DeleteTrustedOAuth2JwtGrantIssuerError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_trusted_o_auth2_jwt_grant_issuer`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteTrustedOAuth2JwtGrantIssuerError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// OAuth 2.0 Authorize Endpoint
    ///
    /// Use open source libraries to perform OAuth 2.0 and OpenID Connect
    /// available for any programming language. You can find a list of libraries at https://oauth.net/code/
    ///
    /// The Ory SDK is not yet able to this endpoint properly.
    ///
    /// `GET /oauth2/auth` (operation `oAuth2Authorize`)
    pub fn o_auth2_authorize(&self) -> Call<'_, (), OAuth2AuthorizeError> {
        const OPERATION: Operation = Operation {
            id: "oAuth2Authorize",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/oauth2/auth");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(OAuth2AuthorizeError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::o_auth2_authorize`].
#[derive(Debug, Clone, PartialEq)]
pub enum OAuth2AuthorizeError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Revoke OAuth 2.0 Access or Refresh Token
    ///
    /// Revoking a token (both access and refresh) means that the tokens will be invalid. A revoked access token can no
    /// longer be used to make access requests, and a revoked refresh token can no longer be used to refresh an access token.
    /// Revoking a refresh token also invalidates the access token that was created with it. A token may only be revoked by
    /// the client the token was generated for.
    ///
    /// `POST /oauth2/revoke` (operation `revokeOAuth2Token`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`
    pub fn revoke_o_auth2_token(
        &self,
        body: ::std::option::Option<&crate::models::RevokeOAuth2TokenBody>,
    ) -> Call<'_, (), RevokeOAuth2TokenError> {
        const OPERATION: Operation = Operation {
            id: "revokeOAuth2Token",
            idempotent: false,
            servers: &[],
            security: &[&["basic"], &["oauth2"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/oauth2/revoke");
        if let Some(body) = body {
            request = request.form(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(RevokeOAuth2TokenError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::revoke_o_auth2_token`].
#[derive(Debug, Clone, PartialEq)]
pub enum RevokeOAuth2TokenError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// The OAuth 2.0 Token Endpoint
    ///
    /// Use open source libraries to perform OAuth 2.0 and OpenID Connect
    /// available for any programming language. You can find a list of libraries here https://oauth.net/code/
    ///
    /// The Ory SDK is not yet able to this endpoint properly.
    ///
    /// `POST /oauth2/token` (operation `oauth2TokenExchange`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`
    pub fn oauth2_token_exchange(
        &self,
        body: ::std::option::Option<&crate::models::Oauth2TokenExchangeBody>,
    ) -> Call<'_, crate::models::OAuth2TokenExchange, Oauth2TokenExchangeError> {
        const OPERATION: Operation = Operation {
            id: "oauth2TokenExchange",
            idempotent: false,
            servers: &[],
            security: &[&["basic"], &["oauth2"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/oauth2/token");
        if let Some(body) = body {
            request = request.form(body);
        }
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
                        Error::Status(Oauth2TokenExchangeError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::oauth2_token_exchange`].
#[derive(Debug, Clone, PartialEq)]
pub enum Oauth2TokenExchangeError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
