//! `tandem status`: how far every edition is translated, counted exactly
//! as a build counts it (the one status rule, [`crate::status`]).

use crate::build::align;
use crate::diag::Diagnostics;
use crate::model::{Counts, REPORT_SCHEMA};
use crate::project::Project;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct StatusRow {
    pub doc: String,
    pub lang: String,
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
    /// Of the translated ones, those a second person checked.
    pub reviewed: usize,
    pub total: usize,
    pub percent: f64,
}

#[derive(Debug, Serialize)]
pub struct StatusReport {
    pub schema: u32,
    pub editions: Vec<StatusRow>,
    pub totals: StatusRow,
}

/// Counts every edition of the project exactly as a build does (see
/// [`crate::status`]). Returns the report and the errors found on the way
/// (an unreadable file, a message that cannot be formatted), which the
/// counts alone would hide.
pub fn status(project: &Project, jobs: usize) -> (StatusReport, Diagnostics) {
    let aligned = align::align_all(project, &project.editions(), None, jobs);
    let mut errors = project.diagnostics.clone();
    errors.extend(aligned.shared);
    let mut editions = Vec::new();
    let mut total = Counts::default();
    for a in aligned.editions {
        errors.extend(a.diagnostics);
        total.translated += a.counts.translated;
        total.outdated += a.counts.outdated;
        total.missing += a.counts.missing;
        total.reviewed += a.counts.reviewed;
        editions.push(row(&a.key.doc, &a.key.lang, a.counts));
    }
    errors.0.retain(|d| d.is_error());
    errors.sort_dedup();
    let report = StatusReport {
        schema: REPORT_SCHEMA,
        editions,
        totals: row("total", "", total),
    };
    (report, errors)
}

fn row(doc: &str, lang: &str, c: Counts) -> StatusRow {
    StatusRow {
        doc: doc.to_string(),
        lang: lang.to_string(),
        translated: c.translated,
        outdated: c.outdated,
        missing: c.missing,
        reviewed: c.reviewed,
        total: c.total(),
        percent: (c.percent() * 10.0).round() / 10.0,
    }
}

/// The status table as text.
pub fn status_table(r: &StatusReport) -> String {
    let width = r
        .editions
        .iter()
        .map(|e| e.doc.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let mut out = format!(
        "{:width$}  {:4}  {:>10}  {:>8}  {:>7}  {:>6}  {:>8}\n",
        "document", "lang", "translated", "outdated", "missing", "done", "reviewed"
    );
    let line = |e: &StatusRow| {
        format!(
            "{:width$}  {:4}  {:>10}  {:>8}  {:>7}  {:>5.0}%  {:>8}\n",
            e.doc,
            e.lang,
            e.translated,
            e.outdated,
            e.missing,
            e.percent.floor(),
            e.reviewed
        )
    };
    for e in &r.editions {
        out.push_str(&line(e));
    }
    out.push_str(&"-".repeat(width + 55));
    out.push('\n');
    out.push_str(&line(&r.totals));
    out
}
