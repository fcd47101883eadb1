//! HTTPS fetching with hard limits: connect and total timeouts, size caps checked before and
//! during the download, no cookies, no identifiers, and a fixed User-Agent.

use crate::error::quoted;
use reqwest::StatusCode;
use reqwest::header::{ETAG, IF_NONE_MATCH, USER_AGENT};
use std::sync::Arc;
use std::time::Duration;

/// The User-Agent every request sends: the same on every device.
pub const AGENT: &str = concat!("OpenLine/", env!("CARGO_PKG_VERSION"));

/// Limits on one refresh.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Time to establish a connection.
    pub connect: Duration,
    /// Time for one request, from sending it to the last byte.
    pub request: Duration,
    /// Largest manifest accepted.
    pub max_manifest_bytes: u64,
    /// Largest pack accepted.
    pub max_pack_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connect: Duration::from_secs(10),
            request: Duration::from_secs(30),
            max_manifest_bytes: 64 * 1024,
            max_pack_bytes: 4 * 1024 * 1024,
        }
    }
}

/// Why a download failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The address is not a usable `https` (or loopback `http`) address.
    #[error("the update address {} is not valid", quoted(.0))]
    BadAddress(String),
    /// The server redirected to an address that is not allowed, or too often.
    #[error("the update server redirected {0}")]
    Redirect(&'static str),
    /// No connection, a timeout, or a broken transfer.
    #[error("the update server could not be reached: {0}")]
    Network(String),
    /// The server answered with an error status.
    #[error("the update server answered {0}")]
    Status(u16),
    /// The body is larger than allowed.
    #[error("the download is larger than {0} bytes")]
    TooLarge(u64),
}

/// A fetched body, or word that it has not changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// 304: what we have is current.
    NotModified,
    /// The body, and its ETag if the server sent one.
    Body {
        /// The bytes.
        bytes: Vec<u8>,
        /// The ETag, for the next conditional request.
        etag: Option<String>,
    },
}

/// An HTTP client configured for content updates.
pub struct Fetcher {
    client: reqwest::Client,
    limits: Limits,
}

impl Fetcher {
    /// A client with bundled Mozilla roots (no platform set-up needed on Android) and the
    /// given limits.
    pub fn new(limits: Limits) -> Result<Fetcher, FetchError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|err| FetchError::Network(err.to_string()))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(limits.connect)
            .timeout(limits.request)
            .redirect(reqwest::redirect::Policy::custom(redirect))
            .referer(false)
            .no_proxy()
            .build()
            .map_err(|err| FetchError::Network(err.to_string()))?;
        Ok(Fetcher { client, limits })
    }

    /// The limits in force.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// GETs `url`, sending `etag` as `If-None-Match`, and reads at most `max_bytes`.
    pub async fn get(
        &self,
        url: &str,
        etag: Option<&str>,
        max_bytes: u64,
    ) -> Result<Fetched, FetchError> {
        check_address(url)?;
        let mut request = self.client.get(url).header(USER_AGENT, AGENT);
        if let Some(etag) = etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        let mut response = request.send().await.map_err(network)?;
        match response.status() {
            StatusCode::NOT_MODIFIED => return Ok(Fetched::NotModified),
            status if !status.is_success() => return Err(FetchError::Status(status.as_u16())),
            _ => {}
        }
        if response
            .content_length()
            .is_some_and(|length| length > max_bytes)
        {
            return Err(FetchError::TooLarge(max_bytes));
        }
        let etag = response
            .headers()
            .get(ETAG)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(network)? {
            if bytes.len() as u64 + chunk.len() as u64 > max_bytes {
                return Err(FetchError::TooLarge(max_bytes));
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Fetched::Body { bytes, etag })
    }
}

/// Most redirects one request follows.
const MAX_REDIRECTS: usize = 3;

/// A redirect is held to the same rule as the configured address: one that leaves `https`
/// (or loopback, for tests) would give away what TLS keeps private.
fn redirect(attempt: reqwest::redirect::Attempt) -> reqwest::redirect::Action {
    if attempt.previous().len() >= MAX_REDIRECTS {
        attempt.error(RedirectRefused("too often"))
    } else if check_address(attempt.url().as_str()).is_err() {
        attempt.error(RedirectRefused("to an address that is not allowed"))
    } else {
        attempt.follow()
    }
}

/// Why [`redirect`] refused to follow.
#[derive(Debug, thiserror::Error)]
#[error("redirected {0}")]
struct RedirectRefused(&'static str);

fn network(err: reqwest::Error) -> FetchError {
    let mut source = std::error::Error::source(&err);
    while let Some(cause) = source {
        if let Some(RedirectRefused(why)) = cause.downcast_ref::<RedirectRefused>() {
            return FetchError::Redirect(why);
        }
        source = cause.source();
    }
    let kind = if err.is_timeout() {
        "it took too long"
    } else if err.is_connect() {
        "no connection"
    } else {
        "the transfer broke off"
    };
    FetchError::Network(kind.to_owned())
}

/// Allows `https://` anywhere, and plain `http://` only to loopback, for local testing.
fn check_address(url: &str) -> Result<(), FetchError> {
    let bad = || FetchError::BadAddress(url.to_owned());
    let parsed = reqwest::Url::parse(url).map_err(|_| bad())?;
    let loopback = matches!(parsed.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(bad()),
    }
}

/// `base` joined with a file name, with exactly one `/` between.
pub fn join(base: &str, file: &str) -> String {
    format!("{}/{file}", base.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http_is_allowed() {
        assert!(check_address("https://content.example.org/openline").is_ok());
        assert!(check_address("http://127.0.0.1:8080/").is_ok());
        assert!(check_address("http://content.example.org/").is_err());
        assert!(check_address("ftp://127.0.0.1/").is_err());
        assert!(check_address("not a url").is_err());
    }

    #[test]
    fn a_bad_address_is_quoted_escaped_and_short() {
        let err = check_address(&format!("ftp://a\nb/{}", "x".repeat(500))).expect_err("bad");
        let message = err.to_string();
        assert!(
            message.starts_with("the update address \"ftp://a\\nb/xxx"),
            "{message}"
        );
        assert!(message.chars().count() < 100, "{message}");
    }

    #[test]
    fn join_puts_one_slash_between() {
        assert_eq!(
            join("https://a.example/x/", "manifest.json"),
            "https://a.example/x/manifest.json"
        );
        assert_eq!(
            join("https://a.example/x", "manifest.json"),
            "https://a.example/x/manifest.json"
        );
    }
}
