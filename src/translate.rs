//! The translator commands (`update`, `extract`): load the project, compute
//! the new files with [`crate::update`], write them atomically, report.

use crate::diag::{rel_path, Diagnostic};
use crate::locales::{FtlFile, LOCALES_DIR};
use crate::output::write_atomic;
use crate::project::Project;
use std::path::Path;
use std::process::ExitCode;

pub fn run_update(root: &Path, lang: &str, only: &[String]) -> Result<ExitCode, Diagnostic> {
    let project = Project::load(root)?;
    let Some(language) = project.config.language(lang) else {
        return Err(Diagnostic::error("cli", format!("`{lang}` is not a language of this project"))
            .help(format!("add it under `languages:` in tandem.yaml first, e.g.\n  {lang}:\n    name: <the language's name in its own script>")));
    };
    let mut failed = false;
    for d in project.diagnostics.iter() {
        eprint!("{d}");
        failed |= d.is_error();
    }
    for doc in &project.docs {
        if !only.is_empty() && !only.iter().any(|o| o.trim_end_matches(".md") == doc.id) {
            continue;
        }
        if doc
            .languages
            .as_ref()
            .is_some_and(|l| !l.iter().any(|c| c == lang))
        {
            eprintln!(
                "skipped {}: its front matter `languages` does not list `{lang}`",
                doc.path
            );
            continue;
        }
        let path = project.translation_path(lang, &doc.id);
        let existing = match FtlFile::load(root, &path) {
            Ok(f) => f,
            Err(d) => {
                eprint!("{d}");
                failed = true;
                continue;
            }
        };
        if let Some(f) = &existing {
            if f.diagnostics.has_errors() {
                for d in f.diagnostics.iter() {
                    eprint!("{d}");
                }
                eprintln!(
                    "not updated: {} has errors; fix them first so that nothing is lost",
                    f.path
                );
                failed = true;
                continue;
            }
        }
        let updated = crate::update::update(doc, lang, &language.name, existing.as_ref());
        let unchanged = existing.as_ref().is_some_and(|f| f.text == updated.text);
        if !unchanged {
            write_atomic(&path, updated.text.as_bytes())?;
        }
        eprintln!(
            "{} {}: {} translated, {} outdated, {} missing{}",
            if unchanged {
                "unchanged"
            } else if existing.is_some() {
                "updated"
            } else {
                "created"
            },
            rel_path(root, &path),
            updated.translated,
            updated.outdated,
            updated.missing,
            if updated.obsolete > 0 {
                format!(", {} obsolete", updated.obsolete)
            } else {
                String::new()
            }
        );
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

pub fn run_extract(root: &Path) -> Result<ExitCode, Diagnostic> {
    let project = Project::load(root)?;
    let mut failed = false;
    for d in project.diagnostics.iter() {
        eprint!("{d}");
        failed |= d.is_error();
    }
    for doc in &project.docs {
        let path = root
            .join(LOCALES_DIR)
            .join(&project.config.source.code)
            .join(format!("{}.ftl", doc.id));
        let text = crate::update::extract(doc);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            write_atomic(&path, text.as_bytes())?;
            eprintln!("wrote {}", rel_path(root, &path));
        } else {
            eprintln!("unchanged {}", rel_path(root, &path));
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
