//! Operations of the `jwk` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Retrieve a JSON Web Key Set
    ///
    /// This endpoint can be used to retrieve JWK Sets stored in ORY Hydra.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `GET /admin/keys/{set}` (operation `getJsonWebKeySet`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. JSON Web Key Set ID
    pub fn get_json_web_key_set(
        &self,
        set: &str,
    ) -> Call<'_, crate::models::JsonWebKeySet, GetJsonWebKeySetError> {
        const OPERATION: Operation = Operation {
            id: "getJsonWebKeySet",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/keys/{}",
            crate::runtime::path_param("set", set, Style::Simple, false),
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
                        Error::Status(GetJsonWebKeySetError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_json_web_key_set`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetJsonWebKeySetError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Update a JSON Web Key Set
    ///
    /// Use this method if you do not want to let Hydra generate the JWKs for you, but instead save your own.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `PUT /admin/keys/{set}` (operation `setJsonWebKeySet`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set ID
    /// * `body`: request body, sent as `application/json`
    pub fn set_json_web_key_set(
        &self,
        set: &str,
        body: ::std::option::Option<&crate::models::JsonWebKeySet>,
    ) -> Call<'_, crate::models::JsonWebKeySet, SetJsonWebKeySetError> {
        const OPERATION: Operation = Operation {
            id: "setJsonWebKeySet",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/keys/{}",
            crate::runtime::path_param("set", set, Style::Simple, false),
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
                        Error::Status(SetJsonWebKeySetError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::set_json_web_key_set`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetJsonWebKeySetError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Create JSON Web Key
    ///
    /// This endpoint is capable of generating JSON Web Key Sets for you. There a different strategies available, such as symmetric cryptographic keys (HS256, HS512) and asymetric cryptographic keys (RS256, ECDSA). If the specified JSON Web Key Set does not exist, it will be created.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `POST /admin/keys/{set}` (operation `createJsonWebKeySet`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set ID
    /// * `body`: request body, sent as `application/json`
    pub fn create_json_web_key_set(
        &self,
        set: &str,
        body: &crate::models::CreateJsonWebKeySet,
    ) -> Call<'_, crate::models::JsonWebKeySet, CreateJsonWebKeySetError> {
        const OPERATION: Operation = Operation {
            id: "createJsonWebKeySet",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/keys/{}",
            crate::runtime::path_param("set", set, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
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
                        Error::Status(CreateJsonWebKeySetError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_json_web_key_set`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateJsonWebKeySetError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete JSON Web Key Set
    ///
    /// Use this endpoint to delete a complete JSON Web Key Set and all the keys in that set.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `DELETE /admin/keys/{set}` (operation `deleteJsonWebKeySet`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set
    pub fn delete_json_web_key_set(
        &self,
        set: &str,
    ) -> Call<'_, (), DeleteJsonWebKeySetError> {
        const OPERATION: Operation = Operation {
            id: "deleteJsonWebKeySet",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/keys/{}",
            crate::runtime::path_param("set", set, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(DeleteJsonWebKeySetError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_json_web_key_set`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteJsonWebKeySetError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get JSON Web Key
    ///
    /// This endpoint returns a singular JSON Web Key contained in a set. It is identified by the set and the specific key ID (kid).
    ///
    /// `GET /admin/keys/{set}/{kid}` (operation `getJsonWebKey`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. JSON Web Key Set ID
    /// * `kid`: path parameter `kid`. JSON Web Key ID
    pub fn get_json_web_key(
        &self,
        set: &str,
        kid: &str,
    ) -> Call<'_, crate::models::JsonWebKeySet, GetJsonWebKeyError> {
        const OPERATION: Operation = Operation {
            id: "getJsonWebKey",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/keys/{}/{}",
            crate::runtime::path_param("set", set, Style::Simple, false),
            crate::runtime::path_param("kid", kid, Style::Simple, false),
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
                        Error::Status(GetJsonWebKeyError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_json_web_key`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetJsonWebKeyError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Set JSON Web Key
    ///
    /// Use this method if you do not want to let Hydra generate the JWKs for you, but instead save your own.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `PUT /admin/keys/{set}/{kid}` (operation `setJsonWebKey`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set ID
    /// * `kid`: path parameter `kid`. JSON Web Key ID
    /// * `body`: request body, sent as `application/json`
    pub fn set_json_web_key(
        &self,
        set: &str,
        kid: &str,
        body: ::std::option::Option<&crate::models::JsonWebKey>,
    ) -> Call<'_, crate::models::JsonWebKey, SetJsonWebKeyError> {
        const OPERATION: Operation = Operation {
            id: "setJsonWebKey",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/keys/{}/{}",
            crate::runtime::path_param("set", set, Style::Simple, false),
            crate::runtime::path_param("kid", kid, Style::Simple, false),
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
                        Error::Status(SetJsonWebKeyError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::set_json_web_key`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetJsonWebKeyError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete JSON Web Key
    ///
    /// Use this endpoint to delete a single JSON Web Key.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A
    /// JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses
    /// this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens),
    /// and allows storing user-defined keys as well.
    ///
    /// `DELETE /admin/keys/{set}/{kid}` (operation `deleteJsonWebKey`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set
    /// * `kid`: path parameter `kid`. The JSON Web Key ID (kid)
    pub fn delete_json_web_key(
        &self,
        set: &str,
        kid: &str,
    ) -> Call<'_, (), DeleteJsonWebKeyError> {
        const OPERATION: Operation = Operation {
            id: "deleteJsonWebKey",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/keys/{}/{}",
            crate::runtime::path_param("set", set, Style::Simple, false),
            crate::runtime::path_param("kid", kid, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(DeleteJsonWebKeyError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_json_web_key`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteJsonWebKeyError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
