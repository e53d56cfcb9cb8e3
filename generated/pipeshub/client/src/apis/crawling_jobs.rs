//! Operations of the `Crawling Jobs` API.
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
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector`: path parameter `connector`. Connector type identifier
    /// * `connector_id`: path parameter `connectorId`. Unique identifier of the connector instance
    pub fn get_crawling_job_status<'a>(
        &'a self,
        connector: &'a str,
        connector_id: &'a str,
    ) -> Call<
        'a,
        GetCrawlingJobStatusParams<'a>,
        crate::models::GetCrawlingJobStatusResponse,
        GetCrawlingJobStatusError,
    > {
        const OPERATION: Operation = Operation {
            id: "getCrawlingJobStatus",
            method: "GET",
            path: "/crawlingManager/{connector}/{connectorId}/schedule",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetCrawlingJobStatusParams {
                connector,
                connector_id,
            },
            |client, params| {
                let GetCrawlingJobStatusParams { connector, connector_id } = params;
                let path = format!(
                    "/crawlingManager/{}/{}/schedule",
                    crate::runtime::path_param(
                        "connector",
                        connector,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetCrawlingJobStatusError::Unauthorized)),
                403 => Err(Error::Status(GetCrawlingJobStatusError::Forbidden)),
                404 => Err(Error::Status(GetCrawlingJobStatusError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetCrawlingJobStatusError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_crawling_job_status`], kept in its [`Call`] until it is awaited.
pub struct GetCrawlingJobStatusParams<'a> {
    connector: &'a str,
    connector_id: &'a str,
}
/// Error responses of [`Client::get_crawling_job_status`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetCrawlingJobStatusError {
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// Status `403`: Forbidden - Insufficient permissions for this connector
    Forbidden,
    /// Status `404`: No scheduled job found for this connector
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetCrawlingJobStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getCrawlingJobStatus", status, message)
    }
}
impl ::std::error::Error for GetCrawlingJobStatusError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector`: path parameter `connector`. Connector type identifier (e.g., "drive", "onedrive", "slack", "jira")
    /// * `connector_id`: path parameter `connectorId`. Unique identifier of the connector instance (MongoDB ObjectId)
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn schedule_crawling_job<'a>(
        &'a self,
        connector: &'a str,
        connector_id: &'a str,
        body: &'a crate::models::ScheduleCrawlingJobBody,
    ) -> Call<
        'a,
        ScheduleCrawlingJobParams<'a>,
        crate::models::ScheduleCrawlingJobResponse,
        ScheduleCrawlingJobError,
    > {
        const OPERATION: Operation = Operation {
            id: "scheduleCrawlingJob",
            method: "POST",
            path: "/crawlingManager/{connector}/{connectorId}/schedule",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ScheduleCrawlingJobParams {
                connector,
                connector_id,
                body,
            },
            |client, params| {
                let ScheduleCrawlingJobParams { connector, connector_id, body } = params;
                let path = format!(
                    "/crawlingManager/{}/{}/schedule",
                    crate::runtime::path_param(
                        "connector",
                        connector,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ScheduleCrawlingJobError::BadRequest)),
                401 => Err(Error::Status(ScheduleCrawlingJobError::Unauthorized)),
                403 => Err(Error::Status(ScheduleCrawlingJobError::Forbidden)),
                404 => Err(Error::Status(ScheduleCrawlingJobError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ScheduleCrawlingJobError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::schedule_crawling_job`], kept in its [`Call`] until it is awaited.
pub struct ScheduleCrawlingJobParams<'a> {
    connector: &'a str,
    connector_id: &'a str,
    body: &'a crate::models::ScheduleCrawlingJobBody,
}
/// Error responses of [`Client::schedule_crawling_job`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ScheduleCrawlingJobError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ScheduleCrawlingJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "scheduleCrawlingJob", status, message)
    }
}
impl ::std::error::Error for ScheduleCrawlingJobError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector`: path parameter `connector`. Connector type identifier
    /// * `connector_id`: path parameter `connectorId`. Unique identifier of the connector instance
    pub fn remove_crawling_job<'a>(
        &'a self,
        connector: &'a str,
        connector_id: &'a str,
    ) -> Call<
        'a,
        RemoveCrawlingJobParams<'a>,
        crate::models::RemoveCrawlingJobResponse,
        RemoveCrawlingJobError,
    > {
        const OPERATION: Operation = Operation {
            id: "removeCrawlingJob",
            method: "DELETE",
            path: "/crawlingManager/{connector}/{connectorId}/remove",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            RemoveCrawlingJobParams {
                connector,
                connector_id,
            },
            |client, params| {
                let RemoveCrawlingJobParams { connector, connector_id } = params;
                let path = format!(
                    "/crawlingManager/{}/{}/remove",
                    crate::runtime::path_param(
                        "connector",
                        connector,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(RemoveCrawlingJobError::Unauthorized)),
                403 => Err(Error::Status(RemoveCrawlingJobError::Forbidden)),
                404 => Err(Error::Status(RemoveCrawlingJobError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            RemoveCrawlingJobError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::remove_crawling_job`], kept in its [`Call`] until it is awaited.
pub struct RemoveCrawlingJobParams<'a> {
    connector: &'a str,
    connector_id: &'a str,
}
/// Error responses of [`Client::remove_crawling_job`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RemoveCrawlingJobError {
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// Status `403`: Forbidden - Insufficient permissions for this connector
    Forbidden,
    /// Status `404`: Job not found for this connector
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RemoveCrawlingJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "removeCrawlingJob", status, message)
    }
}
impl ::std::error::Error for RemoveCrawlingJobError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector`: path parameter `connector`. Connector type identifier
    /// * `connector_id`: path parameter `connectorId`. Unique identifier of the connector instance
    pub fn pause_crawling_job<'a>(
        &'a self,
        connector: &'a str,
        connector_id: &'a str,
    ) -> Call<
        'a,
        PauseCrawlingJobParams<'a>,
        crate::models::PauseCrawlingJobResponse,
        PauseCrawlingJobError,
    > {
        const OPERATION: Operation = Operation {
            id: "pauseCrawlingJob",
            method: "POST",
            path: "/crawlingManager/{connector}/{connectorId}/pause",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            PauseCrawlingJobParams {
                connector,
                connector_id,
            },
            |client, params| {
                let PauseCrawlingJobParams { connector, connector_id } = params;
                let path = format!(
                    "/crawlingManager/{}/{}/pause",
                    crate::runtime::path_param(
                        "connector",
                        connector,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(PauseCrawlingJobError::BadRequest)),
                401 => Err(Error::Status(PauseCrawlingJobError::Unauthorized)),
                403 => Err(Error::Status(PauseCrawlingJobError::Forbidden)),
                404 => Err(Error::Status(PauseCrawlingJobError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            PauseCrawlingJobError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::pause_crawling_job`], kept in its [`Call`] until it is awaited.
pub struct PauseCrawlingJobParams<'a> {
    connector: &'a str,
    connector_id: &'a str,
}
/// Error responses of [`Client::pause_crawling_job`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PauseCrawlingJobError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PauseCrawlingJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "pauseCrawlingJob", status, message)
    }
}
impl ::std::error::Error for PauseCrawlingJobError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector`: path parameter `connector`. Connector type identifier
    /// * `connector_id`: path parameter `connectorId`. Unique identifier of the connector instance
    pub fn resume_crawling_job<'a>(
        &'a self,
        connector: &'a str,
        connector_id: &'a str,
    ) -> Call<
        'a,
        ResumeCrawlingJobParams<'a>,
        crate::models::ResumeCrawlingJobResponse,
        ResumeCrawlingJobError,
    > {
        const OPERATION: Operation = Operation {
            id: "resumeCrawlingJob",
            method: "POST",
            path: "/crawlingManager/{connector}/{connectorId}/resume",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ResumeCrawlingJobParams {
                connector,
                connector_id,
            },
            |client, params| {
                let ResumeCrawlingJobParams { connector, connector_id } = params;
                let path = format!(
                    "/crawlingManager/{}/{}/resume",
                    crate::runtime::path_param(
                        "connector",
                        connector,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ResumeCrawlingJobError::BadRequest)),
                401 => Err(Error::Status(ResumeCrawlingJobError::Unauthorized)),
                403 => Err(Error::Status(ResumeCrawlingJobError::Forbidden)),
                404 => Err(Error::Status(ResumeCrawlingJobError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ResumeCrawlingJobError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::resume_crawling_job`], kept in its [`Call`] until it is awaited.
pub struct ResumeCrawlingJobParams<'a> {
    connector: &'a str,
    connector_id: &'a str,
}
/// Error responses of [`Client::resume_crawling_job`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ResumeCrawlingJobError {
    /// Status `400`: No paused job found to resume
    BadRequest,
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// Status `403`: Forbidden - Insufficient permissions for this connector
    Forbidden,
    /// Status `404`: No paused job found for this connector
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ResumeCrawlingJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "resumeCrawlingJob", status, message)
    }
}
impl ::std::error::Error for ResumeCrawlingJobError {}

impl Client {
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
    pub fn get_all_crawling_job_status(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::GetAllCrawlingJobStatusResponse,
        GetAllCrawlingJobStatusError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAllCrawlingJobStatus",
            method: "GET",
            path: "/crawlingManager/schedule/all",
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
                        "/crawlingManager/schedule/all",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAllCrawlingJobStatusError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetAllCrawlingJobStatusError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_all_crawling_job_status`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAllCrawlingJobStatusError {
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAllCrawlingJobStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAllCrawlingJobStatus", status, message)
    }
}
impl ::std::error::Error for GetAllCrawlingJobStatusError {}

impl Client {
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
    pub fn remove_all_crawling_jobs(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::RemoveAllCrawlingJobsResponse,
        RemoveAllCrawlingJobsError,
    > {
        const OPERATION: Operation = Operation {
            id: "removeAllCrawlingJobs",
            method: "DELETE",
            path: "/crawlingManager/schedule/all",
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
                        ::reqwest::Method::DELETE,
                        "/crawlingManager/schedule/all",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(RemoveAllCrawlingJobsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            RemoveAllCrawlingJobsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::remove_all_crawling_jobs`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RemoveAllCrawlingJobsError {
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RemoveAllCrawlingJobsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "removeAllCrawlingJobs", status, message)
    }
}
impl ::std::error::Error for RemoveAllCrawlingJobsError {}
