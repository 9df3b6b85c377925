//! "Nothing crosses its box": every word of a PDF that lies in a table lies
//! inside one of the table's cells.
//!
//! The layouts record each table cell's box when typst is given
//! `--input tandem-probe=cells` (metadata `<tandem-cell>`: page, left edge,
//! top, width; see `render-table` in layouts/common/tandem.typ); `typst
//! eval` reads them from the edition that tandem left in `.tandem/typst/`.
//! poppler's `pdftotext -bbox-layout` gives every word's box in the PDF
//! that tandem wrote. Both use points from the top left of the page.

use std::path::Path;
use std::process::Command;

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Cell {
    pub table: u32,
    #[serde(default)]
    pub row: u32,
    #[serde(default)]
    pub lang: String,
    pub page: u32,
    #[serde(default)]
    pub x: f64,
    pub y: f64,
    #[serde(default)]
    pub w: f64,
    #[serde(default)]
    pub end: bool,
}

#[derive(Debug, Clone)]
pub struct Word {
    pub page: u32,
    pub text: String,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// The cell boxes of an edition's PDF, as its layout records them.
pub fn cells(project: &Path, layout: &str, doc: &str, lang: &str) -> Vec<Cell> {
    let typst = std::env::var("TANDEM_TYPST").unwrap_or_else(|_| "typst".into());
    let out = Command::new(typst)
        .current_dir(project)
        .args(["eval", "query(<tandem-cell>).map(it => it.value)", "--in"])
        .arg(format!("layouts/{layout}/{layout}.typ"))
        .args(["--root", "."])
        .arg("--input")
        .arg(format!("edition=/.tandem/typst/{doc}/{lang}.json"))
        .args(["--input", "tandem-probe=cells", "--font-path", "fonts"])
        .args(["--ignore-system-fonts", "--ignore-embedded-fonts"])
        .output()
        .expect("typst runs (set TANDEM_TYPST)");
    assert!(
        out.status.success(),
        "typst eval: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("cells as JSON")
}

/// Every word of a PDF with its box (`pdftotext -bbox-layout`).
pub fn words(pdf: &Path) -> Vec<Word> {
    let html = super::poppler("pdftotext", &["-bbox-layout"], pdf);
    let mut words = Vec::new();
    for (i, page) in html.split("<page ").skip(1).enumerate() {
        for w in page.split("<word ").skip(1) {
            let attr = |name: &str| -> f64 {
                let at = w.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
                w[at..at + w[at..].find('"').unwrap()].parse().unwrap()
            };
            let text = w[w.find('>').unwrap() + 1..w.find("</word>").unwrap()].to_string();
            words.push(Word {
                page: i as u32 + 1,
                text,
                x0: attr("xMin"),
                y0: attr("yMin"),
                x1: attr("xMax"),
                y1: attr("yMax"),
            });
        }
    }
    words
}

/// The words that lie (vertically) in a table row and reach into the
/// table, but not wholly into one of the row's cells: what crossed its box.
pub fn crossing(cells: &[Cell], words: &[Word]) -> Vec<String> {
    const TOLERANCE: f64 = 0.75;
    let mut problems = Vec::new();
    let mut tables: Vec<(u32, u32)> = cells.iter().map(|c| (c.table, c.page)).collect();
    tables.sort();
    tables.dedup();
    for (table, page) in tables {
        let mine: Vec<&Cell> = cells
            .iter()
            .filter(|c| c.table == table && c.page == page && !c.end)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let end = cells
            .iter()
            .find(|c| c.table == table && c.page == page && c.end)
            .map_or(f64::INFINITY, |c| c.y);
        let left = mine.iter().map(|c| c.x).fold(f64::INFINITY, f64::min);
        let right = mine.iter().map(|c| c.x + c.w).fold(0.0, f64::max);
        let mut tops: Vec<f64> = mine.iter().map(|c| c.y).collect();
        tops.sort_by(f64::total_cmp);
        tops.dedup();
        for w in words.iter().filter(|w| w.page == page) {
            let middle = (w.y0 + w.y1) / 2.0;
            let Some(top) = tops.iter().rev().find(|&&t| t <= middle).copied() else {
                continue;
            };
            if middle > end || w.x1 <= left + TOLERANCE || w.x0 >= right - TOLERANCE {
                continue;
            }
            let inside = mine
                .iter()
                .any(|c| c.y == top && w.x0 >= c.x - TOLERANCE && w.x1 <= c.x + c.w + TOLERANCE);
            if !inside {
                let lang = &mine[0].lang;
                problems.push(format!(
                    "page {page}, table {table} [{lang}], row at {top:.0}pt: `{}` at x {:.1}–{:.1} is in no cell",
                    w.text, w.x0, w.x1
                ));
            }
        }
    }
    problems
}
