//! Calls to the Bot API that survive Telegram's bad moments: 429 is retried after the
//! `retry_after` Telegram gives, and server or network errors back off and try again, so an
//! answer is not lost to a short outage. teloxide has no retrying adaptor (its `Throttle`
//! only spaces requests out), hence this small loop.

use std::future::Future;
use std::time::Duration;

use teloxide::{ApiError, RequestError};

/// How many times one call is tried before giving up on it.
const MAX_ATTEMPTS: u32 = 6;
/// The first backoff after a server or network error; it doubles each time.
const FIRST_BACKOFF: Duration = Duration::from_millis(500);
/// Telegram asks for waits of a few seconds; never wait longer than this for one call.
const MAX_WAIT: Duration = Duration::from_secs(60);

/// Runs `call` until it succeeds, fails for good, or has been tried `MAX_ATTEMPTS` times.
/// `what` names the method for the log (never its content).
pub async fn retry<T, F, Fut>(what: &'static str, mut call: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let mut backoff = FIRST_BACKOFF;
    let mut attempt = 1;
    loop {
        let error = match call().await {
            Ok(value) => return Ok(value),
            Err(e) => e,
        };
        if attempt >= MAX_ATTEMPTS {
            tracing::warn!(method = what, attempts = attempt, error = %error, "Bot API call failed");
            return Err(error);
        }
        let wait = match &error {
            RequestError::RetryAfter(seconds) => seconds.duration().min(MAX_WAIT),
            e if transient(e) => {
                let wait = backoff;
                backoff = (backoff * 2).min(MAX_WAIT);
                wait
            }
            _ => return Err(error),
        };
        tracing::info!(method = what, attempt, wait_ms = wait.as_millis() as u64, error = %error, "Bot API call will be retried");
        tokio::time::sleep(wait).await;
        attempt += 1;
    }
}

/// Errors that may go away by themselves: the network, a proxy's error page, or a Telegram
/// server error (which the Bot API reports only by its description).
fn transient(error: &RequestError) -> bool {
    match error {
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => true,
        RequestError::Api(ApiError::Unknown(description)) => {
            let d = description.to_ascii_lowercase();
            [
                "internal server error",
                "bad gateway",
                "service unavailable",
                "gateway timeout",
            ]
            .iter()
            .any(|s| d.contains(s))
        }
        _ => false,
    }
}

/// Whether an edit failed only because the message already reads that way.
pub fn not_modified(error: &RequestError) -> bool {
    matches!(error, RequestError::Api(ApiError::MessageNotModified))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_errors_are_transient_and_bad_requests_are_not() {
        let unknown = |s: &str| RequestError::Api(ApiError::Unknown(s.into()));
        assert!(transient(&unknown("Internal Server Error")));
        assert!(transient(&unknown("Bad Gateway")));
        assert!(!transient(&unknown("Bad Request: chat not found")));
        assert!(!transient(&RequestError::Api(ApiError::BotBlocked)));
    }
}
