//! Benchmark: how soon a translation saved in the workbench is visible.
//!
//! ```text
//! cargo bench --bench serve                # 7 saves
//! BENCH_RUNS=15 cargo bench --bench serve
//! ```
//!
//! On a copy of this repository's sample project, the release binary runs
//! `tandem serve --translate`; each run saves a new Arabic text for one
//! paragraph of the brochure (`schulwechsel`, 14 pages in Arabic) through the
//! workbench's save endpoint, exactly as the page does, and measures from
//! the start of the request:
//!
//! - **saved**: the answer (checked, written, read back);
//! - **HTML event**: the event that the edition's page was rebuilt reaches
//!   an open event stream (what makes the preview reload);
//! - **HTML served**: the page served then contains the new text;
//! - **PDF**: the event that the PDF was typeset, and the PDF on disk has
//!   changed.
//!
//! Then, when the browser tests' packages are installed, the same in
//! headless Chromium (`tests/browser/latency.mjs`): from Ctrl+S in the
//! workbench to the new text in its preview frame, and to the PDF event.
//! Targets (issue #15): preview ≤ 200 ms, PDF ≤ 1 s. Figures are in
//! BENCHMARKS.md; nothing here fails on machine noise.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DOC: &str = "schulwechsel";
const LANG: &str = "ar";
const SEGMENT: &str = "schulformen-1";

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(7);
    let tandem = PathBuf::from(env!("CARGO_BIN_EXE_tandem"));
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for part in ["content", "locales", "layouts", "fonts"] {
        copy_dir(&repo.join(part), &dir.path().join(part));
    }
    std::fs::copy(repo.join("tandem.yaml"), dir.path().join("tandem.yaml")).unwrap();
    let status = Command::new(&tandem)
        .args(["build", "-q"])
        .current_dir(dir.path())
        .status()
        .unwrap();
    assert!(status.success(), "the sample builds");
    let segment_exists =
        std::fs::read_to_string(dir.path().join(format!("locales/{LANG}/{DOC}.ftl")))
            .unwrap()
            .contains(&format!("\n{SEGMENT} = "));
    assert!(segment_exists, "{SEGMENT} is translated in the sample");

    let server = Server::start(&tandem, dir.path());
    server.wait_quiet();
    println!("save → visible, {runs} saves of one paragraph of {DOC} [{LANG}] (brochure, release build)\n");
    let mut rows: [Vec<Duration>; 5] = Default::default();
    for i in 0..runs {
        let t = server.save_once(dir.path(), i);
        for (row, d) in rows.iter_mut().zip(t) {
            row.push(d);
        }
        server.wait_quiet();
    }
    let names = [
        "saved",
        "HTML event",
        "HTML served",
        "PDF event",
        "PDF on disk",
    ];
    for (name, times) in names.iter().zip(&rows) {
        println!("{name:<14} {}", stats(times));
    }
    browser(&tandem, dir.path(), runs);
}

/// The scenario in headless Chromium, when the browser tests can run.
fn browser(tandem: &Path, project: &Path, runs: usize) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    if !dir.join("node_modules/puppeteer-core").is_dir() || !Path::new("/usr/bin/chromium").exists()
    {
        println!("\n(browser scenario skipped: run ./dev test once to install its packages)");
        return;
    }
    println!("\nin headless Chromium: Ctrl+S in the workbench → new text in its preview frame / PDF event");
    let status = Command::new("node")
        .arg(dir.join("latency.mjs"))
        .current_dir(&dir)
        .env("TANDEM_BIN", tandem)
        .env("TANDEM_PROJECT", project)
        .env("BENCH_RUNS", runs.to_string())
        .status();
    if !status.is_ok_and(|s| s.success()) {
        println!("(browser scenario failed)");
    }
}

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(tandem: &Path, project: &Path) -> Server {
        let mut child = Command::new(tandem)
            .args(["serve", "--translate", "--port", "0"])
            .current_dir(project)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let port = loop {
            let line = lines.next().expect("serve prints its address").unwrap();
            if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
                break rest.split('/').next().unwrap().parse().unwrap();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Server { child, port }
    }

    fn request(&self, text: &str) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.write_all(text.as_bytes()).unwrap();
        let mut answer = String::new();
        s.read_to_string(&mut answer).unwrap();
        answer
    }

    fn get(&self, path: &str) -> String {
        self.request(&format!(
            "GET {path} HTTP/1.1\r\nHost: localhost:{}\r\n\r\n",
            self.port
        ))
    }

    /// Waits until no build has finished for a while (the watcher's build
    /// after a save included).
    fn wait_quiet(&self) {
        let mut last = String::new();
        let mut since = Instant::now();
        while since.elapsed() < Duration::from_millis(1500) {
            let answer = self.get("/__tandem/state");
            let state = answer.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
            if state != last {
                last = state;
                since = Instant::now();
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// One save; returns the five times.
    fn save_once(&self, project: &Path, i: usize) -> [Duration; 5] {
        let page = self.get(&format!("/__tandem/translate/{LANG}/{DOC}"));
        let between = |a: &str, b: &str| {
            page.split(a)
                .nth(1)
                .and_then(|r| r.split(b).next())
                .unwrap()
                .to_string()
        };
        let secret = between("name=\"tandem-secret\" content=\"", "\"");
        let digest = between("\"digest\":\"", "\"");
        let pdf = project.join(format!("output/{DOC}/{DOC}.de-{LANG}.pdf"));
        let pdf_before = std::fs::read(&pdf).unwrap_or_default();
        let text = format!("يجب تسجيل الطفل في المدرسة الجديدة، النسخة {i}");
        // An open event stream, as the page has.
        let mut events = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            events,
            "GET /__tandem/events HTTP/1.1\r\nHost: localhost:{}\r\n\r\n",
            self.port
        )
        .unwrap();
        let mut events = BufReader::new(events);
        let mut line = String::new();
        while !line.starts_with("event: hello") {
            line.clear();
            events.read_line(&mut line).unwrap();
        }
        let body =
            serde_json::json!({ "digest": digest, "edits": [{ "id": SEGMENT, "value": text }] })
                .to_string();
        let started = Instant::now();
        let answer = self.request(&format!(
            "POST /__tandem/api/{LANG}/{DOC} HTTP/1.1\r\nHost: localhost:{}\r\nContent-Type: application/json\r\nX-Tandem-Secret: {secret}\r\nContent-Length: {}\r\n\r\n{body}",
            self.port,
            body.len()
        ));
        let saved = started.elapsed();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        let mut wait_for = |stage: &str| loop {
            line.clear();
            events.read_line(&mut line).unwrap();
            if line.starts_with("data: ")
                && line.contains(&format!("\"stage\":\"{stage}\""))
                && line.contains(&format!("\"doc\":\"{DOC}\""))
            {
                return started.elapsed();
            }
        };
        let html_event = wait_for("html");
        assert!(self.get(&format!("/{DOC}/{LANG}.html")).contains(&text));
        let html_served = started.elapsed();
        let pdf_event = wait_for("pdf");
        while std::fs::read(&pdf).unwrap_or_default() == pdf_before {
            std::thread::sleep(Duration::from_millis(5));
        }
        let pdf_disk = started.elapsed();
        [saved, html_event, html_served, pdf_event, pdf_disk]
    }
}

fn stats(times: &[Duration]) -> String {
    let mut sorted = times.to_vec();
    sorted.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "min {:>6.0} ms   median {:>6.0} ms   max {:>6.0} ms",
        ms(sorted[0]),
        ms(sorted[sorted.len() / 2]),
        ms(sorted[sorted.len() - 1])
    )
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
