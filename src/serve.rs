//! `tandem serve`: build, serve `output/` on 127.0.0.1, rebuild on change,
//! and reload the open page.
//!
//! Small on purpose: a std `TcpListener` with a thread per connection, a
//! polling watcher (no platform-specific notification API), and a tiny
//! script injected into served pages that polls `/__tandem/state`. HTML is
//! rebuilt first; PDFs follow (only those whose inputs changed). Build
//! errors are shown in the page and in the terminal until they are fixed.

use crate::build::{build, BuildOptions, Format};
use crate::diag::Diagnostic;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// What the browser polls.
#[derive(Default)]
struct State {
    /// Increases with every finished build.
    generation: u64,
    /// Rendered diagnostics of the last build when it had errors.
    errors: String,
}

pub fn serve(root: &Path, port: u16, opts: BuildOptions) -> Result<(), Diagnostic> {
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
        Diagnostic::error("serve", format!("cannot listen on 127.0.0.1:{port}: {e}"))
            .help("another program uses this port: choose another with --port, or --port 0 for any free one")
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Diagnostic::error("serve", e.to_string()))?;
    let state = Arc::new(Mutex::new(State::default()));
    let out = crate::output::output_dir(root);

    run_builds(root, &opts, &state);
    eprintln!("serving http://{addr}/ (Ctrl-C stops); watching content/ locales/ layouts/ fonts/ tandem.yaml");

    {
        let root = root.to_path_buf();
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            let mut last = snapshot(&root);
            loop {
                std::thread::sleep(Duration::from_millis(250));
                let now = snapshot(&root);
                if now != last {
                    last = now;
                    eprintln!("change detected: rebuilding");
                    run_builds(&root, &opts, &state);
                }
            }
        });
    }

    for stream in listener.incoming().flatten() {
        let out = out.clone();
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            let _ = handle(stream, &out, &state);
        });
    }
    Ok(())
}

/// HTML first (fast), then PDFs; the page reloads after each.
fn run_builds(root: &Path, opts: &BuildOptions, state: &Arc<Mutex<State>>) {
    let mut html = opts.clone();
    html.formats = vec![Format::Html];
    let steps: Vec<BuildOptions> = if opts.formats.contains(&Format::Pdf) {
        vec![html, opts.clone()]
    } else {
        vec![html]
    };
    for step in steps {
        let started = std::time::Instant::now();
        let (errors, summary) = match build(root, &step, &|_| {}) {
            Ok(report) => {
                let mut text = String::new();
                for d in report.diagnostics.iter().filter(|d| d.is_error()) {
                    text.push_str(&d.to_string());
                }
                let built = report
                    .editions
                    .iter()
                    .filter(|e| matches!(e.outcome, crate::build::Outcome::Built))
                    .count();
                (text, format!("{built} edition(s)"))
            }
            Err(d) => (d.to_string(), "nothing".to_string()),
        };
        if !errors.is_empty() {
            eprint!("{errors}");
        }
        let what = if step.formats.contains(&Format::Pdf) {
            "PDF"
        } else {
            "HTML"
        };
        eprintln!(
            "{what}: {summary} in {:.1} s{}",
            started.elapsed().as_secs_f64(),
            if errors.is_empty() {
                ""
            } else {
                ", with errors (shown in the page)"
            }
        );
        let mut s = state.lock().expect("state lock");
        s.generation += 1;
        s.errors = errors;
    }
}

/// Modification times and sizes of everything a build reads.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, (Option<SystemTime>, u64)> {
    let mut map = BTreeMap::new();
    for dir in ["content", "locales", "layouts", "fonts"] {
        for entry in walkdir::WalkDir::new(root.join(dir)).into_iter().flatten() {
            if let Ok(m) = entry.metadata() {
                map.insert(entry.into_path(), (m.modified().ok(), m.len()));
            }
        }
    }
    let config = root.join(crate::config::CONFIG_FILE);
    if let Ok(m) = std::fs::metadata(&config) {
        map.insert(config, (m.modified().ok(), m.len()));
    }
    map
}

/// The script added to every served page (not to the files in output/).
const RELOAD: &str = r#"<script>
(function () {
  var gen = null;
  function show(errors) {
    var box = document.getElementById("tandem-errors");
    if (!errors) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("pre");
      box.id = "tandem-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#fff4f4;color:#7a0000;border-top:4px solid #b00020;font:13px/1.4 monospace;white-space:pre-wrap;z-index:9999";
      document.body.appendChild(box);
    }
    box.textContent = "tandem: the last build has errors\n\n" + errors;
  }
  function poll() {
    fetch("/__tandem/state", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
      if (gen !== null && s.generation !== gen && !s.errors) { location.reload(); return; }
      gen = s.generation;
      show(s.errors);
    }).catch(function () {}).finally(function () { setTimeout(poll, 400); });
  }
  poll();
})();
</script>"#;

fn handle(stream: TcpStream, out: &Path, state: &Arc<Mutex<State>>) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    // Skip the headers.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let mut stream = stream;
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"only GET",
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == "/__tandem/state" {
        let s = state.lock().expect("state lock");
        let body =
            serde_json::json!({ "generation": s.generation, "errors": s.errors }).to_string();
        return respond(&mut stream, "200 OK", "application/json", body.as_bytes());
    }
    let Some(file) = resolve(out, path) else {
        return respond(
            &mut stream,
            "404 Not Found",
            "text/plain; charset=utf-8",
            b"not found",
        );
    };
    match std::fs::read(&file) {
        Ok(mut bytes) => {
            let kind = content_type(&file);
            if kind.starts_with("text/html") {
                let page = String::from_utf8_lossy(&bytes).replacen(
                    "</body>",
                    &format!("{RELOAD}</body>"),
                    1,
                );
                bytes = page.into_bytes();
            }
            respond(&mut stream, "200 OK", kind, &bytes)
        }
        Err(_) => respond(
            &mut stream,
            "404 Not Found",
            "text/plain; charset=utf-8",
            b"not found",
        ),
    }
}

/// Maps a URL path to a file below `out`, refusing anything that leaves it.
fn resolve(out: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path)?;
    let mut file = out.to_path_buf();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part == "." || part.contains('\\') || part.starts_with('.') {
            return None;
        }
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(s: &str) -> Option<String> {
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

fn respond(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8]) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(body)?;
    stream.flush()
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
        assert!(resolve(dir.path(), "/.tandem/manifest.json").is_none());
    }
}
