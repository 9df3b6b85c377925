//! `tandem check`: what is wrong in the translations.
//!
//! `check` lints every translation file against the current German and
//! reports with file:line:column and the offending line. Errors always fail;
//! warnings fail only with `--strict`. Missing and outdated messages are
//! counted (see `status`), not reported one by one: `build --release`
//! decides what is published.

use crate::build::align::{self, Context};
use crate::config::Language;
use crate::diag::{Code, Diagnostic, Diagnostics, Severity};
use crate::labels::Labels;
use crate::locales::{normalise, FtlFile, LangFiles};
use crate::markdown;
use crate::model::Document;
use crate::model::REPORT_SCHEMA;
use crate::project::Project;
use fluent_syntax::ast;
use pulldown_cmark::{Event, Options, Parser, Tag};
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Serialize)]
pub struct CheckReport {
    pub schema: u32,
    pub errors: usize,
    pub warnings: usize,
    pub diagnostics: Diagnostics,
}

/// Lints every translation file of the project.
pub fn check(project: &Project, jobs: usize) -> CheckReport {
    let config = &project.config;
    let mut diags = project.diagnostics.clone();
    let aligned = align::align_all(project, &project.editions(), None, jobs);
    diags.extend(aligned.shared);
    for a in aligned.editions {
        diags.extend(a.diagnostics);
        let (doc, lang) = (project.doc(&a.key.doc), config.language(&a.key.lang));
        if let (Some(doc), Some(lang), Some(file)) =
            (doc, lang, project.files(&a.key.lang).doc(&a.key.doc))
        {
            lint_file(doc, lang, &file, &mut diags);
        }
    }
    // Variants and plural forms of every language's terms.
    for lang in &config.languages {
        if let Some(terms) = project.files(&lang.code).terms() {
            lint_terms(lang, terms, &mut diags);
        }
    }
    // Languages without editions yet: their shared files and labels.
    for lang in &config.languages {
        let has_editions = project
            .docs
            .iter()
            .any(|d| project.languages_of(d).iter().any(|l| l.code == lang.code));
        let has_dir = project
            .root
            .join(crate::paths::LOCALES_DIR)
            .join(&lang.code)
            .is_dir();
        if has_editions || !has_dir {
            continue;
        }
        let files = project.files(&lang.code);
        diags.extend(files.shared_diagnostics());
        diags.extend(Labels::new(config, project.source_files(), lang, files).diagnostics);
    }
    diags.sort_dedup();
    CheckReport {
        schema: REPORT_SCHEMA,
        errors: diags.count(Severity::Error),
        warnings: diags.count(Severity::Warning),
        diagnostics: diags,
    }
}

fn lint_terms(lang: &Language, file: &FtlFile, diags: &mut Diagnostics) {
    let Ok(resource) = fluent_syntax::parser::parse(file.text.as_str()) else {
        return; // syntax errors are reported with the file
    };
    for entry in &resource.body {
        if let ast::Entry::Term(t) = entry {
            crate::translate::lint::selections(
                &format!("-{}", t.id.name),
                &t.value,
                lang,
                file,
                diags,
            );
        }
    }
}

/// Checks one document's translation into `lang`: formatting errors
/// (unknown variables, …) exactly as the build sees them, then the lints.
pub fn check_translation(
    ctx: &Context,
    doc: &Document,
    source: &align::SourceText,
    lang: &Language,
    files: &LangFiles,
    labels: &Labels,
) -> Diagnostics {
    let (_, mut diags) = align::align(ctx, doc, source, lang, files, labels);
    if let Some(file) = files.doc(&doc.id) {
        lint_file(doc, lang, &file, &mut diags);
    }
    diags
}

fn lint_file(doc: &Document, lang: &Language, file: &FtlFile, diags: &mut Diagnostics) {
    let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    // Stubs filled in without deleting the "# ": not used by the build.
    for (n, line) in file.text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix('#') {
            if let Some((id, _)) = crate::translate::update::commented_translation(rest) {
                if doc.segment(&id).is_some() && !file.entries.contains_key(&id) {
                    diags.push(
                        Diagnostic::warning(
                            Code::CommentedTranslation,
                            format!(
                                "`{id}` is translated but still commented out, so it is not used"
                            ),
                        )
                        .at(file.map().location_line_col(n + 1, 1))
                        .help("delete the \"# \" at the start of this line"),
                    );
                }
            }
        }
    }
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let id = m.id.name;
        let Some(seg) = doc.segment(id) else {
            diags.push(
                Diagnostic::warning(Code::Obsolete, format!("`{id}` is not a segment of {}", doc.path))
                    .at(file.locate(id, None))
                    .help("the German was removed or the ID changed: run `tandem update` to move it to the OBSOLETE section, or delete it"),
            );
            continue;
        };
        crate::translate::lint::message(m, &seg.source, lang, file, diags);
        let Some(pattern) = &m.value else { continue };
        let value = crate::ftl::pattern_source(pattern);

        // Variables: used but not defined; defined in the German but dropped.
        let german_vars = vars_of_source(&seg.source);
        // (Variables the document does not define are reported by the
        // formatter in `align`, with their exact location.)
        for path in variable_paths(pattern) {
            for v in german_vars.difference(&path) {
                diags.push(
                    Diagnostic::warning(Code::DroppedVariable, format!("`{id}` does not use `${v}`, which the German uses"))
                        .at(file.locate(id, None))
                        .help(format!("put {{ ${v} }} where it belongs in the translation (in every variant of a selection)")),
                );
            }
        }
        // Unknown terms and variables, raw HTML and unsafe links are
        // reported by the formatter in `align`, as in the build.
        lint_markdown(id, &seg.source, &value, file, diags);
        lint_unicode(id, &value, lang, file, diags);
        let info = file.entries.get(id);
        let has_words = markdown::split_placeables(&value)
            .iter()
            .any(|(placeable, t)| !placeable && t.chars().any(char::is_alphabetic));
        if has_words
            && normalise(&value) == normalise(&seg.source)
            && !info.is_some_and(|i| i.same_as_source)
        {
            diags.push(
                Diagnostic::warning(Code::SameAsGerman, format!("`{id}` is identical to the German"))
                    .at(file.locate(id, None))
                    .help("translate it; if it is meant to stay German (a name, an address), add the comment line `# same-as-de` above it"),
            );
        }
    }
}

fn vars_of_source(source: &str) -> BTreeSet<String> {
    let ftl = crate::ftl::message("x", source);
    match fluent_syntax::parser::parse_runtime(ftl.as_str()) {
        Ok(r) => match r.body.first() {
            Some(ast::Entry::Message(m)) => m
                .value
                .as_ref()
                .map(|p| variable_paths(p).into_iter().flatten().collect())
                .unwrap_or_default(),
            _ => BTreeSet::new(),
        },
        Err(_) => BTreeSet::new(),
    }
}

/// The variables used along each path through the selections of a pattern
/// (outer text + one variant of each selection; selectors count as used).
fn variable_paths(p: &ast::Pattern<&str>) -> Vec<BTreeSet<String>> {
    let mut outer = BTreeSet::new();
    let mut variant_sets: Vec<Vec<BTreeSet<String>>> = Vec::new();
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            match expression {
                ast::Expression::Select { selector, variants } => {
                    inline_vars(selector, &mut outer);
                    variant_sets.push(
                        variants
                            .iter()
                            .map(|v| variable_paths(&v.value).into_iter().flatten().collect())
                            .collect(),
                    );
                }
                ast::Expression::Inline(e) => inline_vars(e, &mut outer),
            }
        }
    }
    if variant_sets.is_empty() {
        return vec![outer];
    }
    let mut paths = Vec::new();
    for set in &variant_sets {
        for v in set {
            paths.push(outer.union(v).cloned().collect());
        }
    }
    paths
}

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments
                .positional
                .iter()
                .for_each(|a| inline_vars(a, out));
            arguments
                .named
                .iter()
                .for_each(|a| inline_vars(&a.value, out));
        }
        ast::InlineExpression::Placeable { expression } => match &**expression {
            ast::Expression::Inline(i) => inline_vars(i, out),
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, out);
                for v in variants {
                    for p in variable_paths(&v.value) {
                        out.extend(p);
                    }
                }
            }
        },
        _ => {}
    }
}

/// Markdown facts of a text: link targets and leftover delimiters.
struct MdShape {
    links: BTreeSet<String>,
    stray: Vec<char>,
}

fn md_shape(text: &str) -> MdShape {
    let escaped = markdown::escape_block_starts(text);
    let mut shape = MdShape {
        links: BTreeSet::new(),
        stray: Vec::new(),
    };
    let mut in_code = 0;
    for e in Parser::new_ext(&escaped, Options::ENABLE_STRIKETHROUGH) {
        match e {
            // Unsafe targets are reported (and dropped) by the formatter.
            Event::Start(Tag::Link { dest_url, .. })
                if markdown::safe_href(&dest_url).is_some() =>
            {
                shape
                    .links
                    .insert(dest_url.split_whitespace().collect::<String>());
            }
            Event::Text(t) if in_code == 0 => {
                // Delimiters left as text were not matched: unbalanced.
                shape
                    .stray
                    .extend(t.chars().filter(|c| matches!(c, '*' | '`')));
            }
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            _ => {}
        }
    }
    shape
}

fn lint_markdown(
    id: &str,
    german: &str,
    translated: &str,
    file: &FtlFile,
    diags: &mut Diagnostics,
) {
    let de = md_shape(german);
    let tr = md_shape(translated);
    for missing in de.links.difference(&tr.links) {
        diags.push(
            Diagnostic::warning(
                Code::LinkChanged,
                format!("`{id}`: the German links to `{missing}`, the translation does not"),
            )
            .at(file.locate(id, None))
            .help("keep every link of the German with its target unchanged: [your text](<target>)"),
        );
    }
    for extra in tr.links.difference(&de.links) {
        diags.push(
            Diagnostic::warning(
                Code::LinkChanged,
                format!("`{id}`: the translation links to `{extra}`, which the German does not"),
            )
            .at(file.locate(id, Some(extra)))
            .help("use the same link targets as the German"),
        );
    }
    if tr.stray.len() > de.stray.len() {
        let c = tr.stray[0];
        diags.push(
            Diagnostic::warning(
                Code::UnbalancedMarkup,
                format!("`{id}`: a `{c}` has no partner, so it is printed as it is"),
            )
            .at(file.locate(id, Some(&c.to_string())))
            .help("write **bold**, *italic* and `code` with pairs of marks, as in the German"),
        );
    }
}

fn lint_unicode(id: &str, text: &str, lang: &Language, file: &FtlFile, diags: &mut Diagnostics) {
    let mut report = |code: Code, c: char, what: &str, help: &str| {
        diags.push(
            Diagnostic::warning(
                code,
                format!("`{id}` contains {what} {}", crate::fonts::describe_code(c)),
            )
            .at(file.locate(id, Some(&c.to_string())))
            .help(help.to_string()),
        );
    };
    if let Some(c) = text.chars().find(|c| matches!(c, '\u{202A}'..='\u{202E}')) {
        report(Code::BidiControl, c, "the bidi control", "delete it: tandem sets the direction itself; these characters can reorder text invisibly");
    }
    let opens = text
        .chars()
        .filter(|c| matches!(c, '\u{2066}'..='\u{2068}'))
        .count();
    let closes = text.chars().filter(|c| *c == '\u{2069}').count();
    if opens != closes {
        let c = text
            .chars()
            .find(|c| matches!(c, '\u{2066}'..='\u{2069}'))
            .unwrap_or('\u{2069}');
        report(
            Code::UnpairedIsolate,
            c,
            "an unpaired directional isolate",
            "delete the invisible isolate characters; tandem isolates numbers and names itself",
        );
    }
    if let Some(c) = text.chars().find(|c| {
        matches!(
            c,
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}' | '\u{2061}'
                ..='\u{2064}'
        )
    }) {
        report(
            Code::InvisibleCharacter,
            c,
            "the invisible character",
            "delete it (it was probably copied along with the text)",
        );
    }
    let persian = matches!(lang.code.split('-').next(), Some("fa" | "prs"))
        || lang.locale.as_deref().is_some_and(|l| l.starts_with("fa"));
    if persian {
        if let Some(c) = text.chars().find(|c| matches!(c, '\u{064A}' | '\u{0643}')) {
            let fix = if c == '\u{064A}' {
                "ی (U+06CC)"
            } else {
                "ک (U+06A9)"
            };
            report(
                Code::ArabicLetter,
                c,
                "the Arabic letter",
                &format!(
                    "Persian uses {fix}; switch the keyboard to Persian or replace the letter"
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_compared_per_variant() {
        let ftl = "x = { $n ->\n    [one] ein Kind am { $date }\n   *[other] { $n } Kinder\n }\n";
        let r = fluent_syntax::parser::parse(ftl).unwrap();
        let ast::Entry::Message(m) = &r.body[0] else {
            panic!()
        };
        let paths = variable_paths(m.value.as_ref().unwrap());
        let as_vec: Vec<Vec<String>> = paths.into_iter().map(|p| p.into_iter().collect()).collect();
        assert_eq!(
            as_vec,
            vec![
                vec!["date".to_string(), "n".to_string()],
                vec!["n".to_string()]
            ]
        );
    }

    #[test]
    fn markdown_shape_finds_links_and_stray_marks() {
        let s = md_shape("ein **fetter [Link](<https://a.de>) und `code");
        assert_eq!(s.links.iter().collect::<Vec<_>>(), vec!["https://a.de"]);
        assert_eq!(s.stray, vec!['*', '*', '`']);
    }
}
