//! `tandem serve`: serves the built site on 127.0.0.1, rebuilds on change,
//! reports errors to the page and recovers when they are fixed.

mod common;
use common::Project;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connects");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut body = String::new();
    s.read_to_string(&mut body).unwrap();
    body
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
    let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["serve", "--port", "0", "--format", "html"])
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

    let page = get(port, "/elternabend/uk.html");
    assert!(page.starts_with("HTTP/1.1 200 OK"), "{page}");
    assert!(
        page.contains("Батьківські збори") && page.contains("/__tandem/state"),
        "live-reload script injected"
    );
    assert!(get(port, "/").contains("Elternabend"));
    assert!(get(port, "/../tandem.yaml").starts_with("HTTP/1.1 404"));

    // A changed translation is served without restarting.
    let uk = p
        .read("locales/uk/elternabend.ftl")
        .replace("Батьківські збори", "Збори батьків");
    p.write("locales/uk/elternabend.ftl", &uk);
    assert!(
        eventually(|| get(port, "/elternabend/uk.html").contains("Збори батьків")),
        "the new text is served"
    );

    // A broken file: the error reaches the page's state; fixing clears it.
    p.write(
        "locales/uk/elternabend.ftl",
        &uk.replace("title = Збори батьків", "title = Збори { батьків"),
    );
    assert!(
        eventually(|| get(port, "/__tandem/state").contains("Fluent syntax error")),
        "error shown"
    );
    p.write("locales/uk/elternabend.ftl", &uk);
    assert!(
        eventually(|| get(port, "/__tandem/state").contains("\"errors\":\"\"")),
        "error cleared"
    );

    child.kill().unwrap();
    child.wait().unwrap();
}
