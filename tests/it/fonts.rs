//! The per-script size and line height in the layouts (`font-tuning` in
//! layouts/common/tandem.typ, `size-adjust` and `line-height` in
//! layouts/common/tandem.css) are the ones derived from the bundled fonts'
//! outlines (`tandem::fonts::tuning`), not tuned by eye.

use crate::support::repo;
use tandem::fonts::Tuning;

/// Every regular face in fonts/ with its family and derived tuning.
fn derived() -> Vec<(String, Tuning)> {
    let latin_data = std::fs::read(repo().join("fonts/NotoSans-Regular.ttf")).unwrap();
    let latin = ttf_parser::Face::parse(&latin_data, 0).unwrap();
    let mut out = Vec::new();
    for entry in std::fs::read_dir(repo().join("fonts")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with("-Regular.ttf") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        let face = ttf_parser::Face::parse(&data, 0).unwrap();
        let family = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode())
            .and_then(|n| n.to_string())
            .unwrap();
        if let Some(t) = tandem::fonts::tuning(&face, &latin) {
            out.push((family, t));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// `"Noto Naskh Arabic": (scale: 1.19, leading: 1.02em, gap: 0.42em),` in
/// tandem.typ.
fn typst_table() -> Vec<(String, f64, f64, f64)> {
    let typ = std::fs::read_to_string(repo().join("layouts/common/tandem.typ")).unwrap();
    let start = typ.find("#let font-tuning = (").expect("font-tuning table");
    let body = &typ[start..];
    let body = &body[..body.find("\n)").unwrap()];
    body.lines()
        .filter_map(|l| {
            let (family, rest) = l.trim().strip_prefix('"')?.split_once("\": (scale: ")?;
            let (scale, rest) = rest.split_once(", leading: ")?;
            let (leading, rest) = rest.split_once("em, gap: ")?;
            let gap = rest.strip_suffix("em),")?;
            Some((
                family.to_string(),
                scale.parse().ok()?,
                leading.parse().ok()?,
                gap.parse().ok()?,
            ))
        })
        .collect()
}

fn close(a: f64, b: f64, what: &str) {
    assert!(
        (a - b).abs() < 0.006,
        "{what}: {a} in the layout, {b:.3} derived"
    );
}

#[test]
fn the_typst_font_tuning_is_the_derived_one() {
    let derived = derived();
    let table = typst_table();
    let scripts: Vec<&(String, Tuning)> = derived
        .iter()
        .filter(|(f, _)| !f.starts_with("Noto Sans Mono") && f != "Noto Sans")
        .collect();
    assert_eq!(table.len(), scripts.len(), "{table:?}");
    for (family, t) in scripts {
        let (_, scale, leading, gap) = table
            .iter()
            .find(|(f, _, _, _)| f == family)
            .unwrap_or_else(|| panic!("{family} has no entry in font-tuning"));
        close(*scale, t.scale, &format!("{family} scale"));
        close(*leading, t.typst_leading(), &format!("{family} leading"));
        close(*gap, t.block_gap(), &format!("{family} gap"));
    }
    // What the derivation says about the scripts the issue measured.
    let get = |f: &str| derived.iter().find(|(n, _)| n == f).unwrap().1;
    assert!(
        get("Noto Naskh Arabic").scale > 1.15,
        "Naskh reads small at the same size"
    );
    assert!(
        get("Noto Naskh Arabic").baseline > 1.5,
        "Naskh's deep descenders need room"
    );
    assert!(
        get("Noto Nastaliq Urdu").baseline > 2.0,
        "Nastaliq cascades"
    );
}

#[test]
fn the_stylesheet_scales_each_script_font_and_fits_its_lines() {
    let css = std::fs::read_to_string(repo().join("layouts/common/tandem.css")).unwrap();
    for (family, t) in derived() {
        if family == "Noto Sans" || family.starts_with("Noto Sans Mono") {
            continue;
        }
        let faces: Vec<&str> = css
            .lines()
            .filter(|l| l.starts_with(&format!("@font-face {{ font-family: \"{family}\";")))
            .collect();
        assert_eq!(faces.len(), 2, "{family}: regular and bold");
        for face in faces {
            let adjust = face
                .split("size-adjust: ")
                .nth(1)
                .map(|v| v.split('%').next().unwrap().parse::<f64>().unwrap() / 100.0)
                .unwrap_or(1.0);
            close(adjust, t.scale, &format!("{family} size-adjust"));
        }
        let rule = css
            .lines()
            .find(|l| l.contains(&format!("font-family: \"{family}\", \"Noto Sans\"")))
            .unwrap_or_else(|| panic!("{family}: no :lang rule"));
        let line: f64 = rule
            .split("--line: ")
            .nth(1)
            .and_then(|v| v.split(';').next())
            .unwrap_or_else(|| panic!("{family}: no --line in {rule}"))
            .parse()
            .unwrap();
        close(line, t.css_line_height(1.55), &format!("{family} --line"));
    }
}

/// `cargo test --test it -- --nocapture fonts::print_derived` prints the numbers
/// for a new font.
#[test]
fn print_derived() {
    for (family, t) in derived() {
        println!(
            "{family}: {} scale {:.3} baseline {:.3} typst leading {:.3} gap {:.3} css line-height {:.3}",
            t.script,
            t.scale,
            t.baseline,
            t.typst_leading(),
            t.block_gap(),
            t.css_line_height(1.55)
        );
    }
}
