//! `tandem review <lang>`: a second person who reads the language signs
//! off translations (the four-eyes check a public body needs before it
//! publishes).
//!
//! A sign-off is kept in the record ([`crate::record::Review`]): who, when,
//! and the exact translation and German it was made of. Only current
//! translations can be signed off; outdated and missing segments are
//! listed with the reason. A later change of the translation, or of the
//! German (unless `accept`ed as editorial), needs a new review
//! ([`crate::status::reviewed`]). The same rule serves the workbench and
//! exchange files ([`sign_off`]).

use crate::config::Language;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{Document, Status};
use crate::project::Project;
use crate::record::{normalise, Review};
use std::collections::BTreeSet;
use std::path::Path;

/// What to review.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Documents (IDs or paths); empty: every document in the language.
    pub docs: Vec<String>,
    /// Segments of those documents; empty: every segment.
    pub segments: Vec<String>,
    /// The reviewer; `None`: git's `user.name`.
    pub by: Option<String>,
    pub dry_run: bool,
}

/// One segment and what the review did to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Signed off now.
    Signed,
    /// Already reviewed, as it is: by whom and when.
    Already { by: String, at: String },
    /// Cannot be signed off: outdated or missing.
    Refused(Status),
}

#[derive(Debug, Clone)]
pub struct Item {
    pub doc: String,
    pub id: String,
    pub outcome: Outcome,
}

#[derive(Debug, Default)]
pub struct Report {
    /// The reviewer's name.
    pub by: String,
    pub items: Vec<Item>,
    /// Files written (none in a dry run).
    pub written: Vec<String>,
    pub diagnostics: Diagnostics,
}

impl Report {
    pub fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.items.iter().filter(|i| f(&i.outcome)).count()
    }
}

/// Runs `tandem review <lang>` on the project at `root`.
pub fn review(root: &Path, lang: &str, sel: &Selection) -> Result<Report, Diagnostic> {
    let project = Project::load(root)?;
    let language = project.config.language(lang).ok_or_else(|| {
        Diagnostic::error(
            Code::Cli,
            format!("`{lang}` is not a language of this project"),
        )
        .help("`tandem status` lists the editions and their languages")
    })?;
    let by = reviewer(root, sel.by.as_deref())?;
    let docs = selected_docs(&project, language, sel)?;
    let mut report = Report {
        by: by.clone(),
        diagnostics: project.diagnostics.clone(),
        ..Report::default()
    };
    for doc in docs {
        let (states, _) = super::segments::segments(&project, doc, language);
        let mut sign = BTreeSet::new();
        for s in states
            .iter()
            .filter(|s| sel.segments.is_empty() || sel.segments.contains(&s.id))
        {
            let outcome = match (&s.status, &s.review) {
                (_, Some(r)) => Outcome::Already {
                    by: r.by.clone(),
                    at: r.at.clone(),
                },
                (Status::Translated, None) => {
                    sign.insert(s.id.clone());
                    Outcome::Signed
                }
                (status, None) => Outcome::Refused(*status),
            };
            report.items.push(Item {
                doc: doc.id.clone(),
                id: s.id.clone(),
                outcome,
            });
        }
        if !sel.dry_run && !sign.is_empty() {
            report
                .written
                .extend(sign_off(&project, doc, language, &sign, &by)?);
        }
    }
    Ok(report)
}

/// Signs off the current translations `ids` of `doc` in `lang` by `by`:
/// writes the record (and the file, laid out by `update`) as one step.
/// Segments that are not current, or reviewed already as they are, are
/// left as they are. The files written.
pub fn sign_off(
    project: &Project,
    doc: &Document,
    lang: &Language,
    ids: &BTreeSet<String>,
    by: &str,
) -> Result<Vec<String>, Diagnostic> {
    let files = project.files(&lang.code);
    let file = files.doc(&doc.id);
    if let Some(f) = file.as_ref().filter(|f| f.diagnostics.has_errors()) {
        return Err(Diagnostic::error(
            Code::Cli,
            format!(
                "{} has errors; fix them first (`tandem check`), then review",
                f.path
            ),
        ));
    }
    let sources = super::update::Sources {
        file: file.as_ref(),
        record: files.records.get(&doc.id),
        ..Default::default()
    };
    let mut updated = super::update::update(doc, &lang.code, &lang.name, sources);
    let (states, _) = super::segments::segments(project, doc, lang);
    let at = now();
    for s in states.iter().filter(|s| ids.contains(&s.id)) {
        let Some(made) = updated.record.messages.get_mut(&s.id) else {
            continue;
        };
        if s.status == Status::Translated && s.review.is_none() {
            made.review = Some(Review {
                by: by.to_string(),
                at: at.clone(),
                translation: made.translation,
                de: normalise(&s.german),
            });
        }
    }
    super::save(project, &lang.code, doc, &updated.text, &updated.record)
}

/// The documents of `lang` selected; an unknown document or segment is an
/// error and nothing is changed.
fn selected_docs<'p>(
    project: &'p Project,
    lang: &Language,
    sel: &Selection,
) -> Result<Vec<&'p Document>, Diagnostic> {
    let of_lang: Vec<&Document> = project
        .docs
        .iter()
        .filter(|d| project.languages_of(d).iter().any(|l| l.code == lang.code))
        .collect();
    let mut docs = Vec::new();
    for name in &sel.docs {
        let id = crate::source::doc_id(name);
        match of_lang.iter().find(|d| d.id == id) {
            Some(d) => docs.push(*d),
            None => {
                let names: Vec<&str> = of_lang.iter().map(|d| d.id.as_str()).collect();
                return Err(Diagnostic::error(
                    Code::Cli,
                    format!(
                        "`--doc {id}`: no document of this project in `{}`",
                        lang.code
                    ),
                )
                .help(format!(
                    "documents in `{}`: {}",
                    lang.code,
                    names.join(", ")
                )));
            }
        }
    }
    if docs.is_empty() {
        docs = of_lang;
    }
    for seg in &sel.segments {
        if !docs
            .iter()
            .any(|d| d.segment(seg).is_some_and(|s| !s.source.is_empty()))
        {
            return Err(Diagnostic::error(Code::Cli, format!("`--segment {seg}` is not a segment of the selected documents"))
                .help("segment IDs are the message IDs of the translation files; `tandem review <lang> --dry-run` lists them"));
        }
    }
    Ok(docs)
}

/// The reviewer: `--by`, else git's `user.name` in the project.
pub fn reviewer(root: &Path, by: Option<&str>) -> Result<String, Diagnostic> {
    let name = by
        .map(str::to_string)
        .or_else(|| git_user(root))
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    name.ok_or_else(|| {
        Diagnostic::error(Code::Cli, "who reviews? No `--by NAME` was given and git has no user.name")
            .help("say who checked the translations: `tandem review ar --by \"Amal Haddad\"`, or set `git config user.name`")
    })
}

/// git's `user.name` for the project, if git is there and it is set.
pub fn git_user(root: &Path) -> Option<String> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["config", "user.name"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|n| !n.is_empty())
}

/// Now, in UTC, as RFC 3339 (`SOURCE_DATE_EPOCH` when set, for
/// reproducible runs).
pub fn now() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// The Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_from_day_counts() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_793), (2026, 12, 6));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(super::civil_from_days(-1), (1969, 12, 31));
    }
}
