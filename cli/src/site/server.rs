//! The preview server: HTTP/1.1 on 127.0.0.1 only, GET and HEAD only, one request per
//! connection, and never a file outside the folder it serves.

use super::SiteError;
use super::http::{Response, respond};
use std::fmt;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Longest request head accepted.
const MAX_HEAD: usize = 16 * 1024;
/// Most connections handled at once; more get 503.
const MAX_CONNECTIONS: usize = 64;
/// How long a client may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Why the server could not start.
#[derive(Debug)]
pub enum ServeError {
    /// Building the site failed.
    Build(SiteError),
    /// The folder to serve can't be used.
    Dir {
        /// The folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The port could not be opened.
    Bind {
        /// The port asked for.
        port: u16,
        /// What went wrong.
        source: std::io::Error,
    },
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::Build(err) => write!(f, "building the site: {err}"),
            ServeError::Dir { path, source } => write!(f, "{}: {source}", path.display()),
            ServeError::Bind { port, source } => {
                write!(f, "can't listen on 127.0.0.1:{port}: {source}")
            }
        }
    }
}

impl std::error::Error for ServeError {}

/// A listening server for one folder.
pub struct Server {
    root: Arc<PathBuf>,
    listener: TcpListener,
}

impl Server {
    /// Opens `port` on 127.0.0.1 to serve `root`.
    pub fn bind(root: &Path, port: u16) -> Result<Server, ServeError> {
        let root = root.canonicalize().map_err(|source| ServeError::Dir {
            path: root.to_owned(),
            source,
        })?;
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))
            .map_err(|source| ServeError::Bind { port, source })?;
        Ok(Server {
            root: Arc::new(root),
            listener,
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
    }

    /// Answers connections, each on its own thread, for as long as the process runs.
    pub fn run(self) {
        let active = Arc::new(AtomicUsize::new(0));
        for stream in self.listener.incoming().flatten() {
            if active.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
                active.fetch_sub(1, Ordering::SeqCst);
                let busy = Response::text(503, "Busy, try again.");
                let _ = busy.write_to(&mut &stream, false);
                continue;
            }
            let root = Arc::clone(&self.root);
            let active = Arc::clone(&active);
            std::thread::spawn(move || {
                let _ = handle(stream, &root);
                active.fetch_sub(1, Ordering::SeqCst);
            });
        }
    }
}

fn handle(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    let response = match read_head(&mut stream)? {
        Some(head) => respond(root, &head),
        None => Response::text(431, "The request is too large."),
    };
    let head_only = response.head_only;
    response.write_to(&mut stream, head_only)?;
    stream.flush()
}

/// Reads up to the blank line that ends the request head; `None` if it is too long.
fn read_head(stream: &mut impl Read) -> std::io::Result<Option<Vec<u8>>> {
    let mut head = Vec::new();
    let mut buf = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        if head.len() > MAX_HEAD {
            return Ok(None);
        }
        let n = stream.read(&mut buf)?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    Ok(Some(head))
}

#[cfg(test)]
#[path = "server_tests.rs"]
mod tests;
