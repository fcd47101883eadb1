//! HTTP for the preview server: reading a request line, finding the file it asks for without
//! ever leaving the served folder, and writing the response.

use super::CONTENT_SECURITY_POLICY;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A response, ready to write.
#[derive(Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// Headers besides the ones every response gets.
    pub headers: Vec<(&'static str, String)>,
    /// The body; for HEAD its length is sent but not the bytes.
    pub body: Vec<u8>,
    /// Whether the request was HEAD.
    pub head_only: bool,
}

impl Response {
    /// A plain-text response.
    pub fn text(status: u16, text: &str) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
            body: text.as_bytes().to_vec(),
            head_only: false,
        }
    }

    /// Writes status line, headers and (unless `head_only`) the body.
    pub fn write_to(&self, out: &mut impl Write, head_only: bool) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\nCache-Control: no-cache\r\n\
             X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\
             Content-Security-Policy: {CONTENT_SECURITY_POLICY}; frame-ancestors 'none'\r\n\r\n",
            self.body.len()
        ));
        out.write_all(head.as_bytes())?;
        if !head_only {
            out.write_all(&self.body)?;
        }
        Ok(())
    }
}

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

/// The response to a request head, for the folder `root` (canonical).
pub fn respond(root: &Path, head: &[u8]) -> Response {
    let text = String::from_utf8_lossy(head);
    let line = text.lines().next().unwrap_or_default();
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Response::text(400, "Bad request.");
    };
    if version != "HTTP/1.1" && version != "HTTP/1.0" {
        return Response::text(505, "Only HTTP/1.1 is spoken here.");
    }
    let head_only = match method {
        "GET" => false,
        "HEAD" => true,
        _ => {
            let mut response = Response::text(405, "Only GET and HEAD are allowed.");
            response.headers.push(("Allow", "GET, HEAD".into()));
            return response;
        }
    };
    let mut response = match resolve(root, target) {
        Target::File(path) => match std::fs::read(&path) {
            Ok(body) => Response {
                status: 200,
                headers: vec![("Content-Type", content_type(&path).into())],
                body,
                head_only,
            },
            Err(_) => not_found(root),
        },
        Target::Redirect(location) => {
            let mut response = Response::text(301, "Moved.");
            response.headers.push(("Location", location));
            response
        }
        Target::Missing => not_found(root),
        Target::Refused => Response::text(400, "That path is not allowed."),
    };
    response.head_only = head_only;
    response
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

fn not_found(root: &Path) -> Response {
    match std::fs::read(root.join("404.html")) {
        Ok(body) => Response {
            status: 404,
            headers: vec![("Content-Type", "text/html; charset=utf-8".into())],
            body,
            head_only: false,
        },
        Err(_) => Response::text(404, "Not found."),
    }
}

/// Decodes `%XX` escapes; `None` for a broken escape or text that isn't UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = text.get(index + 1..index + 3)?;
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

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}
