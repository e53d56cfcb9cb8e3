//! The `Metrics Collection` API.
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
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Configure telemetry and metrics collection for application monitoring and analytics.
///
/// PipesHub collects anonymized usage metrics to help improve the product. Metrics are pushed
/// to a configurable remote server at regular intervals.
///
/// **Collected Metrics:**
/// - API request counts and response times
/// - User activity patterns (anonymized)
/// - Feature usage statistics
/// - Error rates and types
///
/// **Configuration Options:**
/// - Enable/disable metrics collection entirely
/// - Configure push interval (minimum 1 second, default 60 seconds)
/// - Set custom metrics server URL for self-hosted analytics
///
/// **Privacy:**
/// - All metrics are anonymized before collection
/// - No personally identifiable information (PII) is collected
/// - Organization can disable collection at any time
pub trait MetricsCollectionApi: Clone + Send + Sync + 'static {
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
    fn get_metrics_collection(
        &self,
        request: GetMetricsCollectionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetMetricsCollectionResponse>,
    > + Send;
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
    fn toggle_metrics_collection(
        &self,
        request: ToggleMetricsCollectionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ToggleMetricsCollectionResponse>,
    > + Send;
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
    fn set_metrics_push_interval(
        &self,
        request: SetMetricsPushIntervalRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetMetricsPushIntervalResponse>,
    > + Send;
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
    fn set_metrics_server_url(
        &self,
        request: SetMetricsServerUrlRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetMetricsServerUrlResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(metrics_collection::routes().merge(...), service)`.
pub fn routes<S: MetricsCollectionApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/configurationManager/metricsCollection",
            axum::routing::get(
                crate::apis::metrics_collection::handle_get_metrics_collection::<S>,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/metricsCollection/pushInterval",
            axum::routing::patch(
                crate::apis::metrics_collection::handle_set_metrics_push_interval::<S>,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/metricsCollection/serverUrl",
            axum::routing::patch(
                crate::apis::metrics_collection::handle_set_metrics_server_url::<S>,
            ),
        );
    routes
        .route(
            "/configurationManager/metricsCollection/toggle",
            axum::routing::put(
                crate::apis::metrics_collection::handle_toggle_metrics_collection::<S>,
            ),
        )
}

/// What a `GET /configurationManager/metricsCollection` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetMetricsCollectionRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/metricsCollection` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetMetricsCollectionResponse {
    /// Status `200`: Metrics configuration retrieved successfully
    Ok(crate::models::MetricsCollectionConfig),
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
}
impl IntoResponse for GetMetricsCollectionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl GetMetricsCollectionRequest {
    /// Reads and checks a `GET /configurationManager/metricsCollection` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetMetricsCollectionRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/metricsCollection` request and hands it to [`MetricsCollectionApi::get_metrics_collection`].
pub async fn handle_get_metrics_collection<S: MetricsCollectionApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getMetricsCollection",
        path: "/configurationManager/metricsCollection",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetMetricsCollectionRequest::read,
            |request| service.get_metrics_collection(request),
        )
        .await
}

/// What a `PUT /configurationManager/metricsCollection/toggle` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleMetricsCollectionRequest {
    /// The request body (`application/json`).
    pub body: crate::models::ToggleMetricsCollectionBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /configurationManager/metricsCollection/toggle` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ToggleMetricsCollectionResponse {
    /// Status `200`: Metrics collection toggled successfully
    Ok(crate::models::ToggleMetricsCollectionResponse),
    /// Status `400`: Bad Request - Invalid request body
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
}
impl IntoResponse for ToggleMetricsCollectionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl ToggleMetricsCollectionRequest {
    /// Reads and checks a `PUT /configurationManager/metricsCollection/toggle` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ToggleMetricsCollectionRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /configurationManager/metricsCollection/toggle` request and hands it to [`MetricsCollectionApi::toggle_metrics_collection`].
pub async fn handle_toggle_metrics_collection<S: MetricsCollectionApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "toggleMetricsCollection",
        path: "/configurationManager/metricsCollection/toggle",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ToggleMetricsCollectionRequest::read,
            |request| service.toggle_metrics_collection(request),
        )
        .await
}

/// What a `PATCH /configurationManager/metricsCollection/pushInterval` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetMetricsPushIntervalRequest {
    /// The request body (`application/json`).
    pub body: crate::models::SetMetricsPushIntervalBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /configurationManager/metricsCollection/pushInterval` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetMetricsPushIntervalResponse {
    /// Status `200`: Push interval updated successfully
    Ok(crate::models::SetMetricsPushIntervalResponse),
    /// Status `400`: Bad Request - Invalid interval value (must be >= 1000ms)
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
}
impl IntoResponse for SetMetricsPushIntervalResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetMetricsPushIntervalRequest {
    /// Reads and checks a `PATCH /configurationManager/metricsCollection/pushInterval` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetMetricsPushIntervalRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /configurationManager/metricsCollection/pushInterval` request and hands it to [`MetricsCollectionApi::set_metrics_push_interval`].
pub async fn handle_set_metrics_push_interval<S: MetricsCollectionApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setMetricsPushInterval",
        path: "/configurationManager/metricsCollection/pushInterval",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetMetricsPushIntervalRequest::read,
            |request| service.set_metrics_push_interval(request),
        )
        .await
}

/// What a `PATCH /configurationManager/metricsCollection/serverUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetMetricsServerUrlRequest {
    /// The request body (`application/json`).
    pub body: crate::models::SetMetricsServerUrlBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /configurationManager/metricsCollection/serverUrl` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetMetricsServerUrlResponse {
    /// Status `200`: Server URL updated successfully
    Ok(crate::models::SetMetricsServerUrlResponse),
    /// Status `400`: Bad Request - Invalid URL format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin access required
    Forbidden,
}
impl IntoResponse for SetMetricsServerUrlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetMetricsServerUrlRequest {
    /// Reads and checks a `PATCH /configurationManager/metricsCollection/serverUrl` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetMetricsServerUrlRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /configurationManager/metricsCollection/serverUrl` request and hands it to [`MetricsCollectionApi::set_metrics_server_url`].
pub async fn handle_set_metrics_server_url<S: MetricsCollectionApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setMetricsServerUrl",
        path: "/configurationManager/metricsCollection/serverUrl",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetMetricsServerUrlRequest::read,
            |request| service.set_metrics_server_url(request),
        )
        .await
}
