//! Review sign-off (four-eyes): `tandem review`, what undoes a review and
//! what keeps it, `status` and report.json counts, and `build --release`
//! with `release: { require_review: true }`.

use crate::support::{locales, review_of as review, status_of as counts, Project, Run};

#[test]
fn review_signs_off_what_is_current_and_says_what_cannot_be() {
    let p = Project::fixture("basic");
    let before = locales(p.path());
    let dry = p
        .tandem(&["review", "uk", "--by", "Olena K", "--dry-run"])
        .ok();
    assert!(
        dry.said().contains(
            "elternabend · einladung-2: outdated — cannot be signed off; translate it first"
        ),
        "{}",
        dry.said()
    );
    assert!(
        dry.said().contains(
            "5 segment(s) would be signed off by Olena K, 0 reviewed before, \
             7 not current (outdated or missing); nothing written (--dry-run)"
        ),
        "{}",
        dry.said()
    );
    assert!(before == locales(p.path()), "--dry-run wrote a file");

    let run = p.tandem(&["review", "uk", "--by", "Olena K"]).ok();
    assert!(
        run.said().contains(
            "5 segment(s) signed off by Olena K, 0 reviewed before, 7 not current (outdated or missing)"
        ),
        "{}",
        run.said()
    );
    let signed = review(&p, "uk", "elternabend", "einladung-1").expect("einladung-1 reviewed");
    assert_eq!(signed["by"], "Olena K");
    assert!(
        signed["at"].as_str().is_some_and(|at| at.len() >= 10),
        "{signed}"
    );
    assert!(
        signed["translation"].as_str().is_some() && signed["de"].as_str().is_some(),
        "the review keeps what was checked: {signed}"
    );
    assert!(review(&p, "uk", "elternabend", "einladung-2").is_none());
    let c = counts(&p, "elternabend", "uk");
    assert_eq!(
        (c["translated"].as_u64(), c["reviewed"].as_u64()),
        (Some(5), Some(5)),
        "{c}"
    );
    let text = p.tandem(&["status"]).ok();
    assert!(text.stdout.contains("reviewed"), "{}", text.stdout);

    // Again: nothing new, and it says who reviewed before.
    let again = p.tandem(&["review", "uk", "--by", "Olena K"]).ok();
    assert!(
        again
            .said()
            .contains("0 segment(s) signed off by Olena K, 5 reviewed before"),
        "{}",
        again.said()
    );
}

#[test]
fn review_refuses_unknown_documents_segments_and_languages() {
    let p = Project::fixture("basic");
    let before = locales(p.path());
    let fails = |args: &[&str], expected: &[&str]| {
        let run: Run = p.tandem(args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
        for e in expected {
            assert!(run.stderr.contains(e), "{args:?}: {e}\n{}", run.stderr);
        }
    };
    fails(
        &["review", "uk", "--by", "X", "--doc", "nope"],
        &["nope", "elternabend"],
    );
    fails(
        &[
            "review",
            "uk",
            "--by",
            "X",
            "--doc",
            "elternabend",
            "--segment",
            "nope",
        ],
        &["nope", "is not a segment"],
    );
    fails(&["review", "xx", "--by", "X"], &["xx"]);
    assert!(before == locales(p.path()), "a refused review wrote a file");
}

/// Without `--by`, the reviewer is git's user.name; with neither, an error
/// that says how to name one.
#[test]
fn the_reviewer_is_gits_user_name_unless_given_and_someone_must_be() {
    let p = Project::fixture("basic");
    let home = tempfile::tempdir().unwrap();
    let tandem = |args: &[&str]| -> Run {
        std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(args)
            .current_dir(p.path())
            .env("HOME", home.path())
            .env("GIT_CONFIG_GLOBAL", home.path().join("gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("tandem runs")
            .into()
    };
    let none = tandem(&["review", "ar", "--doc", "flyer"]);
    assert_eq!(none.code, 1, "{}", none.stderr);
    assert!(
        none.said().contains("who reviews?") && none.said().contains("--by"),
        "{}",
        none.stderr
    );
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(p.path())
            .env("HOME", home.path())
            .env("GIT_CONFIG_GLOBAL", home.path().join("gitconfig"))
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "Amal Haddad"]);
    let run = tandem(&["review", "ar", "--doc", "flyer"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.said()
            .contains("8 segment(s) signed off by Amal Haddad"),
        "{}",
        run.said()
    );
    assert_eq!(
        review(&p, "ar", "flyer", "title").unwrap()["by"],
        "Amal Haddad"
    );
}

#[test]
fn a_new_translation_or_new_german_needs_a_new_review_an_editorial_accept_does_not() {
    let p = Project::fixture("basic");
    p.tandem(&[
        "review",
        "ar",
        "--by",
        "Amal Haddad",
        "--doc",
        "elternabend",
    ])
    .ok();
    assert_eq!(counts(&p, "elternabend", "ar")["reviewed"], 12);

    // The translator revises a reviewed translation: it is unreviewed.
    let ftl = p.read("locales/ar/elternabend.ftl");
    let revised = ftl.replace("title = اجتماع أولياء الأمور", "title = لقاء أولياء الأمور");
    assert_ne!(ftl, revised);
    p.write("locales/ar/elternabend.ftl", &revised);
    let c = counts(&p, "elternabend", "ar");
    assert_eq!(
        (c["translated"].as_u64(), c["reviewed"].as_u64()),
        (Some(12), Some(11)),
        "{c}"
    );

    // The German changes: outdated, and so not reviewed either.
    let md = p.read("content/elternabend.md");
    p.write(
        "content/elternabend.md",
        &md.replace(
            "Zweitens: Fragen mitbringen.",
            "Zweitens: Fragen und Unterlagen mitbringen.",
        ),
    );
    let c = counts(&p, "elternabend", "ar");
    assert_eq!(
        (c["outdated"].as_u64(), c["reviewed"].as_u64()),
        (Some(1), Some(10)),
        "{c}"
    );

    // A typo fixed and accepted as editorial: still current and reviewed.
    let md = p.read("content/elternabend.md");
    p.write(
        "content/elternabend.md",
        &md.replace(
            "Erstens: **pünktlich** kommen.",
            "Erstens: **pünktlich** kommen!",
        ),
    );
    assert_eq!(counts(&p, "elternabend", "ar")["reviewed"], 9);
    p.tandem(&[
        "accept",
        "--doc",
        "elternabend",
        "--segment",
        "einladung-3-1",
    ])
    .ok();
    let c = counts(&p, "elternabend", "ar");
    assert_eq!(
        (c["outdated"].as_u64(), c["reviewed"].as_u64()),
        (Some(1), Some(10)),
        "{c}"
    );
    let kept = review(&p, "ar", "elternabend", "einladung-3-1").expect("review kept");
    assert_eq!(kept["by"], "Amal Haddad");
    assert!(
        kept["de"].as_str().is_some_and(|de| de.contains("kommen!")),
        "the review now names the accepted German: {kept}"
    );
}

#[test]
fn a_release_that_requires_review_leaves_out_unreviewed_editions_and_says_why() {
    let p = Project::fixture("basic");
    let yaml = p.read("tandem.yaml");
    p.write(
        "tandem.yaml",
        &format!("{yaml}release: {{ require_review: true }}\n"),
    );
    p.tandem(&["review", "ar", "--by", "Amal Haddad", "--doc", "flyer"])
        .ok();
    let run = p.tandem(&["build", "--release", "--format", "html"]).ok();
    assert!(
        run.stderr.contains(
            "left out of the release: elternabend [ar]: 12 of 12 segments not reviewed (title, subtitle,"
        ) && run.stderr.contains("`tandem review ar --doc elternabend`"),
        "{}",
        run.stderr
    );
    assert!(
        p.file("output/flyer/ar.html").exists(),
        "the reviewed flyer is published"
    );
    assert!(!p.file("output/elternabend/ar.html").exists());
    let report: serde_json::Value = serde_json::from_str(&p.read("output/report.json")).unwrap();
    let edition = |doc: &str| {
        report["editions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["doc"] == doc && e["lang"] == "ar")
            .unwrap()
            .clone()
    };
    assert_eq!(edition("flyer")["reviewed"], 8);
    assert_eq!(edition("elternabend")["status"]["state"], "excluded");
    assert!(edition("elternabend")["status"]["reason"]
        .as_str()
        .unwrap()
        .contains("not reviewed"));

    // A document can say otherwise in its front matter.
    let md = p.read("content/elternabend.md");
    p.write(
        "content/elternabend.md",
        &md.replacen(
            "layout: brochure\n",
            "layout: brochure\nrelease: { require_review: false }\n",
            1,
        ),
    );
    let run = p.tandem(&["build", "--release", "--format", "html"]).ok();
    assert!(!run.stderr.contains("elternabend [ar]"), "{}", run.stderr);
    assert!(p.file("output/elternabend/ar.html").exists());
}

/// The language's home page tells readers which publications a second
/// person checked, and which are translated but still waiting for it.
#[test]
fn the_home_page_says_what_a_second_person_checked() {
    let p = Project::fixture("basic");
    let home = |p: &Project| {
        p.tandem(&["build", "--format", "html"]).ok();
        p.read("output/index.ar.html")
    };
    let before = home(&p);
    assert!(!before.contains("class=\"reviewed\"") && !before.contains("unreviewed"));
    p.tandem(&["review", "ar", "--by", "Amal Haddad", "--doc", "flyer"])
        .ok();
    p.tandem(&[
        "review",
        "ar",
        "--by",
        "Amal Haddad",
        "--doc",
        "elternabend",
        "--segment",
        "title",
    ])
    .ok();
    let page = home(&p);
    let item = |href: &str| {
        let at = page.find(&format!("href=\"{href}\"")).expect(href);
        let end = page[at..].find("</li>").unwrap() + at;
        page[at..end].to_string()
    };
    let flyer = item("flyer/ar.html");
    assert!(
        flyer.contains("<span class=\"reviewed\">تمت مراجعته من قِبل شخص ثانٍ</span>"),
        "{flyer}"
    );
    let brochure = item("elternabend/ar.html");
    assert!(
        brochure.contains("مترجم – لم تتم مراجعته بعد من قِبل شخص ثانٍ")
            && !brochure.contains("class=\"reviewed\""),
        "{brochure}"
    );
}
