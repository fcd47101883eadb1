//! The preview server: hyper's HTTP/1.1 on 127.0.0.1 only, GET and HEAD only, one request per
//! connection, and never a file outside the folder it serves (see `files.rs`).

use super::SiteError;
use super::files::{self, Answer};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// What one client may take of the server.
#[derive(Debug, Clone, Copy)]
struct Limits {
    /// Longest request head accepted; a longer one gets 431. At least 8 KiB (hyper's floor).
    max_head: usize,
    /// Most connections handled at once; more wait, queued by the system, for a free one.
    max_connections: usize,
    /// How long a client may take to send its request head.
    read_timeout: Duration,
    /// How long one connection may last in all, so a client that stops reading can't hold it.
    connection_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_head: 16 * 1024,
            max_connections: 64,
            read_timeout: Duration::from_secs(10),
            connection_timeout: Duration::from_secs(60),
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Building the site failed.
    #[error("building the site: {0}")]
    Build(#[from] SiteError),
    /// The folder to serve can't be used.
    #[error("{}: {source}", path.display())]
    Dir {
        /// The folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The port could not be opened.
    #[error("can't listen on 127.0.0.1:{port}: {source}")]
    Bind {
        /// The port asked for.
        port: u16,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The event loop could not start.
    #[error("can't start the server: {0}")]
    Runtime(std::io::Error),
}

/// A listening server for one folder.
pub struct Server {
    root: Arc<PathBuf>,
    listener: TcpListener,
    limits: Limits,
}

impl Server {
    /// Opens `port` on 127.0.0.1 to serve `root`.
    pub fn bind(root: &Path, port: u16) -> Result<Server, ServeError> {
        let root = root.canonicalize().map_err(|source| ServeError::Dir {
            path: root.to_owned(),
            source,
        })?;
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))
            .and_then(|listener| listener.set_nonblocking(true).map(|()| listener))
            .map_err(|source| ServeError::Bind { port, source })?;
        Ok(Server {
            root: Arc::new(root),
            listener,
            limits: Limits::default(),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
    }

    /// Answers connections for as long as the process runs, on one thread; files are read on
    /// tokio's blocking pool.
    pub fn run(self) -> Result<(), ServeError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(ServeError::Runtime)?;
        runtime.block_on(self.serve())
    }

    async fn serve(self) -> Result<(), ServeError> {
        let port = self.addr().port();
        let listener = tokio::net::TcpListener::from_std(self.listener)
            .map_err(|source| ServeError::Bind { port, source })?;
        let limits = self.limits;
        let mut http = http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(limits.read_timeout)
            .max_buf_size(limits.max_head)
            .keep_alive(false)
            .title_case_headers(true);
        let slots = Arc::new(Semaphore::new(limits.max_connections));
        loop {
            // Waiting here leaves further connections queued by the system until one ends.
            let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
                return Ok(());
            };
            let stream = match listener.accept().await {
                Ok((stream, _)) => stream,
                Err(err) => {
                    // Such as too many open files: wait a moment rather than spin.
                    eprintln!("openline serve: {err}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            };
            let root = Arc::clone(&self.root);
            let connection = http.serve_connection(
                TokioIo::new(stream),
                service_fn(move |request| answer(Arc::clone(&root), request)),
            );
            tokio::spawn(async move {
                // A connection that fails or takes too long is simply closed.
                let _ = tokio::time::timeout(limits.connection_timeout, connection).await;
                drop(slot);
            });
        }
    }
}

async fn answer(root: Arc<PathBuf>, request: Request<Incoming>) -> Result<Answer, Infallible> {
    let method = request.method().clone();
    // As sent: `/path?query` for the usual form; any other form is refused by `resolve`.
    let target = request.uri().to_string();
    let answer = tokio::task::spawn_blocking(move || files::respond(&root, &method, &target))
        .await
        .unwrap_or_else(|_| files::text(StatusCode::INTERNAL_SERVER_ERROR, "Something broke."));
    Ok(answer)
}

#[cfg(test)]
#[path = "server_tests.rs"]
mod tests;
