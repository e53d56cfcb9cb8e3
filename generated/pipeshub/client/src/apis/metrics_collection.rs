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
    ) -> Call<'_, crate::models::MetricsCollectionConfig, GetMetricsCollectionError> {
        const OPERATION: Operation = Operation {
            id: "getMetricsCollection",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/metricsCollection",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetMetricsCollectionError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn toggle_metrics_collection(
        &self,
        body: &crate::models::ToggleMetricsCollectionBody,
    ) -> Call<
        '_,
        crate::models::ToggleMetricsCollectionResponse,
        ToggleMetricsCollectionError,
    > {
        const OPERATION: Operation = Operation {
            id: "toggleMetricsCollection",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PUT,
                "/configurationManager/metricsCollection/toggle",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::toggle_metrics_collection`].
#[derive(Debug, Clone, PartialEq)]
pub enum ToggleMetricsCollectionError {
    /// Status `400`: Bad Request - Invalid request body
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_metrics_push_interval(
        &self,
        body: &crate::models::SetMetricsPushIntervalBody,
    ) -> Call<
        '_,
        crate::models::SetMetricsPushIntervalResponse,
        SetMetricsPushIntervalError,
    > {
        const OPERATION: Operation = Operation {
            id: "setMetricsPushInterval",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PATCH,
                "/configurationManager/metricsCollection/pushInterval",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_metrics_push_interval`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetMetricsPushIntervalError {
    /// Status `400`: Bad Request - Invalid interval value (must be >= 1000ms)
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_metrics_server_url(
        &self,
        body: &crate::models::SetMetricsServerUrlBody,
    ) -> Call<'_, crate::models::SetMetricsServerUrlResponse, SetMetricsServerUrlError> {
        const OPERATION: Operation = Operation {
            id: "setMetricsServerUrl",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PATCH,
                "/configurationManager/metricsCollection/serverUrl",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_metrics_server_url`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetMetricsServerUrlError {
    /// Status `400`: Bad Request - Invalid URL format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
