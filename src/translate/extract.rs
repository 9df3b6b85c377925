//! `tandem extract`: the German reference file of every document
//! (`locales/de/<doc>.ftl`), the monolingual source that translation
//! platforms (Weblate, Pontoon) translate from.

use super::{Change, FileReport, Report};
use crate::diag::{rel_path, Diagnostic};
use crate::ftl;
use crate::model::{Document, ID_SCHEME};
use crate::paths::LOCALES_DIR;
use crate::project::Project;
use std::collections::HashMap;
use std::path::Path;

/// `tandem extract`: writes the German reference file of every document
/// and notes its German in the German record, as one step.
pub fn run_extract(root: &Path) -> Result<Report, Diagnostic> {
    let project = Project::load(root)?;
    let mut report = Report {
        diagnostics: project.diagnostics.clone(),
        ..Report::default()
    };
    for doc in &project.docs {
        let rel = format!(
            "{LOCALES_DIR}/{}/{}.ftl",
            project.config.source.code, doc.id
        );
        let text = extract(doc);
        let change = match std::fs::read_to_string(root.join(&rel)) {
            Ok(old) if old == text => Change::Unchanged,
            Ok(_) => Change::Updated,
            Err(_) => Change::Created,
        };
        crate::commit::Commit::new()
            .file(rel.clone(), text)
            .file(
                super::german_record_path(&project, doc),
                super::seen_german(&project, doc).json(),
            )
            .write(root)?;
        report.files.push(FileReport {
            path: rel_path(root, &root.join(&rel)),
            change,
            ..FileReport::default()
        });
    }
    Ok(report)
}

/// The German reference file of a document (`locales/de/<doc>.ftl`).
pub fn extract(doc: &Document) -> String {
    let title = doc
        .segments
        .get(doc.title)
        .map(|s| s.source.as_str())
        .unwrap_or("");
    let mut out = format!(
        "### tandem: German source of {} – \"{title}\"\n### id-scheme: {ID_SCHEME}\n### Written by `tandem extract`; do not edit: edit the Markdown instead.\n",
        doc.path
    );
    let mut section = String::new();
    let kinds: HashMap<&str, &str> = doc
        .segments
        .iter()
        .map(|s| (s.id.as_str(), s.kind.as_str()))
        .collect();
    for seg in doc.segments.iter().filter(|s| !s.source.is_empty()) {
        if seg.section != section {
            section = seg.section.clone();
            out.push_str(&format!(
                "\n## {}\n",
                super::update::section_title(doc, &section)
            ));
        }
        out.push('\n');
        out.push_str(&ftl::comment(&[format!(
            "{} · {}:{}",
            kinds[seg.id.as_str()],
            doc.path,
            seg.line
        )]));
        out.push_str(&ftl::message(&seg.id, &seg.source));
    }
    ftl::canonical(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locales::FtlFile;

    fn doc(body: &str) -> Document {
        let text = format!("---\ntitle: Titel\nlayout: brochure\n---\n{body}");
        crate::parse::parse_document("d", "content/d.md", &text)
            .0
            .expect("parses")
    }

    #[test]
    fn extract_parses_back() {
        let d = doc("## A\n\n* Punkt\n\nZeile\\\n* keine Liste\n");
        let text = extract(&d);
        let f = FtlFile::parse("locales/de/d.ftl", text.clone());
        assert!(f.diagnostics.0.is_empty(), "{text}");
        assert_eq!(f.entries.len(), 5);
    }
}
