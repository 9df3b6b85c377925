//! The translator workflow through the real binary: `update` round trips,
//! `status` and `check` output (snapshots), and Fluent's own syntax fixtures.

use crate::support::Project;

const DOC: &str = "---\ntitle: Elternbrief\nlayout: newsletter\nvars:\n  date: 2027-01-20\n---\n\n## Termine {#termine}\n\nDer Elternabend ist am { $date }.\n\nBitte bringen Sie Ihre Fragen mit.\n\nWir freuen uns auf Sie.\n";

fn project_with(doc: &str) -> Project {
    let p = Project::fixture("basic");
    p.write("content/brief.md", doc);
    p
}

fn fill(p: &Project, rel: &str, translations: &[(&str, &str)]) {
    let mut text = p.read(rel);
    for (id, value) in translations {
        let stub = format!("# {id} =\n");
        assert!(text.contains(&stub), "no stub for {id} in\n{text}");
        text = text.replace(&stub, &format!("{id} = {value}\n"));
    }
    p.write(rel, &text);
}

#[test]
fn update_keeps_work_follows_moves_and_is_idempotent() {
    let p = project_with(DOC);
    let run = p.tandem(&["update", "uk", "--doc", "brief"]).ok();
    assert!(
        run.stderr
            .contains("created locales/uk/brief.ftl: 0 translated, 0 outdated, 5 missing"),
        "{}",
        run.stderr
    );
    let file = "locales/uk/brief.ftl";
    assert!(p
        .read(file)
        .contains("# de: Der Elternabend ist am { $date }.\n# termine-1 =\n"));
    // A stub is missing, not German published as a translation.
    p.tandem(&[
        "build", "--format", "html", "--doc", "brief", "--lang", "uk",
    ])
    .ok();
    assert!(p.read("output/brief/uk.html").contains("status-missing"));

    fill(
        &p,
        file,
        &[
            ("title", "Лист для батьків"),
            ("termine", "Дати"),
            ("termine-1", "Батьківські збори відбудуться { $date }."),
            ("termine-2", "Будь ласка, візьміть із собою свої запитання."),
            ("termine-3", "Ми чекаємо на вас."),
        ],
    );
    // Filled stubs become messages: the layout closes up around them once.
    let run = p.tandem(&["update", "uk", "--doc", "brief"]).ok();
    assert!(
        run.stderr
            .contains("updated locales/uk/brief.ftl: 5 translated"),
        "{}",
        run.stderr
    );
    let run = p.tandem(&["update", "uk", "--doc", "brief"]).ok();
    assert!(
        run.stderr
            .contains("unchanged locales/uk/brief.ftl: 5 translated"),
        "{}",
        run.stderr
    );

    // The editor inserts a paragraph, moves one, edits one and deletes one.
    let edited = DOC
        .replace("Der Elternabend ist am { $date }.\n\nBitte bringen Sie Ihre Fragen mit.\n\nWir freuen uns auf Sie.\n",
                 "Neu: Es gibt Kaffee.\n\nWir freuen uns auf Sie!\n\nDer Elternabend ist am { $date }.\n");
    p.write("content/brief.md", &edited);
    let run = p.tandem(&["update", "uk", "--doc", "brief"]).ok();
    assert!(
        run.stderr.contains(
            "updated locales/uk/brief.ftl: 3 translated, 1 outdated, 1 missing, 1 obsolete"
        ),
        "{}",
        run.stderr
    );
    let text = p.read(file);
    assert!(text.contains("# de: Der Elternabend ist am { $date }.\ntermine-3 = Батьківські збори відбудуться { $date }.\n"), "moved paragraph follows its German:\n{text}");
    assert!(
        text.contains(
            "# de: Wir freuen uns auf Sie!\n# de-before: Wir freuen uns auf Sie.\n# outdated"
        ),
        "{text}"
    );
    assert!(text.contains("termine-2 = Ми чекаємо на вас."), "{text}");
    assert!(
        text.contains("# de: Neu: Es gibt Kaffee.\n# termine-1 =\n"),
        "{text}"
    );
    assert!(
        text.contains("## OBSOLETE")
            && text.contains("Будь ласка, візьміть із собою свої запитання."),
        "nothing is lost:\n{text}"
    );
    let run = p.tandem(&["update", "uk", "--doc", "brief"]).ok();
    assert!(
        run.stderr.contains("unchanged"),
        "running it twice changes nothing: {}",
        run.stderr
    );
    // The build shows the outdated mark; the file parses.
    p.tandem(&[
        "build", "--format", "html", "--doc", "brief", "--lang", "uk",
    ])
    .ok();
    assert!(p.read("output/brief/uk.html").contains("mark-outdated"));
}

#[test]
fn update_refuses_a_file_with_syntax_errors() {
    let p = project_with(DOC);
    p.write(
        "locales/uk/brief.ftl",
        "title = Лист\ntermine-1 = { $date\n",
    );
    let before = p.read("locales/uk/brief.ftl");
    let run = p.tandem(&["update", "uk", "--doc", "brief"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "not updated: locales/uk/brief.ftl has errors; fix them first so that nothing is lost"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(p.read("locales/uk/brief.ftl"), before);
}

#[test]
fn extract_writes_parseable_german_reference_files() {
    let p = project_with(DOC);
    p.tandem(&["extract"]).ok();
    let de = p.read("locales/de/brief.ftl");
    insta::assert_snapshot!("extract_brief", de);
}

#[test]
fn status_table_and_json() {
    let p = Project::fixture("basic");
    let run = p.tandem(&["status"]).ok();
    insta::assert_snapshot!("status_table", run.stdout);
    let run = p.tandem(&["status", "--format", "json"]).ok();
    insta::assert_snapshot!("status_json", run.stdout);
}

#[test]
fn check_reports_every_kind_of_mistake() {
    let p = Project::fixture("basic");
    p.write(
        "locales/prs/elternabend.ftl",
        concat!(
            "# de: Elternabend\n",
            "title = جلسه والدين\n",
            "\n",
            "# de: Einladung\n",
            "einladung = دعوت { -schule }\n",
            "\n",
            "# de: Der Elternabend ist am { $date } um { $time } in der { $place }.\n",
            "einladung-1 = جلسه در { $date } ساعت { $time } \u{202E}برگزار می‌شود.\n",
            "\n",
            "# de: Bitte rufen Sie uns an: { $phone }. Mehr unter [unserer Seite](<https://example.org/info>).\n",
            "einladung-2 = لطفاً با ما تماس بگیرید: { $phone }. **بیشتر در [صفحه ما](<https://example.org/andere>).\n",
            "\n",
            "# de: Gymnasium\n",
            "einladung-4-2-1 = Gymnasium\n",
            "\n",
            "# de: Weg damit\n",
            "alt-1 = قدیمی\n",
            "\n",
            "einladung-3-1 = \u{200B}اول\n",
        ),
    );
    let run = p.tandem(&["check"]);
    assert_eq!(run.code, 1, "unknown term is an error");
    insta::assert_snapshot!("check_human", run.stdout);
    let run = p.tandem(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(json["schema"], 1);
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    for code in [
        "arabic-letter",
        "unknown-term",
        "dropped-variable",
        "bidi-control",
        "link-changed",
        "unbalanced-markup",
        "same-as-german",
        "obsolete",
        "invisible-character",
    ] {
        assert!(codes.contains(&code), "{code} missing in {codes:?}");
    }
    let d = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "unknown-term")
        .unwrap();
    assert_eq!(d["location"]["file"], "locales/prs/elternabend.ftl");
    assert_eq!(d["location"]["line"], 5);
    assert_eq!(d["location"]["column"], 20);
}

#[test]
fn check_strict_fails_on_warnings_only_when_asked() {
    let p = Project::fixture("basic");
    let run = p.tandem(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let run = p.tandem(&["check", "--strict"]);
    assert_eq!(
        run.code, 1,
        "the fixture has warnings (raw HTML, missing labels)"
    );
}

#[test]
fn fluent_syntax_fixtures_give_clean_results_or_located_errors() {
    let dir = crate::support::repo().join("tests/data/fluent-syntax-fixtures");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 39);
    let p = Project::fixture("basic");
    let (mut clean, mut with_errors) = (0, 0);
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        std::fs::write(p.file("locales/uk/elternabend.ftl"), &bytes).unwrap();
        let run = p.tandem(&["check", "--format", "json"]);
        assert!(
            run.code == 0 || run.code == 1,
            "{}: exit {} (panic?)\n{}",
            f.display(),
            run.code,
            run.stderr
        );
        let json: serde_json::Value = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("{}: {e}\n{}", f.display(), run.stderr));
        let syntax: Vec<&serde_json::Value> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| {
                d["code"] == "fluent-syntax"
                    && d["location"]["file"] == "locales/uk/elternabend.ftl"
            })
            .collect();
        for d in &syntax {
            assert_eq!(d["severity"], "error", "Junk is always an error");
            assert!(
                d["location"]["line"].as_u64().unwrap() >= 1
                    && d["location"]["column"].as_u64().unwrap() >= 1
            );
        }
        let has_junk = String::from_utf8_lossy(&bytes).lines().any(|_| true)
            && fluent_syntax::parser::parse(String::from_utf8_lossy(&bytes).as_ref()).is_err();
        assert_eq!(
            has_junk,
            !syntax.is_empty(),
            "{}: parser errors and diagnostics agree",
            f.display()
        );
        if syntax.is_empty() {
            clean += 1
        } else {
            with_errors += 1
        }
    }
    println!("Fluent syntax fixtures: {clean} clean, {with_errors} with located errors, 0 panics");
}

#[test]
fn typographic_changes_to_the_german_make_nothing_outdated() {
    let p = project_with(&DOC.replace(
        "Wir freuen uns auf Sie.",
        "Wir freuen uns auf \"Sie\" - bis bald...",
    ));
    p.tandem(&["update", "uk", "--doc", "brief"]).ok();
    fill(
        &p,
        "locales/uk/brief.ftl",
        &[("termine-3", "Ми чекаємо на вас – до зустрічі…")],
    );
    p.tandem(&["update", "uk", "--doc", "brief"]).ok();
    // Quotes, dash, ellipsis, spaces and NFD: the same German.
    p.write(
        "content/brief.md",
        &DOC.replace(
            "Wir freuen uns auf Sie.",
            "Wir  freuen uns auf „Sie“ – bis bald…",
        ),
    );
    let run = p.tandem(&["update", "uk", "--doc", "brief"]).ok();
    assert!(run.stderr.contains(", 0 outdated,"), "{}", run.stderr);
    let text = p.read("locales/uk/brief.ftl");
    assert!(
        text.contains("# de: Wir  freuen uns auf „Sie“ – bis bald…\ntermine-3 ="),
        "{text}"
    );
    // A change of meaning does.
    p.write(
        "content/brief.md",
        &DOC.replace("Wir freuen uns auf Sie.", "Wir freuen uns nicht."),
    );
    let run = p.tandem(&["update", "uk", "--doc", "brief"]).ok();
    assert!(run.stderr.contains(", 1 outdated,"), "{}", run.stderr);
}

/// Runs the real binary in `p` with one more environment variable.
fn tandem_with_env(p: &Project, args: &[&str], (key, value): (&str, &str)) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .current_dir(p.path())
        .env(key, value)
        .output()
        .expect("tandem runs")
}

/// The three files one save of `brief`'s Ukrainian translation writes.
const SAVED: [&str; 3] = [
    "locales/uk/brief.ftl",
    "locales/.record/uk/brief.json",
    "locales/.record/de/brief.json",
];

fn journals(p: &Project) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(p.file(".tandem/commits"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

#[test]
fn a_kill_between_the_translation_and_its_record_is_finished_by_the_next_command() {
    use std::os::unix::process::ExitStatusExt;
    let clean = project_with(DOC);
    clean.tandem(&["update", "uk", "--doc", "brief"]).ok();

    let p = project_with(DOC);
    let killed = tandem_with_env(
        &p,
        &["update", "uk", "--doc", "brief"],
        ("TANDEM_FAILPOINT", "commit-between-files"),
    );
    assert_eq!(killed.status.signal(), Some(libc::SIGABRT), "{killed:?}");
    // Killed after the translation file, before its record.
    assert!(p.file(SAVED[0]).exists() && !p.file(SAVED[1]).exists());
    assert_eq!(journals(&p).len(), 1);

    // `check` prints every diagnostic, warnings too.
    let run = p.tandem(&["check"]).ok();
    assert!(
        run.stdout
            .contains("finished an interrupted save of locales/uk/brief.ftl"),
        "{}",
        run.stdout
    );
    assert!(journals(&p).is_empty());
    for rel in SAVED {
        assert_eq!(p.read(rel), clean.read(rel), "{rel}");
    }
    // Nothing left to do: the next command says nothing of it.
    assert!(!p.tandem(&["check"]).ok().stdout.contains("interrupted"));
}

#[test]
fn a_translation_edited_after_a_kill_is_not_overwritten_by_the_interrupted_save() {
    let p = project_with(DOC);
    tandem_with_env(
        &p,
        &["update", "uk", "--doc", "brief"],
        ("TANDEM_FAILPOINT", "commit-between-files"),
    );
    let edited = p.read(SAVED[0]).replace(
        "# termine-1 =\n",
        "termine-1 = Батьківські збори { $date }.\n",
    );
    p.write(SAVED[0], &edited);
    let run = p.tandem(&["check"]).ok();
    assert!(
        run.stdout
            .contains("locales/uk/brief.ftl changed since; nothing was overwritten"),
        "{}",
        run.stdout
    );
    assert_eq!(p.read(SAVED[0]), edited);
    let left = journals(&p);
    assert!(
        left.len() == 1 && left[0].to_string_lossy().ends_with(".json.stale"),
        "{left:?}"
    );
}
