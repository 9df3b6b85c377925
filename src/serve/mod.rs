//! `tandem serve`: build, serve `output/`, rebuild on change and update the
//! open pages; with `--translate`, the translation workbench.
//!
//! - HTTP: tiny_http (as typst-cli uses: small, synchronous, no async
//!   stack), behind the [`crate::serve::gate`] that enforces the limits on
//!   connections, request size and time that tiny_http lacks.
//! - Changes: `notify` with a debouncer, builds and server-sent events in
//!   [`crate::serve::watch`]. Pages keep one event stream open (`/__tandem/events`).
//! - The workbench's pages and saving: [`crate::serve::workbench`].
//!
//! Security, now that it writes files: it listens on 127.0.0.1 unless told
//! otherwise; every request must name the server by `localhost` or an IP
//! address with its port in `Host` (a DNS name could be an attacker's that
//! resolves to this machine: DNS rebinding); a request with an `Origin` of
//! another site is refused; a write needs the per-start secret in the
//! `X-Tandem-Secret` header (which pages of other sites cannot set without
//! being refused) and JSON; the workbench answers only requests from this
//! machine, even when `--host` opens the site to others; only files below
//! `output/` are served, no dotfiles. Everything under `/__tandem/` is the
//! server's, never a file of `output/`.

pub mod gate;
pub mod static_files;
pub mod watch;
pub mod workbench;

use crate::build::BuildOptions;
use crate::diag::{Code, Diagnostic};
use crate::model::EditionKey;
use crate::project::Project;
use gate::{Limits, PEER_HEADER};
use static_files::respond;
use std::io::Write;
use std::net::{IpAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tiny_http::{Method, Request};
use watch::{Hub, Job, Log};
use workbench::Saved;

/// Event streams open at the same time (two per workbench tab: the page and
/// its preview).
const MAX_STREAMS: usize = 32;
/// Threads answering ordinary requests.
const WORKERS: usize = 8;
/// The header a write must carry the secret in.
const SECRET_HEADER: &str = "X-Tandem-Secret";

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub host: IpAddr,
    pub port: u16,
    /// Serve the translation workbench (and accept its writes).
    pub translate: bool,
    pub build: BuildOptions,
}

/// What every request handler needs.
struct Server {
    root: PathBuf,
    out: PathBuf,
    hub: Arc<Hub>,
    jobs: Mutex<Sender<Job>>,
    secret: String,
    translate: bool,
    host: IpAddr,
    port: u16,
    /// One save at a time (check, write and read back).
    saving: Mutex<()>,
}

pub fn serve(root: &Path, opts: ServeOptions) -> Result<(), Diagnostic> {
    let listener = TcpListener::bind((opts.host, opts.port)).map_err(|e| {
        Diagnostic::error(Code::Serve, format!("cannot listen on {}:{}: {e}", opts.host, opts.port))
            .help("another program uses this port: choose another with --port, or --port 0 for any free one")
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Diagnostic::error(Code::Serve, e.to_string()))?;
    let internal = |e: std::io::Error| {
        Diagnostic::error(Code::Serve, format!("cannot start the server: {e}"))
            .help("check that the temporary folder is writable")
    };
    let (backend, private) = gate::Private::new().map_err(internal)?;
    let http = tiny_http::Server::from_listener(private, None)
        .map_err(|e| internal(std::io::Error::other(e.to_string())))?;
    let hub = Arc::new(Hub::new(MAX_STREAMS));
    let log: Log = Arc::new(|line: String| eprintln!("{}", line.trim_end()));
    // The pages first, so that there is something to serve at once; the
    // PDFs follow on the builder thread.
    let mut html = opts.build.clone();
    html.formats.retain(|f| *f == crate::build::Format::Html);
    if !html.formats.is_empty() {
        watch::run_steps(root, &html, None, &hub, &log);
    }
    let jobs = watch::builder(root, opts.build.clone(), Arc::clone(&hub), log);
    if opts.build.wants(crate::build::Format::Pdf) {
        let _ = jobs.send(Job::All);
    }
    let _watcher = watch::watch(root, jobs.clone(), Arc::clone(&hub))?;
    let server = Arc::new(Server {
        root: root.to_path_buf(),
        out: crate::output::output_dir(root),
        hub,
        jobs: Mutex::new(jobs),
        secret: secret()?,
        translate: opts.translate,
        host: opts.host,
        port: addr.port(),
        saving: Mutex::new(()),
    });
    let shown = if opts.host.is_unspecified() {
        format!("127.0.0.1:{}", addr.port())
    } else {
        addr.to_string()
    };
    eprintln!("serving http://{shown}/ (Ctrl-C stops); watching content/ locales/ layouts/ fonts/ tandem.yaml");
    if opts.translate {
        eprintln!(
            "translation workbench: http://{shown}{}/",
            workbench::PREFIX
        );
    }
    if !opts.host.is_loopback() {
        eprintln!(
            "note: listening on {addr}: other computers that can reach this one can read the published site (output/) \
             at http://<this computer's IP address>:{}/ (names other than localhost and IP addresses are refused). \
             The translation workbench answers only this computer.",
            addr.port()
        );
    }
    std::thread::spawn(move || gate::run(listener, backend, Limits::default()));
    let http = Arc::new(http);
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let http = Arc::clone(&http);
            let server = Arc::clone(&server);
            std::thread::spawn(move || {
                while let Ok(rq) = http.recv() {
                    handle(&server, rq);
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    Ok(())
}

/// A random secret for this start of the server (128 bits, hexadecimal).
fn secret() -> Result<String, Diagnostic> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| {
        Diagnostic::error(
            Code::Serve,
            format!("no random numbers for the write secret: {e}"),
        )
        .help("the operating system's random number source is not available")
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn header<'a>(rq: &'a Request, name: &'static str) -> Option<&'a str> {
    rq.headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str())
}

impl Server {
    /// Whether `Host` names this server: `localhost` or an IP address
    /// (loopback, or the one it listens on; any when it listens on all),
    /// with its port.
    fn host_allowed(&self, host: &str) -> bool {
        let (name, port) = match host.rsplit_once(':') {
            Some((n, p)) if !p.contains(']') => (n, p.parse::<u16>().ok()),
            _ => (host, Some(80)),
        };
        if port != Some(self.port) {
            return false;
        }
        let name = name.trim_start_matches('[').trim_end_matches(']');
        if name.eq_ignore_ascii_case("localhost") {
            return true;
        }
        match name.parse::<IpAddr>() {
            Ok(ip) => ip.is_loopback() || ip == self.host || self.host.is_unspecified(),
            Err(_) => false,
        }
    }

    /// Whether the request comes from this machine (set by the gate).
    fn from_here(rq: &Request) -> bool {
        header(rq, PEER_HEADER)
            .and_then(|p| p.parse::<IpAddr>().ok())
            .is_some_and(|ip| ip.is_loopback())
    }

    fn secret_matches(&self, rq: &Request) -> bool {
        let given = header(rq, SECRET_HEADER).unwrap_or("").as_bytes();
        let want = self.secret.as_bytes();
        given.len() == want.len()
            && given
                .iter()
                .zip(want)
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}

/// Refusals that apply to every request: a foreign `Host` or `Origin`.
fn refused(server: &Server, rq: &Request) -> Option<&'static str> {
    let host = header(rq, "Host").unwrap_or("");
    if !server.host_allowed(host) {
        return Some(
            "this server answers only to localhost or an IP address with its port in Host",
        );
    }
    if let Some(origin) = header(rq, "Origin") {
        if origin != format!("http://{host}") {
            return Some("requests from pages of other sites are refused");
        }
    }
    None
}

fn handle(server: &Server, rq: Request) {
    if let Some(why) = refused(server, &rq) {
        return respond(
            rq,
            403,
            "text/plain; charset=utf-8",
            why.as_bytes().to_vec(),
            &[],
        );
    }
    let path = rq.url().split(['?', '#']).next().unwrap_or("/").to_string();
    if let Some(rest) = path.strip_prefix("/__tandem/") {
        return tandem_route(server, rq, rest);
    }
    if !matches!(rq.method(), Method::Get | Method::Head) {
        return respond(
            rq,
            405,
            "text/plain; charset=utf-8",
            b"only GET and HEAD".to_vec(),
            &[("Allow", "GET, HEAD")],
        );
    }
    static_files::static_file(&server.out, rq, &path);
}

/// The server's own routes below `/__tandem/`.
fn tandem_route(server: &Server, rq: Request, rest: &str) {
    let get = matches!(rq.method(), Method::Get | Method::Head);
    match rest {
        "events" if get => events(server, rq),
        "state" if get => {
            let (generation, errors) = server.hub.state();
            let body = serde_json::json!({ "generation": generation, "errors": errors });
            respond(
                rq,
                200,
                "application/json",
                body.to_string().into_bytes(),
                &[],
            );
        }
        "live.js" if get => asset(rq, "text/javascript; charset=utf-8", LIVE_JS),
        "workbench.js" if get => asset(rq, "text/javascript; charset=utf-8", WORKBENCH_JS),
        "workbench.css" if get => asset(rq, "text/css; charset=utf-8", WORKBENCH_CSS),
        _ if rest == "translate" || rest.starts_with("translate/") || rest.starts_with("api/") => {
            if !server.translate {
                let body = b"the translation workbench is off: start the server with `tandem serve --translate`";
                return respond(rq, 404, "text/plain; charset=utf-8", body.to_vec(), &[]);
            }
            if !Server::from_here(&rq) {
                let body = b"the translation workbench answers only requests from this computer";
                return respond(rq, 403, "text/plain; charset=utf-8", body.to_vec(), &[]);
            }
            translate_route(server, rq, rest)
        }
        _ => respond(
            rq,
            404,
            "text/plain; charset=utf-8",
            b"not found".to_vec(),
            &[],
        ),
    }
}

/// `translate/`, `translate/<lang>/<doc>`, `api/<lang>/<doc>` (GET, POST).
fn translate_route(server: &Server, rq: Request, rest: &str) {
    let text = "text/plain; charset=utf-8";
    let Some(rest) = static_files::percent_decode(rest) else {
        return respond(rq, 400, text, b"bad path".to_vec(), &[]);
    };
    let project = match Project::load(&server.root) {
        Ok(p) => p,
        Err(d) => return respond(rq, 500, text, d.to_string().into_bytes(), &[]),
    };
    let get = matches!(rq.method(), Method::Get | Method::Head);
    let ui = workbench::Ui::choose(header(&rq, "Accept-Language"), &project.config.source.code);
    if (rest == "translate" || rest == "translate/") && get {
        return respond(
            rq,
            200,
            HTML,
            workbench::index(&project, ui).into_bytes(),
            PAGE_HEADERS,
        );
    }
    let (kind, edition) = rest.split_once('/').unwrap_or((&rest, ""));
    let Some((lang, doc)) = edition.split_once('/') else {
        return respond(rq, 404, text, b"not found".to_vec(), &[]);
    };
    let (document, language) = match workbench::find(&project, lang, doc) {
        Ok(found) => found,
        Err(d) => return respond(rq, 404, text, d.to_string().into_bytes(), &[]),
    };
    match (kind, rq.method()) {
        ("translate", Method::Get | Method::Head) => {
            let page = workbench::page(&project, document, language, &server.secret, ui);
            respond(rq, 200, HTML, page.into_bytes(), PAGE_HEADERS)
        }
        ("api", Method::Get | Method::Head) => {
            let data = workbench::data(&project, document, language);
            respond(rq, 200, JSON, data.to_string().into_bytes(), &[])
        }
        ("api", Method::Post) => save(server, rq, &project, EditionKey::new(doc, lang)),
        _ => respond(rq, 405, text, b"method not allowed".to_vec(), &[]),
    }
}

const HTML: &str = "text/html; charset=utf-8";
const JSON: &str = "application/json";

/// Headers of the workbench's pages: scripts, styles and frames only from
/// this server; not to be framed by others.
const PAGE_HEADERS: &[(&str, &str)] = &[(
    "Content-Security-Policy",
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
     frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
)];

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SaveRequest {
    digest: String,
    #[serde(default)]
    edits: Vec<EditJson>,
    /// Segments a reviewer signs off (after the edits are written).
    #[serde(default)]
    review: Option<ReviewJson>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewJson {
    by: String,
    ids: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EditJson {
    id: String,
    value: String,
}

/// A save from the workbench: secret and JSON required; then
/// `workbench::save`; a written edition is rebuilt (HTML, then PDF).
fn save(server: &Server, mut rq: Request, project: &Project, key: EditionKey) {
    let text = "text/plain; charset=utf-8";
    if !server.secret_matches(&rq) {
        let body = format!("a write needs this server's secret in the {SECRET_HEADER} header (reload the workbench page)");
        return respond(rq, 403, text, body.into_bytes(), &[]);
    }
    if header(&rq, "Sec-Fetch-Site").is_some_and(|s| s == "cross-site" || s == "same-site") {
        return respond(
            rq,
            403,
            text,
            b"writes from other sites are refused".to_vec(),
            &[],
        );
    }
    if !header(&rq, "Content-Type").is_some_and(|t| t.starts_with("application/json")) {
        return respond(
            rq,
            415,
            text,
            b"send JSON (Content-Type: application/json)".to_vec(),
            &[],
        );
    }
    let mut body = Vec::new();
    if std::io::Read::read_to_end(rq.as_reader(), &mut body).is_err() {
        return respond(rq, 400, text, b"cannot read the request".to_vec(), &[]);
    }
    let request: SaveRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return respond(
                rq,
                400,
                text,
                format!("bad save request: {e}").into_bytes(),
                &[],
            )
        }
    };
    let edits: Vec<crate::translate::edits::Edit> = request
        .edits
        .into_iter()
        .map(|e| crate::translate::edits::Edit {
            id: e.id,
            value: e.value,
        })
        .collect();
    let Ok((doc, lang)) = workbench::find(project, &key.lang, &key.doc) else {
        return respond(rq, 404, text, b"not found".to_vec(), &[]);
    };
    let _one_at_a_time = server.saving.lock().expect("save lock");
    let rebuild = || {
        let _ = server
            .jobs
            .lock()
            .expect("jobs lock")
            .send(Job::Edition(key.clone()));
    };
    let review = request.review.as_ref().map(|r| workbench::ReviewRequest {
        by: r.by.trim(),
        ids: r.ids.iter().cloned().collect(),
    });
    let save = workbench::Save {
        digest: &request.digest,
        edits: &edits,
        review,
    };
    let (status, body) = match workbench::save(project, doc, lang, &save, &rebuild) {
        Saved::Written(data) => {
            let signed = save.review.as_ref().map_or(0, |r| r.ids.len());
            eprintln!(
                "saved {} segment(s) of {key} from the workbench ({signed} signed off)",
                edits.len()
            );
            (200, serde_json::json!({ "saved": true, "data": data }))
        }
        Saved::Conflict(message) => (409, serde_json::json!({ "conflict": message })),
        Saved::Unreadable(message) => (500, serde_json::json!({ "unreadable": message })),
        Saved::Problems(problems) => (422, serde_json::json!({ "problems": problems })),
    };
    respond(rq, status, JSON, body.to_string().into_bytes(), &[]);
}

/// `/__tandem/events`: a server-sent event stream, on a thread of its own
/// while it is open (at most [`MAX_STREAMS`]).
fn events(server: &Server, rq: Request) {
    let Some(sub) = server.hub.subscribe() else {
        return respond(
            rq,
            503,
            "text/plain; charset=utf-8",
            b"too many open pages".to_vec(),
            &[],
        );
    };
    let (generation, errors) = server.hub.state();
    let hello = serde_json::json!({ "generation": generation, "errors": errors });
    std::thread::spawn(move || {
        // The whole subscription (not only its receiver) lives as long as
        // the stream: the hub counts open streams by it.
        let sub = sub;
        let mut w = rq.into_writer();
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\nretry: 1000\n\nevent: hello\ndata: {hello}\n\n"
        );
        if w.write_all(head.as_bytes())
            .and_then(|()| w.flush())
            .is_err()
        {
            return;
        }
        loop {
            let message = match sub.events.recv_timeout(Duration::from_secs(15)) {
                Ok(m) => m.to_string(),
                Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
                Err(RecvTimeoutError::Disconnected) => return,
            };
            if w.write_all(message.as_bytes())
                .and_then(|()| w.flush())
                .is_err()
            {
                return;
            }
        }
    });
}

/// The script added to every served page (not to the files in output/).
const LIVE_JS: &str = include_str!("live.js");
const WORKBENCH_JS: &str = include_str!("workbench.js");
const WORKBENCH_CSS: &str = include_str!("workbench.css");

fn asset(rq: Request, kind: &str, text: &str) {
    respond(rq, 200, kind, text.as_bytes().to_vec(), &[]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(host: &str) -> Server {
        Server {
            root: PathBuf::new(),
            out: PathBuf::new(),
            hub: Arc::new(Hub::new(1)),
            jobs: Mutex::new(std::sync::mpsc::channel().0),
            secret: "s".into(),
            translate: true,
            host: host.parse().unwrap(),
            port: 8000,
            saving: Mutex::new(()),
        }
    }

    #[test]
    fn only_its_own_names_are_accepted_as_host() {
        let s = server("127.0.0.1");
        for ok in [
            "127.0.0.1:8000",
            "localhost:8000",
            "[::1]:8000",
            "LOCALHOST:8000",
        ] {
            assert!(s.host_allowed(ok), "{ok}");
        }
        for bad in [
            "evil.example:8000",
            "127.0.0.1:9000",
            "127.0.0.1",
            "192.168.1.5:8000",
            "",
            "localhost.evil.example:8000",
        ] {
            assert!(!s.host_allowed(bad), "{bad}");
        }
        let all = server("0.0.0.0");
        assert!(all.host_allowed("192.168.1.5:8000"));
        assert!(!all.host_allowed("rebind.example:8000"));
    }
}
