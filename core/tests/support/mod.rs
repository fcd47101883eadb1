//! Test helpers: a real HTTP/1.1 server on loopback whose paths each answer with a scripted
//! behaviour, recording every request's headers; a publisher of signed packs; and a lock on
//! the database held as another process would.

#![allow(dead_code)]

pub mod publish;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server answers one path.
#[derive(Clone, Debug)]
pub enum Reply {
    /// 200 with this body, an optional ETag, and 304 when `If-None-Match` matches it.
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
    /// This status and an empty body.
    Status(u16),
    /// Accepts the request and never answers.
    Stall,
    /// Declares `declared` bytes but sends only `bytes`, then closes.
    Truncated { bytes: Vec<u8>, declared: usize },
    /// Sends `bytes` with no Content-Length, closing the connection to end it.
    Unsized(Vec<u8>),
    /// 302 to this address.
    Redirect(String),
}

/// One request as received.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub headers: HashMap<String, String>,
}

/// The running server.
pub struct Server {
    pub base: String,
    replies: Arc<Mutex<HashMap<String, Reply>>>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    /// Starts a server on a free loopback port; it lives until the test process ends.
    pub fn start() -> Server {
        Server::start_on("127.0.0.1")
    }

    /// Starts a server on a free port of `ip`, one of the loopback addresses.
    pub fn start_on(ip: &str) -> Server {
        let listener = TcpListener::bind((ip, 0)).expect("binds loopback");
        let base = format!("http://{}", listener.local_addr().expect("has an address"));
        let replies: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let (replies_for_thread, seen_for_thread) = (replies.clone(), seen.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let replies = replies_for_thread.clone();
                let seen = seen_for_thread.clone();
                std::thread::spawn(move || serve(stream, &replies, &seen));
            }
        });
        Server {
            base,
            replies,
            seen,
        }
    }

    /// Sets the reply for a path such as `/manifest.json`.
    pub fn reply(&self, path: &str, reply: Reply) {
        self.replies
            .lock()
            .expect("lock")
            .insert(path.to_owned(), reply);
    }

    /// The reply set for a path, which then answers 404.
    pub fn take(&self, path: &str) -> Reply {
        self.replies
            .lock()
            .expect("lock")
            .remove(path)
            .expect("a reply was set for the path")
    }

    /// Sets a plain 200 reply with `bytes` and no ETag for a path.
    pub fn body(&self, path: &str, bytes: Vec<u8>) {
        self.reply(path, Reply::Body { bytes, etag: None });
    }

    /// Every request so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

fn serve(stream: TcpStream, replies: &Mutex<HashMap<String, Reply>>, seen: &Mutex<Vec<Seen>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clones"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    let mut headers = HashMap::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    seen.lock().expect("lock").push(Seen {
        path: path.clone(),
        headers: headers.clone(),
    });
    let reply = replies
        .lock()
        .expect("lock")
        .get(&path)
        .cloned()
        .unwrap_or(Reply::Status(404));
    let mut stream = stream;
    let head = |status: &str, extra: &str| {
        format!("HTTP/1.1 {status}\r\nConnection: close\r\nSet-Cookie: tracker=1\r\n{extra}\r\n")
    };
    let _ = match reply {
        Reply::Body { bytes, etag } => {
            if etag.is_some() && headers.get("if-none-match") == etag.as_ref() {
                stream.write_all(head("304 Not Modified", "").as_bytes())
            } else {
                let tag = etag.map(|e| format!("ETag: {e}\r\n")).unwrap_or_default();
                let extra = format!("Content-Length: {}\r\n{tag}", bytes.len());
                stream
                    .write_all(head("200 OK", &extra).as_bytes())
                    .and_then(|_| stream.write_all(&bytes))
            }
        }
        Reply::Status(code) => {
            let status = format!("{code} Scripted");
            stream.write_all(head(&status, "Content-Length: 0\r\n").as_bytes())
        }
        Reply::Stall => {
            std::thread::sleep(Duration::from_secs(30));
            Ok(())
        }
        Reply::Truncated { bytes, declared } => {
            let extra = format!("Content-Length: {declared}\r\n");
            stream
                .write_all(head("200 OK", &extra).as_bytes())
                .and_then(|_| stream.write_all(&bytes))
        }
        Reply::Redirect(location) => {
            let extra = format!("Location: {location}\r\nContent-Length: 0\r\n");
            stream.write_all(head("302 Found", &extra).as_bytes())
        }
        Reply::Unsized(bytes) => stream
            .write_all(head("200 OK", "").as_bytes())
            .and_then(|_| stream.write_all(&bytes)),
    };
    let _ = stream.flush();
}

/// Holds an exclusive lock on the database from another connection, as another process
/// in the middle of a write would, until dropped.
pub struct ExclusiveLock(rusqlite::Connection);

impl ExclusiveLock {
    pub fn take(dir: &std::path::Path) -> ExclusiveLock {
        let conn = rusqlite::Connection::open(dir.join(openline_core::DB_FILE))
            .expect("opens the database");
        conn.execute_batch("BEGIN EXCLUSIVE; DELETE FROM setting WHERE key = 'none';")
            .expect("takes the lock");
        ExclusiveLock(conn)
    }
}

impl Drop for ExclusiveLock {
    fn drop(&mut self) {
        let _ = self.0.execute_batch("COMMIT");
    }
}
