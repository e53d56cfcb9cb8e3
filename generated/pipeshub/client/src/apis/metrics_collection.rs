//! Operations of the `Metrics Collection` API.
//!
//! Configure telemetry and metrics collection for application monitoring and analytics.
//!
//! PipesHub collects anonymized usage metrics to help improve the product. Metrics are pushed
//! to a configurable remote server at regular intervals.
//!
//! **Collected Metrics:**
//! - API request counts and response times
//! - User activity patterns (anonymized)
//! - Feature usage statistics
//! - Error rates and types
//!
//! **Configuration Options:**
//! - Enable/disable metrics collection entirely
//! - Configure push interval (minimum 1 second, default 60 seconds)
//! - Set custom metrics server URL for self-hosted analytics
//!
//! **Privacy:**
//! - All metrics are anonymized before collection
//! - No personally identifiable information (PII) is collected
//! - Organization can disable collection at any time
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get metrics collection configuration
    ///
    /// Retrieve the current metrics collection configuration including:
    /// - Whether collection is enabled
    /// - Push interval settings
    /// - Server URL configuration
    /// - Instance identification
    ///
    /// **Admin Access Required:** This endpoint requires administrator privileges.
    ///
    /// `GET /configurationManager/metricsCollection` (operation `getMetricsCollection`)
    pub fn get_metrics_collection(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::MetricsCollectionConfig,
        GetMetricsCollectionError,
    > {
        const OPERATION: Operation = Operation {
            id: "getMetricsCollection",
            method: "GET",
            path: "/configurationManager/metricsCollection",
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
                        "/configurationManager/metricsCollection",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetMetricsCollectionError::Unauthorized)),
                403 => Err(Error::Status(GetMetricsCollectionError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            GetMetricsCollectionError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_metrics_collection`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetMetricsCollectionError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetMetricsCollectionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getMetricsCollection", status, message)
    }
}
impl ::std::error::Error for GetMetricsCollectionError {}

impl Client {
    /// Enable or disable metrics collection
    ///
    /// Toggle the master switch for metrics collection.
    ///
    /// **When Enabled:**
    /// - Application metrics are collected in the background
    /// - Metrics are pushed to the configured server at regular intervals
    /// - Activity counters track API usage patterns
    ///
    /// **When Disabled:**
    /// - No metrics are collected or stored
    /// - No data is sent to the metrics server
    /// - Existing scheduled push jobs are stopped
    ///
    /// **Admin Access Required:** This endpoint requires administrator privileges.
    ///
    /// `PUT /configurationManager/metricsCollection/toggle` (operation `toggleMetricsCollection`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn toggle_metrics_collection<'a>(
        &'a self,
        body: &'a crate::models::ToggleMetricsCollectionBody,
    ) -> Call<
        'a,
        ToggleMetricsCollectionParams<'a>,
        crate::models::ToggleMetricsCollectionResponse,
        ToggleMetricsCollectionError,
    > {
        const OPERATION: Operation = Operation {
            id: "toggleMetricsCollection",
            method: "PUT",
            path: "/configurationManager/metricsCollection/toggle",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ToggleMetricsCollectionParams {
                body,
            },
            |client, params| {
                let ToggleMetricsCollectionParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/configurationManager/metricsCollection/toggle",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ToggleMetricsCollectionError::BadRequest)),
                401 => Err(Error::Status(ToggleMetricsCollectionError::Unauthorized)),
                403 => Err(Error::Status(ToggleMetricsCollectionError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            ToggleMetricsCollectionError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::toggle_metrics_collection`], kept in its [`Call`] until it is awaited.
pub struct ToggleMetricsCollectionParams<'a> {
    body: &'a crate::models::ToggleMetricsCollectionBody,
}
/// Error responses of [`Client::toggle_metrics_collection`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ToggleMetricsCollectionError {
    /// Status `400`: Bad Request - Invalid request body
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ToggleMetricsCollectionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "toggleMetricsCollection", status, message)
    }
}
impl ::std::error::Error for ToggleMetricsCollectionError {}

impl Client {
    /// Configure metrics push interval
    ///
    /// Set how frequently collected metrics are pushed to the remote server.
    ///
    /// **Interval Guidelines:**
    /// - Minimum: 1000ms (1 second) - for real-time monitoring
    /// - Recommended: 60000ms (1 minute) - balanced performance
    /// - Maximum: No hard limit, but longer intervals may delay insights
    ///
    /// **Performance Considerations:**
    /// - Shorter intervals provide more real-time data but increase network traffic
    /// - Longer intervals reduce overhead but delay metric visibility
    /// - Changes take effect on the next push cycle
    ///
    /// **Admin Access Required:** This endpoint requires administrator privileges.
    ///
    /// `PATCH /configurationManager/metricsCollection/pushInterval` (operation `setMetricsPushInterval`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn set_metrics_push_interval<'a>(
        &'a self,
        body: &'a crate::models::SetMetricsPushIntervalBody,
    ) -> Call<
        'a,
        SetMetricsPushIntervalParams<'a>,
        crate::models::SetMetricsPushIntervalResponse,
        SetMetricsPushIntervalError,
    > {
        const OPERATION: Operation = Operation {
            id: "setMetricsPushInterval",
            method: "PATCH",
            path: "/configurationManager/metricsCollection/pushInterval",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetMetricsPushIntervalParams {
                body,
            },
            |client, params| {
                let SetMetricsPushIntervalParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PATCH,
                        "/configurationManager/metricsCollection/pushInterval",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(SetMetricsPushIntervalError::BadRequest)),
                401 => Err(Error::Status(SetMetricsPushIntervalError::Unauthorized)),
                403 => Err(Error::Status(SetMetricsPushIntervalError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetMetricsPushIntervalError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_metrics_push_interval`], kept in its [`Call`] until it is awaited.
pub struct SetMetricsPushIntervalParams<'a> {
    body: &'a crate::models::SetMetricsPushIntervalBody,
}
/// Error responses of [`Client::set_metrics_push_interval`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetMetricsPushIntervalError {
    /// Status `400`: Bad Request - Invalid interval value (must be >= 1000ms)
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetMetricsPushIntervalError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setMetricsPushInterval", status, message)
    }
}
impl ::std::error::Error for SetMetricsPushIntervalError {}

impl Client {
    /// Configure metrics server URL
    ///
    /// Set the remote server URL where metrics will be pushed.
    ///
    /// **Use Cases:**
    /// - Self-hosted analytics: Point to your own Prometheus-compatible endpoint
    /// - Custom monitoring: Integrate with your organization's monitoring stack
    /// - Development: Use a local endpoint for testing
    ///
    /// **URL Requirements:**
    /// - Must be a valid URL (http or https)
    /// - Server must accept POST requests with JSON payload
    /// - Server should return 2xx status for successful pushes
    ///
    /// **Admin Access Required:** This endpoint requires administrator privileges.
    ///
    /// `PATCH /configurationManager/metricsCollection/serverUrl` (operation `setMetricsServerUrl`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn set_metrics_server_url<'a>(
        &'a self,
        body: &'a crate::models::SetMetricsServerUrlBody,
    ) -> Call<
        'a,
        SetMetricsServerUrlParams<'a>,
        crate::models::SetMetricsServerUrlResponse,
        SetMetricsServerUrlError,
    > {
        const OPERATION: Operation = Operation {
            id: "setMetricsServerUrl",
            method: "PATCH",
            path: "/configurationManager/metricsCollection/serverUrl",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetMetricsServerUrlParams { body },
            |client, params| {
                let SetMetricsServerUrlParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PATCH,
                        "/configurationManager/metricsCollection/serverUrl",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(SetMetricsServerUrlError::BadRequest)),
                401 => Err(Error::Status(SetMetricsServerUrlError::Unauthorized)),
                403 => Err(Error::Status(SetMetricsServerUrlError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetMetricsServerUrlError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_metrics_server_url`], kept in its [`Call`] until it is awaited.
pub struct SetMetricsServerUrlParams<'a> {
    body: &'a crate::models::SetMetricsServerUrlBody,
}
/// Error responses of [`Client::set_metrics_server_url`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetMetricsServerUrlError {
    /// Status `400`: Bad Request - Invalid URL format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetMetricsServerUrlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setMetricsServerUrl", status, message)
    }
}
impl ::std::error::Error for SetMetricsServerUrlError {}
