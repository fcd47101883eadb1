//! What the preview server answers: the file a request path leads to, found without ever
//! leaving the served folder, with its content type and the headers every answer carries.

use super::frame::page_policy;
use http_body_util::Full;
use hyper::body::Bytes;
use hyper::header::{self, HeaderValue};
use hyper::{Method, Response, StatusCode};
use std::path::{Path, PathBuf};

/// A complete answer; hyper adds the status line, `Content-Length` and `Date`, and leaves
/// the body out for HEAD.
pub type Answer = Response<Full<Bytes>>;

/// The page policy, and no framing by other sites (which only a header can say).
const SERVED_POLICY: &str = concat!(page_policy!(), "; frame-ancestors 'none'");

/// Where a request path leads.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A file inside the folder.
    File(PathBuf),
    /// A folder asked for without its trailing slash: redirect so relative links work.
    Redirect(String),
    /// Nothing there, or a hidden file.
    Missing,
    /// A path that tries to climb out of the folder, or can't be decoded.
    Refused,
}

/// The answer to `method` on the request target `target` (as sent: `/en/gb/teen/?x`), for
/// the folder `root` (canonical). Reads the disk, so the server calls it off its event loop.
pub fn respond(root: &Path, method: &Method, target: &str) -> Answer {
    if method != Method::GET && method != Method::HEAD {
        let mut answer = text(
            StatusCode::METHOD_NOT_ALLOWED,
            "Only GET and HEAD are allowed.",
        );
        answer
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return answer;
    }
    match resolve(root, target) {
        Target::File(path) => match std::fs::read(&path) {
            Ok(body) => answer(StatusCode::OK, content_type(&path), body),
            Err(_) => not_found(root),
        },
        Target::Redirect(location) => match HeaderValue::try_from(location) {
            Ok(location) => {
                let mut answer = text(StatusCode::MOVED_PERMANENTLY, "Moved.");
                answer.headers_mut().insert(header::LOCATION, location);
                answer
            }
            Err(_) => text(StatusCode::BAD_REQUEST, "That path is not allowed."),
        },
        Target::Missing => not_found(root),
        Target::Refused => text(StatusCode::BAD_REQUEST, "That path is not allowed."),
    }
}

/// Finds the file for a request target such as `/en/gb/teen/` inside `root` (canonical).
pub fn resolve(root: &Path, target: &str) -> Target {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    if !path.starts_with('/') || target.chars().any(|ch| ch.is_control()) {
        return Target::Refused;
    }
    let Some(decoded) = percent_decode(path) else {
        return Target::Refused;
    };
    if decoded.contains(['\0', '\\']) {
        return Target::Refused;
    }
    let mut file = root.to_path_buf();
    for segment in decoded.split('/').filter(|segment| !segment.is_empty()) {
        if segment == "." || segment == ".." {
            return Target::Refused;
        }
        if segment.starts_with('.') {
            return Target::Missing;
        }
        file.push(segment);
    }
    if file.is_dir() {
        if !decoded.ends_with('/') {
            // Rebuilt from its segments, so `//host` can't become a redirect to another site.
            let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
            let query = target.find('?').map(|at| &target[at..]).unwrap_or_default();
            return Target::Redirect(format!("/{}/{query}", segments.join("/")));
        }
        file.push("index.html");
    }
    // Symbolic links may point anywhere: follow them, then check where they lead.
    match file.canonicalize() {
        Ok(real) if real.starts_with(root) && real.is_file() => Target::File(real),
        Ok(_) | Err(_) => Target::Missing,
    }
}

/// A plain-text answer.
pub fn text(status: StatusCode, text: &'static str) -> Answer {
    answer(
        status,
        "text/plain; charset=utf-8",
        text.as_bytes().to_vec(),
    )
}

/// An answer with the headers every answer carries.
fn answer(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Answer {
    let mut answer = Response::new(Full::new(Bytes::from(body)));
    *answer.status_mut() = status;
    let headers = answer.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, content_type),
        (header::CACHE_CONTROL, "no-cache"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CONTENT_SECURITY_POLICY, SERVED_POLICY),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    answer
}

fn not_found(root: &Path) -> Answer {
    match std::fs::read(root.join("404.html")) {
        Ok(body) => answer(StatusCode::NOT_FOUND, "text/html; charset=utf-8", body),
        Err(_) => text(StatusCode::NOT_FOUND, "Not found."),
    }
}

/// Decodes `%XX` escapes; `None` for a broken escape or text that isn't UTF-8. Stricter than
/// the `percent-encoding` crate, which passes broken escapes through as they are.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            if !hex.bytes().all(|byte| byte.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The content type for a file, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    let extension = path
        .extension()
        .map(|ext| ext.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}
