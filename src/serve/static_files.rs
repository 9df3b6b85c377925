//! Files of `output/` as the server answers them: only below `output/`,
//! no dotfiles, no links out; pages get the live-reload script; fonts,
//! styles and images are revalidated by ETag.

use std::path::{Path, PathBuf};
use tiny_http::{Header, Request, Response};

/// Answers with the file of `output/` at `path` (a page with the live
/// script added), or 404.
pub fn static_file(out: &Path, rq: Request, path: &str) {
    let not_found = |rq| {
        respond(
            rq,
            404,
            "text/plain; charset=utf-8",
            b"not found".to_vec(),
            &[],
        )
    };
    let Some(file) = resolve(out, path) else {
        return not_found(rq);
    };
    let Ok(mut bytes) = std::fs::read(&file) else {
        return not_found(rq);
    };
    let kind = content_type(&file);
    if kind.starts_with("text/html") {
        let page = String::from_utf8_lossy(&bytes).replacen(
            "</body>",
            "<script src=\"/__tandem/live.js\" defer></script></body>",
            1,
        );
        bytes = page.into_bytes();
        return respond(rq, 200, kind, bytes, &[]);
    }
    // Fonts, styles, images and PDFs: cached, but asked for again each
    // time (a reloaded preview does not fetch its fonts anew).
    let tag = format!(
        "\"{}\"",
        crate::fingerprint::Hasher::new("serve-etag")
            .bytes(&bytes)
            .finish()
    );
    if super::header(&rq, "If-None-Match") == Some(tag.as_str()) {
        return respond(
            rq,
            304,
            kind,
            Vec::new(),
            &[("ETag", &tag), ("Cache-Control", "no-cache")],
        );
    }
    respond(
        rq,
        200,
        kind,
        bytes,
        &[("ETag", &tag), ("Cache-Control", "no-cache")],
    );
}

/// Answers with `body` and the headers every answer of the server has.
pub fn respond(rq: Request, status: u16, kind: &str, body: Vec<u8>, extra: &[(&str, &str)]) {
    let cache = if extra.iter().any(|(n, _)| *n == "Cache-Control") {
        None
    } else {
        Some(("Cache-Control", "no-store"))
    };
    let mut headers = vec![
        ("Content-Type", kind),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "SAMEORIGIN"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    ];
    headers.extend(cache);
    headers.extend_from_slice(extra);
    let mut response = Response::from_data(body)
        .with_status_code(status)
        .with_chunked_threshold(usize::MAX);
    for (name, value) in headers {
        if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    let _ = rq.respond(response);
}

/// Maps a URL path to a file below `out`, refusing anything that leaves it
/// (and dotfiles, and the server's own prefix).
fn resolve(out: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path)?;
    let mut file = out.to_path_buf();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        if part == ".."
            || part == "."
            || part.contains('\\')
            || part.starts_with('.')
            || part.contains('\0')
        {
            return None;
        }
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    // No links out of output/ (the build refuses them too).
    let real = file.canonicalize().ok()?;
    let base = out.canonicalize().ok()?;
    (real.starts_with(&base) && real.is_file()).then_some(real)
}

pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "pdf" => "application/pdf",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_never_leave_the_output_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("b c.html"), "x").unwrap();
        assert!(resolve(dir.path(), "/a/").is_some());
        assert!(resolve(dir.path(), "/b%20c.html").is_some());
        assert!(resolve(dir.path(), "/../etc/passwd").is_none());
        assert!(resolve(dir.path(), "/%2e%2e/etc/passwd").is_none());
        assert!(resolve(dir.path(), "/a/%2e%2e/%2e%2e/etc/passwd").is_none());
        assert!(resolve(dir.path(), "/.tandem/manifest.json").is_none());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc", dir.path().join("etc")).unwrap();
            assert!(resolve(dir.path(), "/etc/passwd").is_none());
        }
    }
}
