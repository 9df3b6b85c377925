//! Translation platforms with their own libraries (installed by `./dev
//! test` into .tools/venv, see tests/platforms/requirements.txt): Weblate
//! (translate-toolkit's FluentFile, as Weblate's format layer calls it),
//! Pontoon (moz.l10n regenerating the file from the German reference) and
//! plain fluent.syntax, on this repository's sample project. And Mozilla's
//! compare-locales: everything it reports, `tandem check` reports too.

use crate::support::{repo, tandem_in};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn python() -> PathBuf {
    let python = std::env::var_os("TANDEM_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join(".tools/venv/bin/python"));
    assert!(
        python.exists(),
        "{} is missing: `./dev test` installs the Python packages of tests/platforms",
        python.display()
    );
    python
}

/// A copy of the sample project with its German reference files.
struct Sample {
    dir: tempfile::TempDir,
}

impl Sample {
    fn new() -> Sample {
        let s = Sample {
            dir: crate::support::Project::sample().dir,
        };
        s.tandem(&["extract"]);
        s
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path().join(rel), text).unwrap();
    }

    fn tandem(&self, args: &[&str]) -> String {
        let run = tandem_in(self.path(), args);
        assert_eq!(
            run.code, 0,
            "tandem {args:?}:\n{}{}",
            run.stdout, run.stderr
        );
        format!("{}{}", run.stdout, run.stderr)
    }

    /// Runs tests/platforms/platform.py.
    fn platform(&self, args: &[&str]) {
        let script = repo().join("tests/platforms/platform.py");
        let out = Command::new(python())
            .arg(script)
            .args(args)
            .current_dir(self.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "platform.py {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Weblate saves `edits` (id, text) into `locales/<lang>/<doc>.ftl`.
    fn weblate(&self, lang: &str, doc: &str, edits: &[(&str, &str)]) {
        let (tpl, tr) = (
            format!("locales/de/{doc}.ftl"),
            format!("locales/{lang}/{doc}.ftl"),
        );
        let mut args = vec!["weblate", tpl.as_str(), tr.as_str(), lang];
        args.extend(edits.iter().flat_map(|(id, v)| [*id, *v]));
        self.platform(&args);
    }

    /// Pontoon writes `locales/<lang>/<doc>.ftl` with `edits`.
    fn pontoon(&self, lang: &str, doc: &str, edits: &[(&str, &str)]) {
        let (tpl, tr) = (
            format!("locales/de/{doc}.ftl"),
            format!("locales/{lang}/{doc}.ftl"),
        );
        let mut args = vec!["pontoon", tpl.as_str(), tr.as_str()];
        args.extend(edits.iter().flat_map(|(id, v)| [*id, *v]));
        self.platform(&args);
    }

    /// (translated, outdated, missing) of an edition.
    fn counts(&self, doc: &str, lang: &str) -> (u64, u64, u64) {
        let status: Value =
            serde_json::from_str(&self.tandem(&["status", "--format", "json"])).unwrap();
        let e = status["editions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["doc"] == doc && e["lang"] == lang)
            .unwrap_or_else(|| panic!("no edition {doc} [{lang}]"));
        let n = |k: &str| e[k].as_u64().unwrap();
        (n("translated"), n("outdated"), n("missing"))
    }

    fn status(&self) -> String {
        self.tandem(&["status", "--format", "json"])
    }

    /// Saves every translation file through a platform (`save(lang, doc,
    /// rel)`) and checks that not a byte changed, nor the status.
    fn assert_saves_change_nothing(&self, platform: &str, save: impl Fn(&str, &str, &str)) {
        let before = self.status();
        for (lang, doc) in document_files(self) {
            let rel = format!("locales/{lang}/{doc}.ftl");
            let text = self.read(&rel);
            save(&lang, &doc, &rel);
            assert_eq!(self.read(&rel), text, "{platform} rewrote {rel}");
        }
        assert_eq!(self.status(), before);
    }

    fn edit_german(&self, from: &str, to: &str) {
        let md = self.read("content/schulwechsel.md");
        assert!(md.contains(from), "{from}");
        self.write("content/schulwechsel.md", &md.replacen(from, to, 1));
    }
}

/// Every translation file of the sample that `update` wrote.
fn document_files(s: &Sample) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(s.path().join("locales"))
        .into_iter()
        .flatten()
    {
        let rel = entry
            .path()
            .strip_prefix(s.path())
            .unwrap()
            .to_string_lossy()
            .to_string();
        let name = entry.file_name().to_string_lossy();
        if rel.ends_with(".ftl") && !name.starts_with('_') && !rel.starts_with("locales/de/") {
            let parts: Vec<&str> = rel.trim_end_matches(".ftl").splitn(3, '/').collect();
            out.push((parts[1].to_string(), parts[2].to_string()));
        }
    }
    out.sort();
    out
}

const VORWORT_2: &str = "Vielleicht kennen Sie das Schulsystem in Deutschland noch nicht gut.";

#[test]
fn weblate_saves_change_nothing_and_revising_clears_outdated() {
    let s = Sample::new();
    // A platform saving any file tandem wrote changes no byte.
    s.assert_saves_change_nothing("Weblate", |lang, doc, _| s.weblate(lang, doc, &[]));

    // A new translation made on the platform (Turkish is unfinished).
    let (t, _, m) = s.counts("schulwechsel", "tr");
    s.weblate(
        "tr",
        "schulwechsel",
        &[("abschluesse", "Hangi diplomalar var?")],
    );
    assert_eq!(
        s.counts("schulwechsel", "tr"),
        (t + 1, 0, m - 1),
        "counted at once"
    );
    let out = s.tandem(&["update", "tr", "--doc", "schulwechsel"]);
    assert!(out.contains("updated locales/tr/schulwechsel.ftl"), "{out}");
    let tr = s.read("locales/tr/schulwechsel.ftl");
    assert!(
        tr.contains("# de: Welche Abschlüsse gibt es?\nabschluesse = Hangi diplomalar var?\n")
            && !tr.contains("# abschluesse ="),
        "moved to its place with its German:\n{tr}"
    );
    let record = s.read("locales/.record/tr/schulwechsel.json");
    assert!(record.contains("\"abschluesse\""), "{record}");
    s.weblate("tr", "schulwechsel", &[]);
    assert_eq!(
        s.read("locales/tr/schulwechsel.ftl"),
        tr,
        "the next save is a no-op"
    );

    // The German changes: outdated everywhere.
    s.edit_german(
        VORWORT_2,
        "Vielleicht kennen Sie das Schulsystem in Deutschland noch gar nicht.",
    );
    for lang in ["uk", "ar"] {
        s.tandem(&["update", lang, "--doc", "schulwechsel"]);
        assert_eq!(s.counts("schulwechsel", lang).1, 1, "{lang}");
        let text = s.read(&format!("locales/{lang}/schulwechsel.ftl"));
        s.weblate(lang, "schulwechsel", &[]);
        assert_eq!(s.read(&format!("locales/{lang}/schulwechsel.ftl")), text);
    }
    // Revised on the platform: current at once, without touching a comment.
    s.weblate(
        "uk",
        "schulwechsel",
        &[(
            "vorwort-2",
            "Можливо, ви ще зовсім не знаєте шкільної системи Німеччини.",
        )],
    );
    assert_eq!(s.counts("schulwechsel", "uk").1, 0, "revised: current");
    // Another unit saved: the unchanged outdated one stays outdated.
    s.weblate("ar", "schulwechsel", &[("vorwort", "مقدمة")]);
    assert_eq!(
        s.counts("schulwechsel", "ar").1,
        1,
        "unchanged: still outdated"
    );
    // update tidies the comments and records the new German; the next save is a no-op.
    s.tandem(&["update", "uk", "--doc", "schulwechsel"]);
    let uk = s.read("locales/uk/schulwechsel.ftl");
    assert!(
        !uk.contains("# de-before:") && !uk.contains("# outdated:"),
        "{uk}"
    );
    s.weblate("uk", "schulwechsel", &[]);
    assert_eq!(s.read("locales/uk/schulwechsel.ftl"), uk);
    assert_eq!(s.counts("schulwechsel", "uk").1, 0);
}

#[test]
fn pontoon_writes_keep_outdated_outdated_and_revising_clears_it() {
    let s = Sample::new();
    s.edit_german(
        VORWORT_2,
        "Vielleicht kennen Sie das Schulsystem in Deutschland noch gar nicht.",
    );
    s.tandem(&["update", "uk", "--doc", "schulwechsel"]);
    let before = s.counts("schulwechsel", "uk");
    assert_eq!(before.1, 1);
    // Pontoon regenerates the file from the German reference: every
    // tandem comment is gone, yet the record keeps the outdated one outdated.
    s.pontoon("uk", "schulwechsel", &[("vorwort", "Передмова")]);
    let written = s.read("locales/uk/schulwechsel.ftl");
    assert!(
        !written.contains("# de:"),
        "Pontoon replaced the comments:\n{written}"
    );
    assert_eq!(s.counts("schulwechsel", "uk"), before);
    // Revised in Pontoon: current.
    s.pontoon(
        "uk",
        "schulwechsel",
        &[(
            "vorwort-2",
            "Можливо, ви ще зовсім не знаєте шкільної системи Німеччини.",
        )],
    );
    assert_eq!(s.counts("schulwechsel", "uk"), (before.0 + 1, 0, before.2));
    // update restores tandem's layout without adopting the reference comments.
    s.tandem(&["update", "uk", "--doc", "schulwechsel"]);
    let uk = s.read("locales/uk/schulwechsel.ftl");
    assert!(uk.contains("# de: Vorwort\nvorwort = Передмова\n"), "{uk}");
    assert!(
        !uk.contains("· content/schulwechsel.md:"),
        "reference comments are not kept as notes"
    );
    assert_eq!(s.counts("schulwechsel", "uk"), (before.0 + 1, 0, before.2));
}

#[test]
fn fluent_syntax_saves_change_nothing() {
    let s = Sample::new();
    s.assert_saves_change_nothing("fluent.syntax", |_, _, rel| {
        s.platform(&["fluent", rel]);
    });
    // A message added at the end, as a platform would: counted, then
    // recorded with the current German and moved to its place by update.
    s.platform(&[
        "fluent",
        "locales/tr/schulwechsel.ftl",
        "abschluesse",
        "Hangi diplomalar var?",
    ]);
    s.tandem(&["update", "tr", "--doc", "schulwechsel"]);
    let tr = s.read("locales/tr/schulwechsel.ftl");
    assert!(
        tr.contains("# de: Welche Abschlüsse gibt es?\nabschluesse = Hangi diplomalar var?\n"),
        "{tr}"
    );
}

/// The change "wichtiger" → "großer" of the issue: accepted as editorial,
/// every language stays current and in the release.
#[test]
fn an_editorial_change_accepted_keeps_every_language_current_and_published() {
    let s = Sample::new();
    let langs = ["uk", "ar", "prs", "en", "ru"];
    s.edit_german(
        "Das ist ein wichtiger Schritt",
        "Das ist ein großer Schritt",
    );
    for lang in langs {
        s.tandem(&["update", lang, "--doc", "schulwechsel"]);
        assert_eq!(
            s.counts("schulwechsel", lang).1,
            1,
            "{lang}: outdated before accepting"
        );
    }
    let dry = s.tandem(&["accept", "--doc", "schulwechsel", "--dry-run"]);
    assert!(dry.contains("ein [-wichtiger-]{+großer+} Schritt"), "{dry}");
    assert!(
        dry.contains("would stay current in: uk ar prs tr en ru"),
        "{dry}"
    );
    assert_eq!(
        s.counts("schulwechsel", "uk").1,
        1,
        "a dry run writes nothing"
    );
    s.tandem(&["accept", "--doc", "schulwechsel"]);
    for lang in langs {
        assert_eq!(s.counts("schulwechsel", lang).1, 0, "{lang}");
    }
    let run = tandem_in(s.path(), &["build", "--release", "--format", "html"]);
    for lang in langs {
        assert!(
            s.path()
                .join(format!("output/schulwechsel/{lang}.html"))
                .is_file(),
            "{lang}: {}",
            run.stderr
        );
    }
    // A platform's next save changes nothing.
    let uk = s.read("locales/uk/schulwechsel.ftl");
    s.weblate("uk", "schulwechsel", &[]);
    assert_eq!(s.read("locales/uk/schulwechsel.ftl"), uk);
}

#[test]
fn accept_never_touches_a_translation_made_from_other_german() {
    let s = Sample::new();
    // A change of meaning: uk revises, ar does not.
    s.edit_german(
        VORWORT_2,
        "Vielleicht kennen Sie das Schulsystem in Deutschland noch gar nicht.",
    );
    for lang in ["uk", "ar"] {
        s.tandem(&["update", lang, "--doc", "schulwechsel"]);
    }
    s.weblate(
        "uk",
        "schulwechsel",
        &[(
            "vorwort-2",
            "Можливо, ви ще зовсім не знаєте шкільної системи Німеччини.",
        )],
    );
    s.tandem(&["update", "uk", "--doc", "schulwechsel"]);
    // Then a typo fix.
    s.edit_german("noch gar nicht.", "noch gar nicht!");
    let out = s.tandem(&["accept", "--doc", "schulwechsel", "--segment", "vorwort-2"]);
    assert!(out.contains("stay current in: uk"), "{out}");
    assert!(out.contains("not accepted in ar (made from other German): Vielleicht kennen Sie das Schulsystem in Deutschland noch nicht gut."), "{out}");
    assert_eq!(s.counts("schulwechsel", "uk").1, 0);
    assert_eq!(s.counts("schulwechsel", "ar").1, 1);
    // Unknown names are errors that change nothing.
    let files = document_files(&s)
        .iter()
        .map(|(l, d)| s.read(&format!("locales/{l}/{d}.ftl")))
        .collect::<Vec<_>>();
    let run = tandem_in(s.path(), &["accept", "--doc", "nope"]);
    assert!(
        run.code == 1 && run.stderr.contains("`--doc nope`: no such document"),
        "{}",
        run.stderr
    );
    let run = tandem_in(
        s.path(),
        &["accept", "--doc", "schulwechsel", "--segment", "no-such-id"],
    );
    assert!(
        run.code == 1
            && run
                .stderr
                .contains("`--segment no-such-id` is not a segment of schulwechsel"),
        "{}",
        run.stderr
    );
    let after = document_files(&s)
        .iter()
        .map(|(l, d)| s.read(&format!("locales/{l}/{d}.ftl")))
        .collect::<Vec<_>>();
    assert_eq!(files, after, "nothing changed");
}

/// compare-locales, run on the sample (reference: `tandem extract`) and on
/// a file with one of each problem it knows: every warning and error it
/// reports, `tandem check` reports too, at the same message.
#[test]
fn check_reports_everything_compare_locales_reports() {
    let s = Sample::new();
    // The sample with the Ukrainian term forms undone: the two warnings
    // compare-locales gave before (issue #13).
    let uk = s
        .read("locales/uk/schulwechsel.ftl")
        .replace("{ -landkreis(case: \"locative\") }", "окрузі Люнебург");
    s.write("locales/uk/schulwechsel.ftl", &uk);
    let news = s
        .read("locales/uk/newsletter/ausgabe-1.ftl")
        .replace("{ -landkreis(case: \"locative\") }", "окрузі Люнебург");
    s.write("locales/uk/newsletter/ausgabe-1.ftl", &news);
    // One of each other kind in the Russian brochure.
    let ru = s.read("locales/ru/schulwechsel.ftl");
    let ru = ru
        .replace("\nvorwort = ", "\nvorwort = { -landkreis } ")
        .replace("\nvorwort-2 = ", "\nvorwort-2 = \u{FFFD} ")
        .replace(
            "\nvorwort-3 = ",
            "\nvorwort-3 = { $n ->\n    [one] eins\n    [one] zwei\n   *[other] drei\n } ",
        );
    s.write("locales/ru/schulwechsel.ftl", &ru);
    let toml = s.path().join("l10n.toml");
    std::fs::write(
        &toml,
        "basepath = \".\"\nlocales = [\"uk\", \"ru\"]\n[[paths]]\n    reference = \"{l10n_base}/de/**/*.ftl\"\n    l10n = \"{l10n_base}/{locale}/**/*.ftl\"\n",
    )
    .unwrap();
    let json = s.path().join("compare.json");
    let out = Command::new(python().with_file_name("compare-locales"))
        .args(["--return-zero", "--json"])
        .arg(&json)
        .arg(&toml)
        .arg(s.path().join("locales"))
        .args(["uk", "ru"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reported = compare_locales_messages(
        &serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap(),
    );
    assert!(
        reported
            .iter()
            .any(|(f, id, m)| f.ends_with("uk/schulwechsel.ftl")
                && id == "schulsystem-5"
                && m.contains("-landkreis")),
        "{reported:?}"
    );
    assert!(reported.len() >= 5, "{reported:?}");
    let check = tandem_in(s.path(), &["check", "--format", "json"]);
    let check: Value = serde_json::from_str(&check.stdout).unwrap();
    let diags = check["diagnostics"].as_array().unwrap();
    for (file, id, message) in &reported {
        let found = diags.iter().any(|d| {
            d["location"]["file"]
                .as_str()
                .is_some_and(|f| file.ends_with(f.trim_start_matches("locales/")))
                && d["message"]
                    .as_str()
                    .is_some_and(|m| m.contains(&format!("`{id}`")))
        });
        assert!(
            found,
            "compare-locales: {file} {id}: {message}\nnot reported by tandem check"
        );
    }
}

/// (file, message ID, text) of every warning and error in compare-locales' JSON.
fn compare_locales_messages(json: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    fn walk(v: &Value, path: &str, out: &mut Vec<(String, String, String)>) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    if k == "warning" || k == "error" {
                        let text = child.as_str().unwrap_or_default().to_string();
                        let id = text
                            .rsplit(" for ")
                            .next()
                            .unwrap_or_default()
                            .trim()
                            .to_string();
                        out.push((path.to_string(), id, text));
                    } else {
                        let p = if path.is_empty() {
                            k.clone()
                        } else {
                            format!("{path}/{k}")
                        };
                        walk(child, &p, out);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, path, out)),
            _ => {}
        }
    }
    for report in json.as_array().into_iter().flatten() {
        walk(&report["details"], "", &mut out);
    }
    out
}
