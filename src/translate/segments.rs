//! An edition as a translator works on it: every translatable segment with
//! its German, status (by the one status rule, exactly as a build decides
//! it), translation and, when outdated, the German it was made from. What
//! the workbench and exchange files show.

use super::edits::translations;
use crate::diag::Diagnostics;
use crate::model::Document;
use crate::project::Project;

/// One segment of an edition as a translator works on it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SegmentState {
    pub id: String,
    pub kind: crate::model::SegmentKind,
    /// ID of the section (heading) it belongs to.
    pub section: String,
    /// The current German (a Fluent pattern with inline Markdown).
    pub german: String,
    /// Decided by the one status rule, exactly as a build decides it.
    pub status: crate::model::Status,
    /// The translation as written (a Fluent pattern), if there is one.
    pub translation: Option<String>,
    /// For an outdated translation: the German it was made from, if known.
    pub made_from: Option<String>,
    /// The review of the translation as it is now, if a second person
    /// checked it ([`crate::status::reviewed`]).
    pub review: Option<crate::record::Review>,
    /// Where a translation filled in from the translation memory came from.
    pub from: Option<String>,
}

/// Every translatable segment of `doc` in `lang`, with its status and
/// translation, and the problems found on the way (as a build finds them).
pub fn segments(
    project: &Project,
    doc: &Document,
    lang: &crate::config::Language,
) -> (Vec<SegmentState>, Diagnostics) {
    let ctx = crate::build::align::Context {
        root: &project.root,
        config: &project.config,
        fonts: None,
    };
    let files = project.files(&lang.code);
    let source = crate::build::align::format_source(&ctx, doc, project.source_files());
    let labels = crate::labels::Labels::new(&project.config, project.source_files(), lang, files);
    let (edition, diags) = crate::build::align::align(&ctx, doc, &source, lang, files, &labels);
    let file = files.doc(&doc.id);
    let file = file.as_ref();
    let values = file.map(translations).unwrap_or_default();
    let states = doc
        .segments
        .iter()
        .zip(edition.segment_status.iter().zip(&edition.segment_reviewed))
        .filter(|(seg, _)| !seg.source.is_empty())
        .map(|(seg, (status, reviewed))| {
            let entry = file.and_then(|f| f.entries.get(&seg.id));
            let made = files.made(&doc.id, &seg.id);
            let made_from = entry
                .filter(|_| *status == crate::model::Status::Outdated)
                .and_then(|e| crate::status::made_from(&seg.source, e, made))
                .filter(|german| !german.is_empty());
            SegmentState {
                id: seg.id.clone(),
                kind: seg.kind,
                section: seg.section.clone(),
                german: seg.source.clone(),
                status: *status,
                translation: values.get(&seg.id).cloned(),
                made_from,
                review: made.and_then(|m| m.review.clone()).filter(|_| *reviewed),
                from: made
                    .filter(|m| Some(m.translation) == entry.and_then(|e| e.digest))
                    .and_then(|m| m.from.clone()),
            }
        })
        .collect();
    (states, diags)
}

/// Who last changed each translation of `doc` in `lang`, by message ID:
/// the git author of the message's line (`git blame`). Empty when the
/// project is not in git; a line not committed yet has no author.
pub fn authors(
    project: &Project,
    doc: &Document,
    lang: &crate::config::Language,
) -> std::collections::BTreeMap<String, String> {
    let path = project.translation_path(&lang.code, &doc.id);
    let Some(file) = project.files(&lang.code).doc(&doc.id) else {
        return Default::default();
    };
    let by_line = blame(&project.root, &path);
    file.entries
        .iter()
        .filter_map(|(id, e)| Some((id.clone(), by_line.get(&e.line)?.clone())))
        .collect()
}

/// The author of each line of a file (1-based), from `git blame`.
fn blame(
    root: &std::path::Path,
    path: &std::path::Path,
) -> std::collections::HashMap<usize, String> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["blame", "--line-porcelain", "--"])
        .arg(path)
        .stderr(std::process::Stdio::null())
        .output();
    let Some(out) = out.ok().filter(|o| o.status.success()) else {
        return Default::default();
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = std::collections::HashMap::new();
    let mut line = 0;
    for l in text.lines() {
        let mut words = l.split(' ');
        let first = words.next().unwrap_or("");
        if first.len() == 40 && first.bytes().all(|b| b.is_ascii_hexdigit()) {
            line = words.nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
        } else if let Some(author) = l.strip_prefix("author ") {
            if author != "Not Committed Yet" {
                lines.insert(line, author.to_string());
            }
        }
    }
    lines
}
