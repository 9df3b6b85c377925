//! `tandem serve`: serves the built site on 127.0.0.1, rebuilds on change,
//! reports errors to the page and recovers when they are fixed; refuses
//! what a local server that writes files must refuse.

use crate::support::Project;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `tandem serve` (stopped when dropped).
struct Serve {
    child: Child,
    port: u16,
}

impl Serve {
    fn start(p: &Project, extra: &[&str]) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["serve", "--port", "0", "--format", "html"])
            .args(extra)
            .current_dir(p.path())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let port: u16 = loop {
            let line = lines.next().expect("serve prints its address").unwrap();
            if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
                break rest.split('/').next().unwrap().parse().unwrap();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Serve { child, port }
    }

    /// Sends raw bytes, returns the whole answer.
    fn raw(&self, request: &[u8]) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connects");
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        let _ = s.write_all(request);
        let mut answer = Vec::new();
        let _ = s.read_to_end(&mut answer);
        String::from_utf8_lossy(&answer).into_owned()
    }

    fn get(&self, path: &str) -> String {
        self.raw(
            format!(
                "GET {path} HTTP/1.1\r\nHost: localhost:{}\r\n\r\n",
                self.port
            )
            .as_bytes(),
        )
    }

    fn post(&self, path: &str, headers: &str, body: &str) -> String {
        self.raw(
            format!(
                "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{headers}\r\n{body}",
                self.port,
                body.len()
            )
            .as_bytes(),
        )
    }

    /// The secret and file digest in the workbench page of `lang`/`doc`.
    fn page_secrets(&self, lang: &str, doc: &str) -> (String, String) {
        let page = self.get(&format!("/__tandem/translate/{lang}/{doc}"));
        assert!(page.starts_with("HTTP/1.1 200"), "{page}");
        let secret = page
            .split("name=\"tandem-secret\" content=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap()
            .to_string();
        let digest = page
            .split("\"digest\":\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap()
            .to_string();
        (secret, digest)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn status(answer: &str) -> &str {
    answer.lines().next().unwrap_or("")
}

/// Polls until `f` is true (at most 20 s).
fn eventually(mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

#[test]
fn serve_rebuilds_on_change_and_shows_errors_in_the_page() {
    let p = Project::fixture("basic");
    let s = Serve::start(&p, &[]);

    let page = s.get("/elternabend/uk.html");
    assert!(page.starts_with("HTTP/1.1 200 OK"), "{page}");
    assert!(
        page.contains("Батьківські збори") && page.contains("/__tandem/live.js"),
        "live-reload script injected"
    );
    assert!(s.get("/").contains("Elternabend"));
    assert!(s.get("/../tandem.yaml").starts_with("HTTP/1.1 404"));
    let live = s.get("/__tandem/live.js");
    assert!(live.contains("EventSource(\"/__tandem/events\")"), "{live}");

    // A changed translation is served without restarting.
    let uk = p
        .read("locales/uk/elternabend.ftl")
        .replace("Батьківські збори", "Збори батьків");
    p.write("locales/uk/elternabend.ftl", &uk);
    assert!(
        eventually(|| s.get("/elternabend/uk.html").contains("Збори батьків")),
        "the new text is served"
    );

    // A broken file: the error reaches the page's state; fixing clears it.
    p.write(
        "locales/uk/elternabend.ftl",
        &uk.replace("title = Збори батьків", "title = Збори { батьків"),
    );
    assert!(
        eventually(|| s.get("/__tandem/state").contains("Fluent syntax error")),
        "error shown"
    );
    p.write("locales/uk/elternabend.ftl", &uk);
    assert!(
        eventually(|| s.get("/__tandem/state").contains("\"errors\":\"\"")),
        "error cleared"
    );
}

#[test]
fn changes_are_pushed_to_open_pages_as_events() {
    let p = Project::fixture("basic");
    let s = Serve::start(&p, &[]);
    let mut stream = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(
        stream,
        "GET /__tandem/events HTTP/1.1\r\nHost: localhost:{}\r\n\r\n",
        s.port
    )
    .unwrap();
    let mut reader = BufReader::new(stream);
    let mut seen = String::new();
    let mut line = String::new();
    while !seen.contains("event: hello") {
        line.clear();
        reader.read_line(&mut line).unwrap();
        seen.push_str(&line);
    }
    assert!(seen.contains("text/event-stream"), "{seen}");
    let ar = p.read("locales/ar/elternabend.ftl");
    p.write("locales/ar/elternabend.ftl", &ar.replace("دعوة", "دعوة!"));
    seen.clear();
    while !seen.contains("\"stage\":\"html\"") {
        line.clear();
        assert!(reader.read_line(&mut line).unwrap() > 0, "stream open");
        seen.push_str(&line);
    }
    assert!(
        seen.contains("event: changed") && seen.contains("locales/ar/elternabend.ftl"),
        "{seen}"
    );
}

#[test]
fn requests_for_other_hosts_and_origins_are_refused() {
    let p = Project::fixture("basic");
    let s = Serve::start(&p, &["--translate"]);
    let port = s.port;
    // DNS rebinding: a page of evil.example whose name now points here.
    let rebound = s.raw(
        format!("GET /__tandem/state HTTP/1.1\r\nHost: evil.example:{port}\r\n\r\n").as_bytes(),
    );
    assert!(status(&rebound).contains("403"), "{rebound}");
    let rebound = s.raw(
        format!(
            "GET /__tandem/translate/ar/elternabend HTTP/1.1\r\nHost: evil.example:{port}\r\n\r\n"
        )
        .as_bytes(),
    );
    assert!(status(&rebound).contains("403"), "{rebound}");
    assert!(!rebound.contains("tandem-secret"));
    let no_host = s.raw(b"GET / HTTP/1.1\r\n\r\n");
    assert!(status(&no_host).contains("403"), "{no_host}");
    let foreign = s.raw(
        format!("GET /__tandem/events HTTP/1.1\r\nHost: localhost:{port}\r\nOrigin: http://evil.example\r\n\r\n")
            .as_bytes(),
    );
    assert!(status(&foreign).contains("403"), "{foreign}");
    assert!(status(&s.get("/")).contains("200"));
}

#[test]
fn a_write_needs_the_secret_and_the_servers_own_origin() {
    let p = Project::fixture("basic");
    let s = Serve::start(&p, &["--translate"]);
    let before = p.read("locales/ar/elternabend.ftl");
    let (secret, digest) = s.page_secrets("ar", "elternabend");
    assert_eq!(secret.len(), 32);
    let body =
        format!(r#"{{"digest":"{digest}","edits":[{{"id":"title","value":"عنوان جديد"}}]}}"#);
    let api = "/__tandem/api/ar/elternabend";
    let missing = s.post(api, "", &body);
    assert!(status(&missing).contains("403"), "{missing}");
    assert!(missing.contains("X-Tandem-Secret"));
    let wrong = s.post(
        api,
        &format!("X-Tandem-Secret: {}\r\n", "0".repeat(32)),
        &body,
    );
    assert!(status(&wrong).contains("403"), "{wrong}");
    let cross = s.post(
        api,
        &format!("X-Tandem-Secret: {secret}\r\nOrigin: http://evil.example\r\n"),
        &body,
    );
    assert!(status(&cross).contains("403"), "{cross}");
    assert_eq!(
        p.read("locales/ar/elternabend.ftl"),
        before,
        "nothing written"
    );

    // Only documents and languages of the project.
    let other = s.post(
        "/__tandem/api/ar/..%2F..%2Ftandem",
        &format!("X-Tandem-Secret: {secret}\r\n"),
        &body,
    );
    assert!(status(&other).contains("404"), "{other}");
    let lang = s.post(
        "/__tandem/api/xx/elternabend",
        &format!("X-Tandem-Secret: {secret}\r\n"),
        &body,
    );
    assert!(status(&lang).contains("404"), "{lang}");
    assert!(!p.file("locales/xx").exists());

    // With the secret from the page: written, with its `# de:`.
    let ok = s.post(api, &format!("X-Tandem-Secret: {secret}\r\n"), &body);
    assert!(status(&ok).contains("200"), "{ok}");
    let after = p.read("locales/ar/elternabend.ftl");
    assert!(
        after.contains("# de: Elternabend\ntitle = عنوان جديد"),
        "{after}"
    );

    // The page's digest is now stale: the same save is refused.
    let stale = s.post(api, &format!("X-Tandem-Secret: {secret}\r\n"), &body);
    assert!(status(&stale).contains("409"), "{stale}");
    assert!(stale.contains("changed on disk"), "{stale}");
}

#[test]
fn the_workbench_is_off_unless_asked_for() {
    let p = Project::fixture("basic");
    let s = Serve::start(&p, &[]);
    let page = s.get("/__tandem/translate/ar/elternabend");
    assert!(status(&page).contains("404"), "{page}");
    assert!(page.contains("--translate"));
}

#[test]
fn oversized_and_malformed_requests_are_refused() {
    let p = Project::fixture("basic");
    let s = Serve::start(&p, &["--translate"]);
    let port = s.port;
    let long_line = format!(
        "GET /{} HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n",
        "a".repeat(20_000)
    );
    assert!(status(&s.raw(long_line.as_bytes())).contains("414"));
    let big_header = format!(
        "GET / HTTP/1.1\r\nHost: localhost:{port}\r\nX-Big: {}\r\n\r\n",
        "a".repeat(40_000)
    );
    assert!(status(&s.raw(big_header.as_bytes())).contains("431"));
    let many = format!(
        "GET / HTTP/1.1\r\nHost: localhost:{port}\r\n{}\r\n",
        "X-A: b\r\n".repeat(100)
    );
    assert!(status(&s.raw(many.as_bytes())).contains("431"));
    let body = format!(
        "POST /__tandem/api/ar/elternabend HTTP/1.1\r\nHost: localhost:{port}\r\nContent-Length: 3000000\r\n\r\n"
    );
    assert!(status(&s.raw(body.as_bytes())).contains("413"));
    let chunked = format!(
        "POST /__tandem/api/ar/elternabend HTTP/1.1\r\nHost: localhost:{port}\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    assert!(status(&s.raw(chunked.as_bytes())).contains("411"));
    // The server still answers.
    assert!(status(&s.get("/")).contains("200"));
}

#[test]
fn only_files_below_output_are_served_and_head_has_no_body() {
    let p = Project::fixture("basic");
    let s = Serve::start(&p, &[]);
    for path in [
        "/../tandem.yaml",
        "/%2e%2e/tandem.yaml",
        "/%2E%2E%2Ftandem.yaml",
        "/elternabend/..%2F..%2Ftandem.yaml",
        "/..%5Ctandem.yaml",
        "/.tandem/state.json",
        "//etc/passwd",
    ] {
        let answer = s.get(path);
        assert!(status(&answer).contains("404"), "{path}: {answer}");
        assert!(!answer.contains("languages:"), "{path}");
    }
    let head = s.raw(
        format!(
            "HEAD /elternabend/uk.html HTTP/1.1\r\nHost: localhost:{}\r\n\r\n",
            s.port
        )
        .as_bytes(),
    );
    assert!(status(&head).contains("200"), "{head}");
    let (headers, body) = head.split_once("\r\n\r\n").unwrap();
    assert!(headers.contains("Content-Length: "), "{headers}");
    assert!(body.is_empty(), "HEAD has no body: {body}");
    // Assets are revalidated, not fetched again.
    let css = s.get("/assets/tandem.css");
    let etag = css
        .lines()
        .find_map(|l| l.strip_prefix("ETag: "))
        .expect("an ETag")
        .to_string();
    let again = s.raw(
        format!(
            "GET /assets/tandem.css HTTP/1.1\r\nHost: localhost:{}\r\nIf-None-Match: {etag}\r\n\r\n",
            s.port
        )
        .as_bytes(),
    );
    assert!(status(&again).contains("304"), "{again}");
    let put = s.raw(
        format!(
            "PUT /x.html HTTP/1.1\r\nHost: localhost:{}\r\nContent-Length: 0\r\n\r\n",
            s.port
        )
        .as_bytes(),
    );
    assert!(status(&put).contains("405"), "{put}");
}

#[test]
fn connections_beyond_the_limit_are_refused_and_the_server_recovers() {
    let p = Project::fixture("basic");
    let s = Serve::start(&p, &[]);
    // Idle connections that never send a request hold their places.
    let idle: Vec<TcpStream> = (0..64)
        .map(|_| TcpStream::connect(("127.0.0.1", s.port)).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let over = s.get("/");
    assert!(status(&over).contains("503"), "{over}");
    drop(idle);
    assert!(eventually(|| status(&s.get("/")).contains("200")));
}

#[test]
fn the_workbench_of_a_notice_previews_the_sheet_that_holds_every_language() {
    let p = Project::sample();
    let s = Serve::start(&p, &["--translate"]);
    let api = s.get("/__tandem/api/ar/aushang/beratung");
    assert!(status(&api).contains("200"), "{api}");
    assert!(
        api.contains(r#""preview":"/aushang/beratung/index.html""#)
            && api.contains(r#""pdfAt":"/aushang/beratung/beratung.pdf""#),
        "{api}"
    );
    let page = s.get("/aushang/beratung/index.html");
    assert!(status(&page).contains("200"), "{}", status(&page));
    assert!(page.contains("lang=\"ar\""));
}
