//! Tests for the preview server and its HTTP handling.

use super::super::http::{Target, content_type, resolve};
use super::*;

/// A small site on disk: `/index.html`, `/a/index.html`, `/a/b.css`, a hidden file, a 404
/// page, and a secret outside the folder.
struct Fixture {
    base: PathBuf,
    root: PathBuf,
}

impl Fixture {
    fn new(name: &str) -> Fixture {
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
        Fixture { base, root }
    }

    fn get(&self, request: &str) -> (u16, String, String) {
        let response = respond(&self.root, request.as_bytes());
        let head_only = response.head_only;
        let mut out = Vec::new();
        response.write_to(&mut out, head_only).expect("writes");
        let text = String::from_utf8_lossy(&out).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        (response.status, head.to_owned(), body.to_owned())
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
    assert_eq!(site.get("GET / HTTP/2\r\n\r\n").0, 505);
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
