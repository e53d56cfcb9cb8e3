//! The `Crawling Jobs` API.
//!
//! Endpoints for scheduling, managing, and monitoring data crawling jobs for enterprise connectors.
//!
//! The Crawling Manager uses BullMQ (Redis-based queue) to schedule and execute crawling jobs that
//! sync data from external connectors (Google Drive, OneDrive, Slack, Jira, etc.) into PipesHub's
//! search index.
//!
//! **Key Features:**
//! - Schedule recurring crawls (hourly, daily, weekly, monthly) or one-time crawls
//! - Pause and resume crawling jobs without losing configuration
//! - Priority-based job execution (1-10 scale)
//! - Automatic retry with exponential backoff on failures
//! - Per-connector job isolation and tracking
//!
//! **Access Control:**
//! - Team-scoped connectors require admin privileges
//! - Personal-scoped connectors can only be managed by the creator
//! - All operations require valid JWT authentication
//!
//! **Schedule Types:**
//! - `hourly`: Run every X hours at specified minute
//! - `daily`: Run once per day at specified time
//! - `weekly`: Run on specified days of the week
//! - `monthly`: Run on specified day of the month
//! - `custom`: Use cron expression for complex schedules
//! - `once`: Run once at a specific future time
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Endpoints for scheduling, managing, and monitoring data crawling jobs for enterprise connectors.
///
/// The Crawling Manager uses BullMQ (Redis-based queue) to schedule and execute crawling jobs that
/// sync data from external connectors (Google Drive, OneDrive, Slack, Jira, etc.) into PipesHub's
/// search index.
///
/// **Key Features:**
/// - Schedule recurring crawls (hourly, daily, weekly, monthly) or one-time crawls
/// - Pause and resume crawling jobs without losing configuration
/// - Priority-based job execution (1-10 scale)
/// - Automatic retry with exponential backoff on failures
/// - Per-connector job isolation and tracking
///
/// **Access Control:**
/// - Team-scoped connectors require admin privileges
/// - Personal-scoped connectors can only be managed by the creator
/// - All operations require valid JWT authentication
///
/// **Schedule Types:**
/// - `hourly`: Run every X hours at specified minute
/// - `daily`: Run once per day at specified time
/// - `weekly`: Run on specified days of the week
/// - `monthly`: Run on specified day of the month
/// - `custom`: Use cron expression for complex schedules
/// - `once`: Run once at a specific future time
pub trait CrawlingJobsApi: Clone + Send + Sync + 'static {
    /// Get crawling job status
    ///
    /// Retrieve the current status of a scheduled crawling job for a specific connector.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// Returns detailed information about the most recent crawling job for the specified connector,
    /// including its current state, progress, timing information, and any error details.<br><br>
    ///
    /// <b>Job States:</b><br>
    /// <ul>
    /// <li><b>waiting:</b> Job is queued and waiting to be processed</li>
    /// <li><b>active:</b> Job is currently being processed by a worker</li>
    /// <li><b>completed:</b> Job finished successfully</li>
    /// <li><b>failed:</b> Job failed after exhausting retry attempts</li>
    /// <li><b>delayed:</b> Job is scheduled for future execution</li>
    /// <li><b>paused:</b> Job has been manually paused</li>
    /// </ul>
    ///
    /// <b>Access Control:</b><br>
    /// Same as scheduling - team connectors require admin, personal connectors require creator.
    ///
    /// `GET /crawlingManager/{connector}/{connectorId}/schedule` (operation `getCrawlingJobStatus`)
    fn get_crawling_job_status(
        &self,
        request: GetCrawlingJobStatusRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetCrawlingJobStatusResponse>,
    > + Send;
    /// Schedule a crawling job
    ///
    /// Schedule a new crawling job for a specific connector instance.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// Creates a scheduled crawling job that will sync data from the specified connector into
    /// PipesHub's search index. The job is added to a BullMQ queue and will execute according
    /// to the specified schedule configuration.<br><br>
    ///
    /// <b>Schedule Types:</b><br>
    /// <ul>
    /// <li><b>hourly:</b> Run every X hours at specified minute (e.g., every 2 hours at :30)</li>
    /// <li><b>daily:</b> Run once per day at specified time (e.g., 2:00 AM daily)</li>
    /// <li><b>weekly:</b> Run on specific days of the week (e.g., Mon/Wed/Fri at 3:00 AM)</li>
    /// <li><b>monthly:</b> Run on specific day of month (e.g., 1st of each month at 4:00 AM)</li>
    /// <li><b>custom:</b> Use cron expression for complex schedules</li>
    /// <li><b>once:</b> Run once at a specific future datetime</li>
    /// </ul>
    ///
    /// <b>Access Control:</b><br>
    /// <ul>
    /// <li>Team-scoped connectors: Requires admin privileges</li>
    /// <li>Personal-scoped connectors: Only the creator can schedule jobs</li>
    /// </ul>
    ///
    /// <b>Job Behavior:</b><br>
    /// <ul>
    /// <li>If a job already exists for this connector, it will be replaced</li>
    /// <li>Disabled schedules (<code>isEnabled: false</code>) will throw an error</li>
    /// <li>Jobs use exponential backoff for retries (5s, 10s, 20s, etc.)</li>
    /// <li>Only last 10 completed/failed jobs are retained per connector</li>
    /// </ul>
    ///
    /// <b>Related Endpoints:</b><br>
    /// <ul>
    /// <li><code>GET /crawlingManager/{connector}/{connectorId}/schedule</code> - Get job status</li>
    /// <li><code>POST /crawlingManager/{connector}/{connectorId}/pause</code> - Pause job</li>
    /// <li><code>DELETE /crawlingManager/{connector}/{connectorId}/remove</code> - Remove job</li>
    /// </ul>
    ///
    /// `POST /crawlingManager/{connector}/{connectorId}/schedule` (operation `scheduleCrawlingJob`)
    fn schedule_crawling_job(
        &self,
        request: ScheduleCrawlingJobRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ScheduleCrawlingJobResponse>,
    > + Send;
    /// Remove a crawling job
    ///
    /// Permanently remove a scheduled crawling job for a specific connector.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// Removes the crawling job and all associated data from the queue. This includes
    /// removing repeatable job configurations and cleaning up job history.<br><br>
    ///
    /// <b>What Gets Removed:</b><br>
    /// <ul>
    /// <li>Active or waiting job instances</li>
    /// <li>Repeatable job configuration (for recurring schedules)</li>
    /// <li>Paused job information</li>
    /// <li>Job mappings and metadata</li>
    /// </ul>
    ///
    /// <b>Note:</b> Completed and failed job records may be retained for audit purposes.
    ///
    /// <b>Related Endpoints:</b><br>
    /// <ul>
    /// <li><code>DELETE /crawlingManager/schedule/all</code> - Remove all jobs for organization</li>
    /// </ul>
    ///
    /// `DELETE /crawlingManager/{connector}/{connectorId}/remove` (operation `removeCrawlingJob`)
    fn remove_crawling_job(
        &self,
        request: RemoveCrawlingJobRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RemoveCrawlingJobResponse>,
    > + Send;
    /// Pause a crawling job
    ///
    /// Pause a running or scheduled crawling job without losing its configuration.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// Pausing a job stores its complete configuration and removes it from the active queue.
    /// The job can be resumed later with <code>POST /crawlingManager/{connector}/{connectorId}/resume</code>,
    /// which will restore the exact same schedule configuration.<br><br>
    ///
    /// <b>How Pausing Works:</b><br>
    /// <ol>
    /// <li>Current job configuration is stored in memory</li>
    /// <li>Active/repeatable job is removed from BullMQ queue</li>
    /// <li>Job state changes to "paused"</li>
    /// <li>No new job executions will occur until resumed</li>
    /// </ol>
    ///
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Temporarily stop crawling during maintenance</li>
    /// <li>Pause data sync while investigating issues</li>
    /// <li>Stop crawling for a connector being reconfigured</li>
    /// </ul>
    ///
    /// <b>Note:</b> If a job is currently active (processing), it will complete before pausing.
    ///
    /// `POST /crawlingManager/{connector}/{connectorId}/pause` (operation `pauseCrawlingJob`)
    fn pause_crawling_job(
        &self,
        request: PauseCrawlingJobRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<PauseCrawlingJobResponse>,
    > + Send;
    /// Resume a paused crawling job
    ///
    /// Resume a previously paused crawling job using its stored configuration.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// Restores a paused job to active state using the exact configuration it had when paused.
    /// A new job is created in BullMQ with the same schedule settings.<br><br>
    ///
    /// <b>How Resuming Works:</b><br>
    /// <ol>
    /// <li>Retrieve stored job configuration from pause state</li>
    /// <li>Create new scheduled job with same configuration</li>
    /// <li>Remove from paused jobs tracking</li>
    /// <li>Job will execute according to its original schedule</li>
    /// </ol>
    ///
    /// <b>Note:</b> The job will resume according to its schedule, not immediately execute
    /// (unless it's a one-time job that hasn't run yet).
    ///
    /// `POST /crawlingManager/{connector}/{connectorId}/resume` (operation `resumeCrawlingJob`)
    fn resume_crawling_job(
        &self,
        request: ResumeCrawlingJobRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ResumeCrawlingJobResponse>,
    > + Send;
    /// Get all crawling job statuses
    ///
    /// Retrieve the status of all scheduled crawling jobs for the current organization.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// Returns a list of all crawling jobs across all connectors for the authenticated user's
    /// organization. This includes active, waiting, paused, completed, and failed jobs.<br><br>
    ///
    /// <b>Response Details:</b><br>
    /// <ul>
    /// <li>Jobs are grouped by connector type</li>
    /// <li>Last 10 jobs per connector type are returned</li>
    /// <li>Includes both active queue jobs and paused jobs</li>
    /// </ul>
    ///
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Dashboard overview of all crawling activities</li>
    /// <li>Monitoring job health across connectors</li>
    /// <li>Identifying failed or stuck jobs</li>
    /// </ul>
    ///
    /// `GET /crawlingManager/schedule/all` (operation `getAllCrawlingJobStatus`)
    fn get_all_crawling_job_status(
        &self,
        request: GetAllCrawlingJobStatusRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAllCrawlingJobStatusResponse>,
    > + Send;
    /// Remove all crawling jobs
    ///
    /// Remove all scheduled crawling jobs for the current organization.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// Bulk operation to remove all crawling jobs across all connectors for the organization.
    /// This is useful when decommissioning an organization or doing a complete reset.<br><br>
    ///
    /// <b>What Gets Removed:</b><br>
    /// <ul>
    /// <li>All active and waiting jobs</li>
    /// <li>All repeatable job configurations</li>
    /// <li>All paused jobs</li>
    /// <li>All job mappings for the organization</li>
    /// </ul>
    ///
    /// <b>Warning:</b> This operation cannot be undone. All job configurations will need
    /// to be recreated manually.
    ///
    /// `DELETE /crawlingManager/schedule/all` (operation `removeAllCrawlingJobs`)
    fn remove_all_crawling_jobs(
        &self,
        request: RemoveAllCrawlingJobsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RemoveAllCrawlingJobsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(crawling_jobs::routes().merge(...), service)`.
pub fn routes<S: CrawlingJobsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/crawlingManager/schedule/all",
            axum::routing::get(
                    crate::apis::crawling_jobs::handle_get_all_crawling_job_status::<S>,
                )
                .delete(crate::apis::crawling_jobs::handle_remove_all_crawling_jobs::<S>),
        );
    let routes = routes
        .route(
            "/crawlingManager/{p0}/{p1}/pause",
            axum::routing::post(
                crate::apis::crawling_jobs::handle_pause_crawling_job::<S>,
            ),
        );
    let routes = routes
        .route(
            "/crawlingManager/{p0}/{p1}/remove",
            axum::routing::delete(
                crate::apis::crawling_jobs::handle_remove_crawling_job::<S>,
            ),
        );
    let routes = routes
        .route(
            "/crawlingManager/{p0}/{p1}/resume",
            axum::routing::post(
                crate::apis::crawling_jobs::handle_resume_crawling_job::<S>,
            ),
        );
    routes
        .route(
            "/crawlingManager/{p0}/{p1}/schedule",
            axum::routing::get(
                    crate::apis::crawling_jobs::handle_get_crawling_job_status::<S>,
                )
                .post(crate::apis::crawling_jobs::handle_schedule_crawling_job::<S>),
        )
}

/// What a `GET /crawlingManager/{connector}/{connectorId}/schedule` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCrawlingJobStatusRequest {
    /// path parameter `connector`.
    ///
    /// Connector type identifier
    pub connector: ::std::string::String,
    /// path parameter `connectorId`.
    ///
    /// Unique identifier of the connector instance
    pub connector_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /crawlingManager/{connector}/{connectorId}/schedule` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCrawlingJobStatusResponse {
    /// Status `200`: Job status retrieved successfully
    Ok(crate::models::GetCrawlingJobStatusResponse),
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// Status `403`: Forbidden - Insufficient permissions for this connector
    Forbidden,
    /// Status `404`: No scheduled job found for this connector
    NotFound,
}
impl IntoResponse for GetCrawlingJobStatusResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetCrawlingJobStatusRequest {
    /// Reads and checks a `GET /crawlingManager/{connector}/{connectorId}/schedule` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetCrawlingJobStatusRequest {
            connector: runtime::path_param(path, "p0", "connector")?,
            connector_id: runtime::path_param(path, "p1", "connectorId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /crawlingManager/{connector}/{connectorId}/schedule` request and hands it to [`CrawlingJobsApi::get_crawling_job_status`].
pub async fn handle_get_crawling_job_status<S: CrawlingJobsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getCrawlingJobStatus",
        path: "/crawlingManager/{connector}/{connectorId}/schedule",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetCrawlingJobStatusRequest::read,
            |request| service.get_crawling_job_status(request),
        )
        .await
}

/// What a `POST /crawlingManager/{connector}/{connectorId}/schedule` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleCrawlingJobRequest {
    /// path parameter `connector`.
    ///
    /// Connector type identifier (e.g., "drive", "onedrive", "slack", "jira")
    pub connector: ::std::string::String,
    /// path parameter `connectorId`.
    ///
    /// Unique identifier of the connector instance (MongoDB ObjectId)
    pub connector_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::ScheduleCrawlingJobBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /crawlingManager/{connector}/{connectorId}/schedule` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ScheduleCrawlingJobResponse {
    /// Status `201`: Crawling job scheduled successfully
    Created(crate::models::ScheduleCrawlingJobResponse),
    /// Status `400`: Bad request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing or invalid <code>scheduleConfig</code></li>
    /// <li>Schedule is disabled (<code>isEnabled: false</code>)</li>
    /// <li>Invalid cron expression for custom schedule</li>
    /// <li>Scheduled time is in the past for one-time jobs</li>
    /// <li>Missing connector ID</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// Status `403`: Forbidden. Possible reasons:<br>
    /// <ul>
    /// <li>Team-scoped connector requires admin privileges</li>
    /// <li>Personal-scoped connector can only be managed by creator</li>
    /// </ul>
    Forbidden,
    /// Status `404`: Connector instance not found
    NotFound,
}
impl IntoResponse for ScheduleCrawlingJobResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ScheduleCrawlingJobRequest {
    /// Reads and checks a `POST /crawlingManager/{connector}/{connectorId}/schedule` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ScheduleCrawlingJobRequest {
            connector: runtime::path_param(path, "p0", "connector")?,
            connector_id: runtime::path_param(path, "p1", "connectorId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /crawlingManager/{connector}/{connectorId}/schedule` request and hands it to [`CrawlingJobsApi::schedule_crawling_job`].
pub async fn handle_schedule_crawling_job<S: CrawlingJobsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "scheduleCrawlingJob",
        path: "/crawlingManager/{connector}/{connectorId}/schedule",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ScheduleCrawlingJobRequest::read,
            |request| service.schedule_crawling_job(request),
        )
        .await
}

/// What a `DELETE /crawlingManager/{connector}/{connectorId}/remove` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveCrawlingJobRequest {
    /// path parameter `connector`.
    ///
    /// Connector type identifier
    pub connector: ::std::string::String,
    /// path parameter `connectorId`.
    ///
    /// Unique identifier of the connector instance
    pub connector_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /crawlingManager/{connector}/{connectorId}/remove` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveCrawlingJobResponse {
    /// Status `200`: Crawling job removed successfully
    Ok(crate::models::RemoveCrawlingJobResponse),
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// Status `403`: Forbidden - Insufficient permissions for this connector
    Forbidden,
    /// Status `404`: Job not found for this connector
    NotFound,
}
impl IntoResponse for RemoveCrawlingJobResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl RemoveCrawlingJobRequest {
    /// Reads and checks a `DELETE /crawlingManager/{connector}/{connectorId}/remove` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RemoveCrawlingJobRequest {
            connector: runtime::path_param(path, "p0", "connector")?,
            connector_id: runtime::path_param(path, "p1", "connectorId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /crawlingManager/{connector}/{connectorId}/remove` request and hands it to [`CrawlingJobsApi::remove_crawling_job`].
pub async fn handle_remove_crawling_job<S: CrawlingJobsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "removeCrawlingJob",
        path: "/crawlingManager/{connector}/{connectorId}/remove",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RemoveCrawlingJobRequest::read,
            |request| service.remove_crawling_job(request),
        )
        .await
}

/// What a `POST /crawlingManager/{connector}/{connectorId}/pause` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PauseCrawlingJobRequest {
    /// path parameter `connector`.
    ///
    /// Connector type identifier
    pub connector: ::std::string::String,
    /// path parameter `connectorId`.
    ///
    /// Unique identifier of the connector instance
    pub connector_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /crawlingManager/{connector}/{connectorId}/pause` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PauseCrawlingJobResponse {
    /// Status `200`: Crawling job paused successfully
    Ok(crate::models::PauseCrawlingJobResponse),
    /// Status `400`: Bad request. Possible reasons:<br>
    /// <ul>
    /// <li>No active job found to pause</li>
    /// <li>Job is already paused</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// Status `403`: Forbidden - Insufficient permissions for this connector
    Forbidden,
    /// Status `404`: Job not found for this connector
    NotFound,
}
impl IntoResponse for PauseCrawlingJobResponse {
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
impl PauseCrawlingJobRequest {
    /// Reads and checks a `POST /crawlingManager/{connector}/{connectorId}/pause` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PauseCrawlingJobRequest {
            connector: runtime::path_param(path, "p0", "connector")?,
            connector_id: runtime::path_param(path, "p1", "connectorId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /crawlingManager/{connector}/{connectorId}/pause` request and hands it to [`CrawlingJobsApi::pause_crawling_job`].
pub async fn handle_pause_crawling_job<S: CrawlingJobsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "pauseCrawlingJob",
        path: "/crawlingManager/{connector}/{connectorId}/pause",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PauseCrawlingJobRequest::read,
            |request| service.pause_crawling_job(request),
        )
        .await
}

/// What a `POST /crawlingManager/{connector}/{connectorId}/resume` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ResumeCrawlingJobRequest {
    /// path parameter `connector`.
    ///
    /// Connector type identifier
    pub connector: ::std::string::String,
    /// path parameter `connectorId`.
    ///
    /// Unique identifier of the connector instance
    pub connector_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /crawlingManager/{connector}/{connectorId}/resume` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ResumeCrawlingJobResponse {
    /// Status `200`: Crawling job resumed successfully
    Ok(crate::models::ResumeCrawlingJobResponse),
    /// Status `400`: No paused job found to resume
    BadRequest,
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// Status `403`: Forbidden - Insufficient permissions for this connector
    Forbidden,
    /// Status `404`: No paused job found for this connector
    NotFound,
}
impl IntoResponse for ResumeCrawlingJobResponse {
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
impl ResumeCrawlingJobRequest {
    /// Reads and checks a `POST /crawlingManager/{connector}/{connectorId}/resume` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ResumeCrawlingJobRequest {
            connector: runtime::path_param(path, "p0", "connector")?,
            connector_id: runtime::path_param(path, "p1", "connectorId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /crawlingManager/{connector}/{connectorId}/resume` request and hands it to [`CrawlingJobsApi::resume_crawling_job`].
pub async fn handle_resume_crawling_job<S: CrawlingJobsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "resumeCrawlingJob",
        path: "/crawlingManager/{connector}/{connectorId}/resume",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ResumeCrawlingJobRequest::read,
            |request| service.resume_crawling_job(request),
        )
        .await
}

/// What a `GET /crawlingManager/schedule/all` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllCrawlingJobStatusRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /crawlingManager/schedule/all` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAllCrawlingJobStatusResponse {
    /// Status `200`: All job statuses retrieved successfully
    Ok(crate::models::GetAllCrawlingJobStatusResponse),
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
}
impl IntoResponse for GetAllCrawlingJobStatusResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAllCrawlingJobStatusRequest {
    /// Reads and checks a `GET /crawlingManager/schedule/all` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAllCrawlingJobStatusRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /crawlingManager/schedule/all` request and hands it to [`CrawlingJobsApi::get_all_crawling_job_status`].
pub async fn handle_get_all_crawling_job_status<S: CrawlingJobsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAllCrawlingJobStatus",
        path: "/crawlingManager/schedule/all",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAllCrawlingJobStatusRequest::read,
            |request| service.get_all_crawling_job_status(request),
        )
        .await
}

/// What a `DELETE /crawlingManager/schedule/all` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveAllCrawlingJobsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /crawlingManager/schedule/all` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveAllCrawlingJobsResponse {
    /// Status `200`: All crawling jobs removed successfully
    Ok(crate::models::RemoveAllCrawlingJobsResponse),
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
}
impl IntoResponse for RemoveAllCrawlingJobsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl RemoveAllCrawlingJobsRequest {
    /// Reads and checks a `DELETE /crawlingManager/schedule/all` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RemoveAllCrawlingJobsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /crawlingManager/schedule/all` request and hands it to [`CrawlingJobsApi::remove_all_crawling_jobs`].
pub async fn handle_remove_all_crawling_jobs<S: CrawlingJobsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "removeAllCrawlingJobs",
        path: "/crawlingManager/schedule/all",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RemoveAllCrawlingJobsRequest::read,
            |request| service.remove_all_crawling_jobs(request),
        )
        .await
}
