//! `tandem init` and `tandem new`.

#[test]
fn init_scaffolds_a_project_that_builds_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let run = crate::support::tandem_in(dir.path(), &["init", "projekt"]).ok();
    assert!(run.stderr.contains("next steps:"), "{}", run.stderr);
    let root = dir.path().join("projekt");
    let run = crate::support::tandem_in(&root, &["build"]).ok();
    assert!(run.stderr.contains("1 edition(s) built (0 PDF(s) unchanged), 0 left out, 0 failed; 0 error(s), 0 warning(s)"), "{}", run.stderr);
    assert!(root.join("output/willkommen/uk.html").exists());
    assert!(root.join("output/willkommen/willkommen.de-uk.pdf").exists());
    assert!(root.join("layouts/common/home.html").exists());
    let home = std::fs::read_to_string(root.join("output/index.uk.html")).unwrap();
    assert!(home.contains("<h1>Інформація вашою мовою</h1>"), "{home}");
    crate::support::tandem_in(&root, &["check", "--strict"]).ok();
    // A second init refuses to overwrite.
    let run = crate::support::tandem_in(&root, &["init"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("already has a tandem.yaml"),
        "{}",
        run.stderr
    );
}

#[test]
fn new_creates_a_document_from_the_layout_template() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::tandem_in(dir.path(), &["init"]).ok();
    let run =
        crate::support::tandem_in(dir.path(), &["new", "flyer", "veranstaltungen/mieten"]).ok();
    assert!(
        run.stderr
            .contains("created content/veranstaltungen/mieten.md"),
        "{}",
        run.stderr
    );
    let text =
        std::fs::read_to_string(dir.path().join("content/veranstaltungen/mieten.md")).unwrap();
    assert!(text.contains("layout: flyer"));
    let run = crate::support::tandem_in(
        dir.path(),
        &["update", "uk", "--doc", "veranstaltungen/mieten"],
    )
    .ok();
    assert!(
        run.stderr
            .contains("created locales/uk/veranstaltungen/mieten.ftl"),
        "{}",
        run.stderr
    );
    let run = crate::support::tandem_in(dir.path(), &["new", "flyer", "veranstaltungen/mieten"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("already exists"));
}

/// `tandem init` lists every language with built-in labels, commented out.
#[test]
fn init_lists_every_built_in_language_commented_out() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::tandem_in(dir.path(), &["init"]).ok();
    let yaml = std::fs::read_to_string(dir.path().join("tandem.yaml")).unwrap();
    let active: Vec<&str> = yaml
        .lines()
        .filter(|l| {
            l.starts_with("  ") && !l.trim_start().starts_with('#') && l.contains("{ name:")
        })
        .collect();
    assert_eq!(active, ["  uk: { name: Українська }"]);
    let uncommented: String = yaml
        .lines()
        .map(|l| match l.strip_prefix("  # ") {
            Some(rest) if rest.contains(": { name:") => format!("  {rest}\n"),
            _ => format!("{l}\n"),
        })
        .collect();
    let config = tandem::config::Config::parse(&uncommented).expect("every listed language parses");
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    for (code, _) in tandem::labels::BUILT_IN {
        assert!(codes.contains(code), "{code} is listed");
    }
    assert_eq!(codes.len(), tandem::labels::BUILT_IN.len());
    // Each with its name in its own script (not the code, not German).
    let ka = config.language("ka").unwrap();
    assert_eq!(ka.name, "ქართული");
    assert_eq!(ka.fonts, ["Noto Sans Georgian", "Noto Sans"]);
}

/// The first measurement: a new project, then Arabic, Tigrinya,
/// Georgian and Armenian added. The flyer shows their built-in labels, the
/// PDFs use their fonts, and nothing is warned about.
#[test]
fn languages_added_to_a_new_project_get_labels_and_fonts_without_warnings() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::tandem_in(dir.path(), &["init"]).ok();
    let yaml_path = dir.path().join("tandem.yaml");
    let mut yaml = std::fs::read_to_string(&yaml_path).unwrap();
    for code in ["ar", "ti", "ka", "hy"] {
        yaml = yaml.replace(&format!("  # {code}: "), &format!("  {code}: "));
    }
    std::fs::write(&yaml_path, yaml).unwrap();
    for code in ["ar", "ti", "ka", "hy"] {
        crate::support::tandem_in(dir.path(), &["update", code, "--doc", "infoabend"]).ok();
    }
    let run = crate::support::tandem_in(dir.path(), &["build"]).ok();
    assert!(
        run.stderr.contains("0 failed; 0 error(s), 0 warning(s)"),
        "{}",
        run.stderr
    );
    for (code, date_label, font) in [
        ("ar", "التاريخ", "NotoNaskhArabic"),
        ("ti", "ዕለት", "NotoSansEthiopic"),
        ("ka", "თარიღი", "NotoSansGeorgian"),
        ("hy", "Ամսաթիվ", "NotoSansArmenian"),
    ] {
        let page =
            std::fs::read_to_string(dir.path().join(format!("output/infoabend/{code}.html")))
                .unwrap();
        assert!(
            page.contains(&format!("<dt>{date_label}</dt>")),
            "{code}: {page}"
        );
        let pdf = dir
            .path()
            .join(format!("output/infoabend/infoabend.de-{code}.pdf"));
        let fonts = crate::support::poppler("pdffonts", &[], &pdf);
        assert!(fonts.contains(font), "{code}: {fonts}");
    }
}

/// The key facts people put on an event flyer have built-in labels in
/// every language: a phone number is "Telefon" beside "Телефон", not
/// "phone:" with a warning.
#[test]
fn phone_e_mail_deadline_and_interpreter_facts_are_labelled_in_both_columns() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::tandem_in(dir.path(), &["init"]).ok();
    crate::support::tandem_in(dir.path(), &["new", "flyer", "sprechstunde"]).ok();
    let md = dir.path().join("content/sprechstunde.md");
    let text = std::fs::read_to_string(&md).unwrap().replacen(
        "facts:\n",
        "facts:\n  phone: \"04131 26-0\"\n  email: integration@example.org\n  \
         deadline: 1. März 2027\n  interpreter: Arabisch, Dari, Ukrainisch\n",
        1,
    );
    std::fs::write(&md, text).unwrap();
    crate::support::tandem_in(dir.path(), &["update", "uk", "--doc", "sprechstunde"]).ok();
    let run = crate::support::tandem_in(
        dir.path(),
        &["build", "--doc", "sprechstunde", "--format", "html"],
    )
    .ok();
    assert!(
        run.stderr.contains("0 error(s), 0 warning(s)") && !run.stderr.contains("no label"),
        "{}",
        run.stderr
    );
    let page = std::fs::read_to_string(dir.path().join("output/sprechstunde/uk.html")).unwrap();
    for label in [
        "Telefon",
        "Телефон",
        "E-Mail",
        "Електронна пошта",
        "Anmeldeschluss",
        "Кінцевий термін реєстрації",
        "Dolmetschung",
        "Усний переклад",
    ] {
        assert!(
            page.contains(&format!("<dt>{label}</dt>")),
            "{label}: {page}"
        );
    }
}
