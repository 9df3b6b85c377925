//! What a build reports: each edition's outcome and counts, the problems
//! found, and for a release `output/report.json` (schema in docs/reports.md).

use crate::build::state::State;
use crate::diag::{Diagnostics, Severity};
use crate::model::{Counts, EditionKey};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "lowercase", tag = "state", content = "reason")]
pub enum Outcome {
    Built,
    /// Left out of a release build (incomplete or outdated).
    Excluded(String),
    /// Not built because of errors; the previous output was kept.
    Failed,
}

#[derive(Debug, Clone, Serialize)]
pub struct EditionReport {
    #[serde(flatten)]
    pub key: EditionKey,
    pub outcome: Outcome,
    pub counts: Counts,
    /// The PDF's input had not changed: typst was not started.
    pub pdf_unchanged: bool,
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub diagnostics: Diagnostics,
    pub editions: Vec<EditionReport>,
}

impl BuildReport {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
            || self
                .editions
                .iter()
                .any(|e| matches!(e.outcome, Outcome::Failed))
    }

    pub fn mark_failed(&mut self, key: &EditionKey) {
        for r in self.editions.iter_mut().filter(|r| r.key == *key) {
            r.outcome = Outcome::Failed;
        }
    }
}

impl BuildReport {
    /// The JSON of `output/report.json`; `state` gives each edition's files.
    pub fn release_json(&self, state: &State) -> serde_json::Value {
        let editions: Vec<serde_json::Value> = self
            .editions
            .iter()
            .map(|e| {
                let files = [
                    format!("content/{}.md", e.key.doc),
                    format!("locales/{}/{}.ftl", e.key.lang, e.key.doc),
                ];
                let warnings = self
                    .diagnostics
                    .iter()
                    .filter(|d| {
                        !d.is_error()
                            && d.location.as_ref().is_some_and(|l| files.contains(&l.file))
                    })
                    .count();
                let entry = state.editions.get(&e.key).map(|r| &r.entry);
                serde_json::json!({
                    "doc": e.key.doc,
                    "lang": e.key.lang,
                    "status": e.outcome,
                    "coverage": e.counts.percent(),
                    "translated": e.counts.translated,
                    "outdated": e.counts.outdated,
                    "missing": e.counts.missing,
                    "reviewed": e.counts.reviewed,
                    "warnings": warnings,
                    "html": entry.map(|m| m.href.clone()),
                    "pdf": entry.and_then(|m| m.pdf_href.clone()),
                })
            })
            .collect();
        serde_json::json!({
            "schema": crate::model::REPORT_SCHEMA,
            "tandem": env!("CARGO_PKG_VERSION"),
            "errors": self.diagnostics.count(Severity::Error),
            "warnings": self.diagnostics.count(Severity::Warning),
            "editions": editions,
        })
    }
}
