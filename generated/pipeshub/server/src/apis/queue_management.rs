//! The `Queue Management` API.
//!
//! Endpoints for monitoring the crawling job queue and system health.
//!
//! Provides real-time statistics about the BullMQ queue including job counts by state,
//! paused jobs, and repeatable job configurations. Useful for monitoring system health
//! and debugging crawling issues.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Endpoints for monitoring the crawling job queue and system health.
///
/// Provides real-time statistics about the BullMQ queue including job counts by state,
/// paused jobs, and repeatable job configurations. Useful for monitoring system health
/// and debugging crawling issues.
pub trait QueueManagementApi: Clone + Send + Sync + 'static {
    /// Get queue statistics
    ///
    /// Retrieve aggregate statistics about the crawling job queue.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// Returns real-time statistics about the BullMQ queue including job counts by state,
    /// paused jobs, and repeatable job configurations. Useful for monitoring system health
    /// and capacity planning.<br><br>
    ///
    /// <b>Statistics Included:</b><br>
    /// <ul>
    /// <li><b>waiting:</b> Jobs queued and waiting to be processed</li>
    /// <li><b>active:</b> Jobs currently being processed by workers</li>
    /// <li><b>completed:</b> Successfully completed jobs (limited retention)</li>
    /// <li><b>failed:</b> Failed jobs (limited retention)</li>
    /// <li><b>delayed:</b> Jobs scheduled for future execution</li>
    /// <li><b>paused:</b> Manually paused jobs</li>
    /// <li><b>repeatable:</b> Number of repeatable job configurations</li>
    /// <li><b>total:</b> Sum of all job counts</li>
    /// </ul>
    ///
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Monitor queue health and throughput</li>
    /// <li>Identify processing bottlenecks</li>
    /// <li>Track failed job counts for alerting</li>
    /// <li>Capacity planning based on queue depth</li>
    /// </ul>
    ///
    /// `GET /crawlingManager/stats` (operation `getQueueStats`)
    fn get_queue_stats(
        &self,
        request: GetQueueStatsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetQueueStatsResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(queue_management::routes().merge(...), service)`.
pub fn routes<S: QueueManagementApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/crawlingManager/stats",
            axum::routing::get(
                crate::apis::queue_management::handle_get_queue_stats::<S>,
            ),
        )
}

/// What a `GET /crawlingManager/stats` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetQueueStatsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /crawlingManager/stats` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetQueueStatsResponse {
    /// Status `200`: Queue statistics retrieved successfully
    Ok(crate::models::GetQueueStatsResponse),
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
}
impl IntoResponse for GetQueueStatsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetQueueStatsRequest {
    /// Reads and checks a `GET /crawlingManager/stats` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetQueueStatsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /crawlingManager/stats` request and hands it to [`QueueManagementApi::get_queue_stats`].
pub async fn handle_get_queue_stats<S: QueueManagementApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getQueueStats",
        path: "/crawlingManager/stats",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetQueueStatsRequest::read,
            |request| service.get_queue_stats(request),
        )
        .await
}
