//! Tests for the preview server: raw requests over a real socket on loopback, and where
//! request paths lead.

use super::super::files::{Target, content_type, resolve};
use super::*;
use std::io::{Read, Write};
use std::net::TcpStream;

/// A small site on disk: `/index.html`, `/a/index.html`, `/a/b.css`, a hidden file, a 404
/// page, and a secret outside the folder.
struct Fixture {
    base: PathBuf,
    root: PathBuf,
    addr: SocketAddr,
}

impl Fixture {
    fn new(name: &str) -> Fixture {
        Fixture::with_limits(name, Limits::default())
    }

    fn with_limits(name: &str, limits: Limits) -> Fixture {
        let base =
            std::env::temp_dir().join(format!("openline-serve-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let root = base.join("site");
        std::fs::create_dir_all(root.join("a")).expect("creates");
        for (path, text) in [
            ("index.html", "<p>home</p>"),
            ("a/index.html", "<p>a</p>"),
            ("a/b.css", "p{}"),
            (".openline-site", "marker"),
            ("404.html", "<p>missing</p>"),
        ] {
            std::fs::write(root.join(path), text).expect("writes");
        }
        std::fs::write(base.join("secret.txt"), "secret").expect("writes");
        let root = root.canonicalize().expect("canonical");
        // The server thread ends with the test process.
        let mut server = Server::bind(&root, 0).expect("binds");
        server.limits = limits;
        let addr = server.addr();
        std::thread::spawn(move || server.run());
        Fixture { base, root, addr }
    }

    /// Sends `request` as it is and reads the answer until the server closes the connection.
    fn get(&self, request: &str) -> (u16, String, String) {
        let mut stream = TcpStream::connect(self.addr).expect("connects");
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(20)))
            .expect("sets a timeout");
        stream.write_all(request.as_bytes()).expect("sends");
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).expect("reads");
        let text = String::from_utf8_lossy(&reply).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or(0);
        (status, head.to_owned(), body.to_owned())
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

#[test]
fn serves_files_folders_and_types() {
    let site = Fixture::new("files");
    let (status, head, body) = site.get("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!((status, body.as_str()), (200, "<p>home</p>"));
    assert!(head.contains("Content-Type: text/html; charset=utf-8"));
    assert!(head.contains("Content-Length: 11"));
    assert!(head.contains("X-Content-Type-Options: nosniff"));
    let (status, head, _) = site.get("GET /a/b.css?v=1 HTTP/1.1\r\n\r\n");
    assert_eq!(status, 200);
    assert!(head.contains("text/css"));
    let (status, _, body) = site.get("GET /a/%69ndex.html HTTP/1.1\r\n\r\n");
    assert_eq!((status, body.as_str()), (200, "<p>a</p>"));
    assert_eq!(
        content_type(Path::new("x.js")),
        "text/javascript; charset=utf-8"
    );
    assert_eq!(content_type(Path::new("x.bin")), "application/octet-stream");
}

#[test]
fn redirects_folders_to_their_slash_and_never_off_site() {
    let site = Fixture::new("redirect");
    let (status, head, _) = site.get("GET /a?x=1 HTTP/1.1\r\n\r\n");
    assert_eq!(status, 301);
    assert!(head.contains("Location: /a/?x=1"));
    assert_eq!(resolve(&site.root, "//a"), Target::Redirect("/a/".into()));
}

#[test]
fn head_sends_no_body_and_other_methods_are_refused() {
    let site = Fixture::new("methods");
    let (status, head, body) = site.get("HEAD /a/ HTTP/1.1\r\n\r\n");
    assert_eq!((status, body.as_str()), (200, ""));
    assert!(head.contains("Content-Length: 8"));
    let (status, head, _) = site.get("POST / HTTP/1.1\r\n\r\n");
    assert_eq!(status, 405);
    assert!(head.contains("Allow: GET, HEAD"));
    assert_eq!(site.get("DELETE /a/ HTTP/1.1\r\n\r\n").0, 405);
    // Not a valid HTTP/1 request line, so 400 as RFC 9112 section 3 advises (hyper's answer).
    assert_eq!(site.get("GET / HTTP/2\r\n\r\n").0, 400);
    assert_eq!(site.get("nonsense\r\n\r\n").0, 400);
}

#[test]
fn refuses_paths_that_leave_the_folder() {
    let site = Fixture::new("traversal");
    for target in [
        "/../secret.txt",
        "/a/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/a/..%5C..%5Csecret.txt",
        "/a%00/index.html",
        "/%zz",
        "secret.txt",
        "http://elsewhere/secret.txt",
        "/a?\rSet-Cookie: x",
    ] {
        assert_eq!(resolve(&site.root, target), Target::Refused, "{target}");
        let (status, _, body) = site.get(&format!("GET {target} HTTP/1.1\r\n\r\n"));
        assert!(status == 400 || status == 404, "{target}: {status}");
        assert!(!body.contains("secret"), "{target}");
    }
    let (status, _, body) = site.get("GET /.openline-site HTTP/1.1\r\n\r\n");
    assert_eq!((status, body.as_str()), (404, "<p>missing</p>"));
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_folder_are_not_followed() {
    let site = Fixture::new("symlink");
    std::os::unix::fs::symlink(site.base.join("secret.txt"), site.root.join("s.txt"))
        .expect("links");
    assert_eq!(resolve(&site.root, "/s.txt"), Target::Missing);
}

#[test]
fn missing_pages_get_the_404_page() {
    let site = Fixture::new("missing");
    let (status, head, body) = site.get("GET /nowhere/ HTTP/1.1\r\n\r\n");
    assert_eq!((status, body.as_str()), (404, "<p>missing</p>"));
    assert!(head.starts_with("HTTP/1.1 404 Not Found"));
}

#[test]
fn answers_over_a_real_socket_on_loopback() {
    let site = Fixture::new("socket");
    let server = Server::bind(&site.root, 0).expect("binds");
    let addr = server.addr();
    assert!(addr.ip().is_loopback());
    std::thread::spawn(move || server.run());
    let mut stream = TcpStream::connect(addr).expect("connects");
    stream
        .write_all(b"GET /a/ HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .expect("sends");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).expect("reads");
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert!(reply.ends_with("<p>a</p>"));
}

#[test]
fn request_heads_past_the_limit_get_431() {
    let site = Fixture::new("head-limit");
    let padding = "x".repeat(20 * 1024);
    let (status, _, body) = site.get(&format!("GET / HTTP/1.1\r\nX-Pad: {padding}\r\n\r\n"));
    assert_eq!(status, 431);
    assert!(!body.contains("home"));
    assert_eq!(site.get("GET / HTTP/1.1\r\nX-Pad: short\r\n\r\n").0, 200);
}

/// Connects and sends `bytes`, then waits up to `wait` for the server to answer or close.
/// `None` if it did neither.
fn reply_within(addr: SocketAddr, bytes: &[u8], wait: Duration) -> Option<String> {
    let mut stream = TcpStream::connect(addr).expect("connects");
    stream.write_all(bytes).expect("sends");
    stream.set_read_timeout(Some(wait)).expect("sets a timeout");
    let mut reply = Vec::new();
    match stream.read_to_end(&mut reply) {
        Ok(_) => Some(String::from_utf8_lossy(&reply).into_owned()),
        Err(err) if err.kind() == std::io::ErrorKind::ConnectionReset => Some(String::new()),
        Err(_) => None,
    }
}

#[test]
fn a_client_that_never_finishes_its_request_is_cut_off() {
    let limits = Limits {
        read_timeout: Duration::from_millis(300),
        ..Limits::default()
    };
    let site = Fixture::with_limits("slow", limits);
    let reply = reply_within(
        site.addr,
        b"GET / HTTP/1.1\r\nHost: x\r\n",
        Duration::from_secs(10),
    );
    let reply = reply.expect("the server closes the connection");
    assert!(!reply.contains("home"), "{reply}");
}

#[test]
fn connections_past_the_limit_wait_for_a_free_one() {
    let limits = Limits {
        max_connections: 1,
        ..Limits::default()
    };
    let site = Fixture::with_limits("busy", limits);
    let idle = TcpStream::connect(site.addr).expect("connects");
    // Let the server take the idle connection first.
    std::thread::sleep(Duration::from_millis(200));
    let mut waiting = TcpStream::connect(site.addr).expect("connects");
    waiting
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("sends");
    waiting
        .set_read_timeout(Some(Duration::from_millis(300)))
        .expect("sets a timeout");
    let mut first = [0u8; 1];
    assert!(
        waiting.read(&mut first).is_err(),
        "answered while the only slot was taken"
    );
    drop(idle);
    waiting
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("sets a timeout");
    let mut reply = String::new();
    waiting.read_to_string(&mut reply).expect("reads");
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
}
