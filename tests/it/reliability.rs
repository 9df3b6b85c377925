//! Reliability: oversized and pathological input, hostile front matter, and
//! faults (typst killed, read-only output, full disk, builds interrupted by
//! SIGKILL and SIGINT at random moments). After every fault each output
//! file is either the previous good one or the new complete one, and the
//! next build recovers by itself. See docs/reliability.md.

use crate::support::{poppler, Project, Run};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};

/// Every file below output/ except tandem's working folder, with a hash.
fn outputs(p: &Project) -> BTreeMap<String, u64> {
    use std::hash::{Hash, Hasher};
    let out = p.file("output");
    walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".tandem")
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.file_name().to_string_lossy().starts_with(".tandem-tmp-"))
        .map(|e| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            std::fs::read(e.path()).unwrap().hash(&mut h);
            let rel = e.path().strip_prefix(&out).unwrap().to_string_lossy();
            (rel.into_owned(), h.finish())
        })
        .collect()
}

/// Temporary files of an unfinished write, anywhere below output/.
fn temporaries(p: &Project) -> Vec<String> {
    walkdir::WalkDir::new(p.file("output"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tandem-tmp-"))
        .map(|e| e.path().display().to_string())
        .collect()
}

/// Each file in `now` has the bytes it had in `before` or in `after`.
fn assert_old_or_new(
    now: &BTreeMap<String, u64>,
    before: &BTreeMap<String, u64>,
    after: &BTreeMap<String, u64>,
    when: &str,
) {
    for (file, hash) in now {
        assert!(
            before.get(file) == Some(hash) || after.get(file) == Some(hash),
            "{when}: output/{file} is neither the previous nor the new file"
        );
    }
}

/// The basic fixture, built (state A), with its inputs then changed so that
/// every edition of `elternabend` changes (state B). Returns the project,
/// the outputs of A, and the outputs a clean build of B makes.
fn changed_project() -> (Project, BTreeMap<String, u64>, BTreeMap<String, u64>) {
    let change = |p: &Project| {
        let md = p.read("content/elternabend.md").replace(
            "Bitte rufen Sie uns an",
            "Bitte rufen Sie uns bis Freitag an",
        );
        p.write("content/elternabend.md", &md);
        let ar = p
            .read("locales/ar/elternabend.ftl")
            .replace("دعوة", "دعوة عامة");
        p.write("locales/ar/elternabend.ftl", &ar);
    };
    let reference = Project::fixture("basic");
    change(&reference);
    reference.tandem(&["build"]).ok();
    let p = Project::fixture("basic");
    p.tandem(&["build"]).ok();
    let before = outputs(&p);
    change(&p);
    let after = outputs(&reference);
    assert_ne!(before, after, "the change must change outputs");
    (p, before, after)
}

/// Runs tandem in `dir` and returns its result and peak memory (KiB).
/// The child is reaped with `wait4` (which reports its memory), not `wait`.
#[allow(clippy::zombie_processes)]
fn measured(dir: &Path, args: &[&str]) -> (Run, u64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut s).unwrap();
        s
    });
    let mut status = 0;
    // SAFETY: plain system call; `rusage` is a plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4");
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    let run = Run {
        code,
        stdout: String::new(),
        stderr: reader.join().unwrap(),
    };
    (run, usage.ru_maxrss as u64)
}

// ---------------------------------------------------------------- size ---

fn front(title: &str) -> String {
    format!("---\ntitle: {title}\nlayout: brochure\n---\n\n")
}

/// Two documents with (empty) Ukrainian translations: 10 000 paragraphs,
/// and one line of 1 MB.
fn large_documents(p: &Project) {
    let many: String = (0..10_000)
        .map(|i| format!("Absatz Nummer {i} mit etwas Text.\n\n"))
        .collect();
    p.write("content/zehntausend.md", &(front("Zehntausend") + &many));
    p.write(
        "content/lange-zeile.md",
        &(front("Lange Zeile") + &"Wort ".repeat(200_000) + "\n"),
    );
    for doc in ["zehntausend", "lange-zeile"] {
        p.write(&format!("locales/uk/{doc}.ftl"), "");
    }
}

#[test]
fn oversized_documents_are_refused_and_large_ones_build_in_bounded_memory() {
    let p = Project::fixture("basic");
    // 20 MB: over the 8 MiB limit, refused with its size.
    let para = "Ein Satz über die Schule und die Anmeldung. ".repeat(40) + "\n\n";
    p.write(
        "content/riesig.md",
        &(front("Riesig") + &para.repeat(20_000_000 / para.len())),
    );
    large_documents(&p);
    let (run, peak) = measured(p.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: content/riesig.md is 19.1 MiB; the limit is 8 MiB"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("help: split the document"),
        "{}",
        run.stderr
    );
    let html = p.read("output/zehntausend/uk.html");
    assert!(html.contains("Absatz Nummer 9999 mit etwas Text."));
    assert_eq!(html.matches("Absatz Nummer ").count(), 2 * 10_000);
    let html = p.read("output/lange-zeile/uk.html");
    assert!(html.len() > 2_000_000);
    assert!(peak < 600 * 1024, "peak memory {} MiB", peak / 1024);
    eprintln!(
        "HTML of 10 000 paragraphs and a 1 MB line: peak {} MiB",
        peak / 1024
    );
}

#[test]
fn ten_thousand_paragraphs_and_a_one_megabyte_line_typeset_to_pdf() {
    let p = Project::fixture("basic");
    large_documents(&p);
    p.tandem(&[
        "build",
        "--lang",
        "uk",
        "--doc",
        "zehntausend",
        "--doc",
        "lange-zeile",
    ])
    .ok();
    let pdf = p.file("output/zehntausend/zehntausend.de-uk.pdf");
    let info = poppler("pdfinfo", &[], &pdf);
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pages > 100, "{info}");
    let text = poppler("pdftotext", &["-f", &pages.to_string()], &pdf);
    assert!(text.contains("Absatz Nummer 9999"), "{text}");
    let pdf = p.file("output/lange-zeile/lange-zeile.de-uk.pdf");
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.matches("Wort").count() >= 200_000, "words lost");
}

#[test]
fn nesting_thousands_of_levels_deep_is_an_error_not_a_crash() {
    let p = Project::fixture("basic");
    let body = format!(
        "{}x\n\n{} tief\n\n{}y\n\n{}a{}\n\n{}a{}\n",
        "- ".repeat(5000),
        ">".repeat(100_000),
        "1. ".repeat(3000),
        "*".repeat(50_000),
        "*".repeat(50_000),
        "[".repeat(30_000),
        "]".repeat(30_000)
    );
    p.write(
        "content/tief.md",
        &format!("---\ntitle: Tief\nlayout: brochure\n---\n\n{body}"),
    );
    let run = p.tandem(&["check"]);
    assert_eq!(run.code, 1);
    for at in [
        "content/tief.md:6:67",
        "content/tief.md:8:34",
        "content/tief.md:10:100",
    ] {
        assert!(run.stdout.contains(at), "{at} missing in\n{}", run.stdout);
    }
    assert!(run
        .stdout
        .contains("error: lists or quotes are nested more than 32 levels deep"));
    // A long line is shown as an excerpt around the column, not whole.
    assert!(
        run.stdout
            .lines()
            .filter(|l| l.contains(" | "))
            .all(|l| l.chars().count() < 200),
        "an overlong line in the report"
    );
}

// ---------------------------------------------------------------- YAML ---

#[test]
fn hostile_front_matter_gives_located_errors() {
    let p = Project::fixture("basic");
    let cases = [
        (
            "bombe",
            format!(
                "vars:\n  a: &a [x, x, x, x, x, x, x, x, x]\n{}",
                ('b'..='h')
                    .zip('a'..='g')
                    .map(|(n, prev)| format!(
                        "  {n}: &{n} [{}]\n",
                        vec![format!("*{prev}"); 9].join(", ")
                    ))
                    .collect::<String>()
            ),
            "error: the YAML aliases (`&name` … `*name`) expand to too much data\n  --> content/bombe.md:2:1",
        ),
        (
            "tief",
            format!("vars:\n  x: {}{}\n", "[".repeat(20_000), "]".repeat(20_000)),
            "error: the YAML is nested too deeply\n  --> content/tief.md:5:",
        ),
        (
            "doppelt",
            "vars:\n  ort: Aula\n  ort: Mensa\n".to_string(),
            "error: vars: duplicate key `ort`\n  --> content/doppelt.md:6:3",
        ),
        (
            "typ",
            "vars: 5\n".to_string(),
            "error: vars: invalid type: integer `5`, expected a map\n  --> content/typ.md:4:7",
        ),
        (
            "datum",
            "date: morgen\n".to_string(),
            "error: `date` must be a date in the form YYYY-MM-DD\n  --> content/datum.md:4:1",
        ),
    ];
    for (name, yaml, _) in &cases {
        p.write(
            &format!("content/{name}.md"),
            &format!("---\ntitle: {name}\nlayout: flyer\n{yaml}---\n\nText.\n"),
        );
    }
    p.write(
        "content/titel.md",
        "---\ntitle: Eins\ntitle: Zwei\nlayout: flyer\n---\n\nText.\n",
    );
    let run = p.tandem(&["check"]);
    assert_eq!(run.code, 1);
    for (_, _, expected) in &cases {
        assert!(
            run.stdout.contains(expected),
            "{expected}\nnot in\n{}",
            run.stdout
        );
    }
    assert!(
        run.stdout
            .contains("error: duplicate field `title`\n  --> content/titel.md:3:1"),
        "{}",
        run.stdout
    );
    // The other documents are still built.
    let run = p.tandem(&["build", "--format", "html"]);
    assert!(
        p.file("output/elternabend/uk.html").is_file(),
        "{}",
        run.stderr
    );
}

#[test]
fn duplicate_languages_in_the_configuration_are_an_error() {
    let p = Project::fixture("basic");
    let config = p.read("tandem.yaml") + "  uk: { name: Ukrainisch }\n";
    p.write("tandem.yaml", &config);
    let run = p.tandem(&["build", "--format", "html"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: languages: duplicate key `uk`\n   --> tandem.yaml:14:3"),
        "{}",
        run.stderr
    );
}

// ------------------------------------------------------ Typst injection ---

#[test]
fn typst_code_in_titles_vars_facts_alt_text_and_links_is_printed_literally() {
    let p = Project::fixture("basic");
    // A 1×1 PNG.
    let png: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0,
        0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0d, 0x49, 0x44,
        0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0, 5, 0, 1, 0xff, 0x89, 0x99,
        0x3d, 0x1d, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];
    std::fs::write(p.file("content/punkt.png"), png).unwrap();
    p.write(
        "content/angriff.md",
        r#"---
title: 'Titel #panic("title") ]; #read("/etc/passwd")'
subtitle: '$ #import "/etc/x": * $'
layout: flyer
languages: [ar]
facts:
  place: "{ $place }"
  cost: '#panic("fact")'
vars:
  place: '#panic("var") \ ] ) }'
---

Text mit { $place } und [Link](https://example.org/#panic("link")).

![Bild #panic("alt") $x$](punkt.png)
"#,
    );
    p.write(
        "locales/ar/angriff.ftl",
        "title = عنوان #panic(\"ar\") ]\nsubtitle = $x$\nfact-place = { $place }\n\
         fact-cost = #panic(\"fact-ar\")\nintro-1 = نص { $place } #eval(\"1\") [رابط](https://example.org/#panic(\"link\"))\n\
         intro-2 = ![صورة #panic(\"alt-ar\")](punkt.png)\n",
    );
    let run = p.tandem(&["build", "--doc", "angriff"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = poppler(
        "pdftotext",
        &[],
        &p.file("output/angriff/angriff.de-ar.pdf"),
    );
    for literal in [
        "#panic(\"title\")",
        "#read(\"/etc/passwd\")",
        "#import",
        "#panic(\"fact\")",
        "#panic(\"var\")",
        // In right-to-left lines pdftotext may move the `#`.
        "panic(\"ar\")",
        "eval(\"1\")",
        "panic(\"fact-ar\")",
    ] {
        assert!(text.contains(literal), "{literal} not printed in\n{text}");
    }
    assert!(
        !text.contains("Bild #panic"),
        "the image became text:\n{text}"
    );
    // The alternative texts are tagged literally (PDF/UA /Alt).
    let pdf = std::fs::read(p.file("output/angriff/angriff.de-ar.pdf")).unwrap();
    let raw = String::from_utf8_lossy(&pdf);
    assert!(raw.contains("/Alt"), "no alternative text in the PDF");
    // The HTML shows the same text, escaped.
    let html = p.read("output/angriff/ar.html");
    assert!(html.contains("#panic(&quot;alt&quot;) $x$") || html.contains("#panic(\"alt\") $x$"));
}

// ------------------------------------------------------- paths outside ---

#[test]
fn an_output_folder_that_links_outside_the_project_is_refused() {
    let p = Project::fixture("basic");
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), p.file("output")).unwrap();
    let run = p.tandem(&["build", "--format", "html"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("error: output is a symbolic link (to "),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);

    // A link inside output/ (to a folder outside) is refused as well.
    std::fs::remove_file(p.file("output")).unwrap();
    p.tandem(&["build", "--format", "html"]).ok();
    std::fs::remove_dir_all(p.file("output/elternabend")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), p.file("output/elternabend")).unwrap();
    let run = p.tandem(&["build", "--format", "html"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: output/elternabend is a symbolic link"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
}

// -------------------------------------------------------- permissions ---

#[test]
fn outputs_are_readable_by_everyone_also_those_of_older_builds() {
    use std::os::unix::fs::PermissionsExt;
    let p = Project::fixture("basic");
    p.tandem(&["build", "--lang", "ar"]).ok();
    let mode = |rel: &str| std::fs::metadata(p.file(rel)).unwrap().permissions().mode() & 0o777;
    let files = [
        "output/index.html",
        "output/elternabend/ar.html",
        "output/elternabend/elternabend.de-ar.pdf",
    ];
    for f in files {
        assert_eq!(mode(f) & 0o044, 0o044, "{f} is not readable by others");
    }
    // Builds before 2026-11-27 left files only their owner could read; an
    // unchanged rebuild makes them readable.
    for f in files {
        std::fs::set_permissions(p.file(f), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    p.tandem(&["build", "--lang", "ar"]).ok();
    for f in files {
        assert_eq!(mode(f) & 0o044, 0o044, "{f} stayed private");
    }
}

// -------------------------------------------------------------- faults ---

/// Makes every folder below `dir` unwritable: by permissions; for root
/// (whom permissions do not stop) with the immutable attribute, or where
/// the file system has none (tmpfs), with a read-only bind mount.
enum ReadOnly {
    Permissions(Vec<std::path::PathBuf>),
    Immutable(Vec<std::path::PathBuf>),
    Mount(std::path::PathBuf),
}

fn run_ok(program: &str, args: &[&std::ffi::OsStr]) -> bool {
    Command::new(program)
        .args(args)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

impl ReadOnly {
    fn new(dir: &Path) -> ReadOnly {
        let dirs: Vec<_> = walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_dir())
            .map(|e| e.path().to_path_buf())
            .collect();
        if unsafe { libc::geteuid() } != 0 {
            use std::os::unix::fs::PermissionsExt;
            for d in &dirs {
                std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o555)).unwrap();
            }
            return ReadOnly::Permissions(dirs);
        }
        let mut done = Vec::new();
        for d in &dirs {
            if !run_ok("chattr", &["+i".as_ref(), d.as_os_str()]) {
                drop(ReadOnly::Immutable(done));
                let d = dir.as_os_str();
                assert!(
                    run_ok("mount", &["--bind".as_ref(), d, d])
                        && run_ok("mount", &["-o".as_ref(), "remount,bind,ro".as_ref(), d]),
                    "as root, neither `chattr +i` nor a read-only bind mount works here"
                );
                return ReadOnly::Mount(dir.to_path_buf());
            }
            done.push(d.clone());
        }
        ReadOnly::Immutable(done)
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        match self {
            ReadOnly::Permissions(dirs) => {
                use std::os::unix::fs::PermissionsExt;
                for d in dirs {
                    let _ = std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755));
                }
            }
            ReadOnly::Immutable(dirs) => {
                for d in dirs {
                    run_ok("chattr", &["-i".as_ref(), d.as_os_str()]);
                }
            }
            ReadOnly::Mount(dir) => {
                run_ok("umount", &[dir.as_os_str()]);
            }
        }
    }
}

#[test]
fn a_read_only_output_folder_is_an_error_and_keeps_every_file() {
    let (p, before, after) = changed_project();
    {
        let _ro = ReadOnly::new(&p.file("output"));
        let run = p.tandem(&["build"]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(run.stderr.contains("error: cannot "), "{}", run.stderr);
        assert!(
            run.stderr.contains("check that output/ is writable")
                || run
                    .stderr
                    .contains("check that the output folder is writable"),
            "{}",
            run.stderr
        );
        assert_eq!(
            outputs(&p),
            before,
            "nothing may change in a read-only folder"
        );
    }
    p.tandem(&["build"]).ok();
    assert_eq!(outputs(&p), after);
    assert!(temporaries(&p).is_empty());
}

#[test]
fn a_full_disk_is_an_error_and_keeps_every_file() {
    use std::os::unix::process::CommandExt;
    let (p, before, after) = changed_project();
    // Files may grow to 20 kB at most (RLIMIT_FSIZE, also for typst): most
    // pages and every PDF fail to be written, as on a full disk.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tandem"));
    cmd.arg("build").current_dir(p.path());
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit {
                rlim_cur: 20_000,
                rlim_max: 20_000,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let run = Run::from(cmd.output().unwrap());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("File too large") || run.stderr.contains("typesetting"),
        "{}",
        run.stderr
    );
    assert_old_or_new(&outputs(&p), &before, &after, "after a full disk");
    assert!(
        outputs(&p).len() >= before.len(),
        "a failed build deleted outputs"
    );
    assert!(temporaries(&p).is_empty(), "{:?}", temporaries(&p));
    p.tandem(&["build"]).ok();
    assert_eq!(outputs(&p), after);
}

#[test]
fn builds_interrupted_at_random_moments_leave_old_or_new_files_and_recover() {
    let (p, before, after) = changed_project();
    // How long a whole build of the change takes, to spread the kills over.
    let probe = Project::fixture("basic");
    let started = std::time::Instant::now();
    probe.tandem(&["build", "--force"]).ok();
    let full = started.elapsed().as_millis() as u64;
    // A fixed seed: the run is repeatable; TANDEM_TEST_SEED varies it.
    let mut seed: u64 = std::env::var("TANDEM_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x7a6e_6465_6d21);
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let rounds = 12;
    for round in 0..rounds {
        let delay = next() % full.max(1);
        let signal = if round % 2 == 0 {
            libc::SIGKILL
        } else {
            libc::SIGINT
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["build", "--force", "-q"])
            .current_dir(p.path())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        unsafe { libc::kill(child.id() as libc::pid_t, signal) };
        child.wait().unwrap();
        let when = format!("round {round}: signal {signal} after {delay} ms");
        assert_old_or_new(&outputs(&p), &before, &after, &when);
        eprintln!("{when}: every output old or new");
    }
    // The next build recovers: the new outputs, no leftovers.
    p.tandem(&["build"]).ok();
    assert_eq!(outputs(&p), after);
    assert!(temporaries(&p).is_empty(), "{:?}", temporaries(&p));
}

#[test]
fn typst_dies_with_tandem_even_when_tandem_is_killed() {
    let p = Project::fixture("basic");
    let pids = p.file("typst-pids");
    let fake = fake_typst(
        &p,
        "0.15.1",
        &format!("echo $$ >> {}\nsleep 30", pids.display()),
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["build", "-q"])
        .current_dir(p.path())
        .env("TANDEM_TYPST", &fake)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while std::fs::read_to_string(&pids).map_or(true, |t| t.lines().count() < 2) {
        assert!(started.elapsed().as_secs() < 20, "typst was never started");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGKILL) };
    child.wait().unwrap();
    for pid in std::fs::read_to_string(&pids).unwrap().lines() {
        let proc = Path::new("/proc").join(pid.trim());
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        // A killed process may stay a zombie of its reaper for a moment.
        let alive = || {
            std::fs::read_to_string(proc.join("stat"))
                .is_ok_and(|s| !s.split(") ").nth(1).is_some_and(|r| r.starts_with('Z')))
        };
        while alive() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(!alive(), "typst {pid} outlived tandem");
    }
}

/// A fake typst that reports `version` and whose compile runs `body`
/// (`$last` is its last argument, the PDF to write).
fn fake_typst(p: &Project, version: &str, body: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let fake = p.file("fake-typst");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'typst {version}'; exit 0; fi\n\
             for last; do :; done\n{body}\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    fake
}

/// `tandem build` with `typst` as its typst.
fn build_with_typst(p: &Project, typst: &Path) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .arg("build")
        .current_dir(p.path())
        .env("TANDEM_TYPST", typst)
        .output()
        .unwrap();
    Run::from(out)
}

/// Every PDF in `now` is the one of `before`.
fn assert_pdfs_kept(now: &BTreeMap<String, u64>, before: &BTreeMap<String, u64>) {
    for (file, hash) in now {
        if file.ends_with(".pdf") {
            assert_eq!(before.get(file), Some(hash), "{file} changed");
        }
    }
}

#[test]
fn a_typst_of_another_version_is_refused_and_the_pdfs_are_kept() {
    let (p, before, _) = changed_project();
    let run = build_with_typst(&p, &fake_typst(&p, "0.13.1 (8ace67d9)", "exit 0"));
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("is typst 0.13.1, but tandem's layouts need typst 0.15.x"),
        "{}",
        run.stderr
    );
    assert!(run
        .stderr
        .contains("cargo install typst-cli --version 0.15.1 --locked"));
    let now = outputs(&p);
    assert_pdfs_kept(&now, &before);
    // The HTML of the change is built all the same.
    assert_ne!(
        now.get("elternabend/ar.html"),
        before.get("elternabend/ar.html")
    );
}

#[test]
fn a_typst_killed_mid_run_or_writing_half_a_pdf_keeps_the_previous_pdf() {
    let (p, before, after) = changed_project();
    for (body, expected) in [
        (
            "printf '%%PDF-1.7\\n1 0 obj' > \"$last\"; kill -9 $$",
            "typst was killed",
        ),
        (
            "printf '%%PDF-1.7\\n1 0 obj' > \"$last\"; exit 0",
            "typst wrote no complete PDF",
        ),
    ] {
        let run = build_with_typst(&p, &fake_typst(&p, "0.15.1 (fake)", body));
        assert_eq!(run.code, 1);
        assert!(run.stderr.contains(expected), "{expected}: {}", run.stderr);
        let now = outputs(&p);
        assert_old_or_new(&now, &before, &after, body);
        assert_pdfs_kept(&now, &before);
        assert!(temporaries(&p).is_empty(), "{:?}", temporaries(&p));
    }
    p.tandem(&["build"]).ok();
    assert_eq!(outputs(&p), after);
}
