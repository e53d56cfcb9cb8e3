//! Operations of the `Queue Management` API.
//!
//! Endpoints for monitoring the crawling job queue and system health.
//!
//! Provides real-time statistics about the BullMQ queue including job counts by state,
//! paused jobs, and repeatable job configurations. Useful for monitoring system health
//! and debugging crawling issues.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    pub fn get_queue_stats(
        &self,
    ) -> Call<'_, (), crate::models::GetQueueStatsResponse, GetQueueStatsError> {
        const OPERATION: Operation = Operation {
            id: "getQueueStats",
            method: "GET",
            path: "/crawlingManager/stats",
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
                        "/crawlingManager/stats",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetQueueStatsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(GetQueueStatsError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_queue_stats`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetQueueStatsError {
    /// Status `401`: Unauthorized - Valid JWT token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetQueueStatsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getQueueStats", status, message)
    }
}
impl ::std::error::Error for GetQueueStatsError {}
