//! XLIFF 1.2, the exchange format every CAT tool reads (Trados, memoQ,
//! OmegaT, Phrase): one `<file>` per document and language, one
//! `<trans-unit>` per segment (`id` = segment ID). Placeables and
//! standalone Markdown codes are `<ph>`, Markdown marks that enclose text
//! `<bpt>`/`<ept>`, each with its exact source text as native code.
//!
//! tandem's own records are attributes in its namespace: on `<file>` the
//! format version, on each `<trans-unit>` the digests of the repository's
//! translation and of the German at export time (`tandem:base`,
//! `tandem:german`), which import needs to detect conflicts.

use super::codes::{self, Kind, Piece, Role};
use super::unit::{Export, Place, Received, ReceivedFile, Unit, FORMAT_VERSION};
use super::xml::{self, attr, escape, Node, Reader};
use crate::diag::{Code, Diagnostic};
use crate::model::Status;

pub const NAMESPACE: &str = "urn:x-tandem:exchange";

/// The XLIFF text of one document in one language.
pub fn write(e: &Export) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:tandem=\"{NAMESPACE}\">\n"
    ));
    out.push_str(&format!(
        " <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-tandem-markdown\" tandem:version=\"{FORMAT_VERSION}\" tandem:document=\"{}\">\n",
        escape(&e.doc_path),
        escape(&e.source_lang),
        escape(&e.lang.code),
        escape(&e.doc_id)
    ));
    out.push_str(&format!(
        "  <header>\n   <tool tool-id=\"tandem\" tool-name=\"tandem\" tool-version=\"{}\"/>\n   <note>{}</note>\n  </header>\n  <body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&format!("{} – {}. Tags are placeholders such as {{ $date }}, terms such as {{ -landkreis }}, and Markdown marks (bold, italics, links): keep each one, move it where your grammar needs it. Do not change the IDs. Segments in state needs-review-translation were translated from older German (see their notes): revise them, then set them to translated. A reviewer who has checked a segment sets it to signed-off; tandem records the sign-off on import (state signed-off means a second person checked the translation).", e.title, e.layout))
    ));
    for u in &e.units {
        write_unit(&mut out, e, u);
    }
    out.push_str("  </body>\n </file>\n</xliff>\n");
    out
}

fn write_unit(out: &mut String, e: &Export, u: &Unit) {
    out.push_str(&format!(
        "   <trans-unit id=\"{id}\" resname=\"{id}\" xml:space=\"preserve\" tandem:base=\"{}\" tandem:german=\"{}\">\n",
        u.base,
        u.german_digest,
        id = escape(&u.id)
    ));
    let source = codes::pieces(&u.german);
    out.push_str(&format!("    <source>{}</source>\n", inline(&source)));
    if let Some(t) = &u.translation {
        let target = codes::number_like(&source, &codes::pieces(t));
        let state = match u.status {
            Status::Outdated => "needs-review-translation",
            _ if u.reviewed => "signed-off",
            _ => "translated",
        };
        out.push_str(&format!(
            "    <target state=\"{state}\">{}</target>\n",
            inline(&target)
        ));
    }
    let mut context = Vec::new();
    if let Some(section) = &u.section {
        context.push(format!("Section: {section}"));
    }
    context.push(format!("Layout: {}", e.layout));
    context.push(format!("Kind: {}", u.kind.as_str()));
    out.push_str(&format!(
        "    <note from=\"tandem\">{}</note>\n",
        escape(&context.join(" · "))
    ));
    if u.status == Status::Outdated {
        let before = u.made_from.as_deref().unwrap_or("(not recorded)");
        out.push_str(&format!(
            "    <note from=\"tandem\" priority=\"1\">{}</note>\n",
            escape(&format!("Outdated: the German changed since this translation was made. It was made from: {before}"))
        ));
    }
    out.push_str("   </trans-unit>\n");
}

/// Pieces as XLIFF inline content.
fn inline(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(&escape(t)),
            Piece::Code(c) => {
                let (tag, ctype) = match (c.role, c.kind) {
                    (Role::Standalone, Kind::Placeable) => ("ph", "x-fluent-placeable"),
                    (Role::Standalone, Kind::Autolink) => ("ph", "x-link"),
                    (Role::Standalone, _) => ("ph", "x-code"),
                    (Role::Open, k) => ("bpt", ctype(k)),
                    (Role::Close, k) => ("ept", ctype(k)),
                };
                let ctype = if tag == "ept" {
                    String::new()
                } else {
                    format!(" ctype=\"{ctype}\"")
                };
                out.push_str(&format!(
                    "<{tag} id=\"{}\"{ctype}>{}</{tag}>",
                    c.id,
                    escape(&c.text)
                ));
            }
        }
    }
    out
}

fn ctype(k: Kind) -> &'static str {
    match k {
        Kind::Strong => "bold",
        Kind::Emphasis => "italic",
        Kind::Link => "link",
        Kind::Image => "image",
        Kind::Strike => "x-strikethrough",
        _ => "x-code",
    }
}

/// Reads every `<file>` of an XLIFF 1.2 document.
pub fn read(file: &str, bytes: &[u8]) -> Result<Vec<ReceivedFile>, Diagnostic> {
    let text = xml::decode(file, bytes)?;
    let mut r = Reader::new(file, text);
    let mut files = Vec::new();
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Start { name, attrs, .. } if name == "xliff" => {
                let version = attr(&attrs, "version").unwrap_or_default();
                if version != "1.2" {
                    return Err(r.error(at, format!("this is XLIFF {version}; tandem reads XLIFF 1.2"))
                        .help("save or export the file as XLIFF 1.2 in your translation tool (the format tandem exported)"));
                }
            }
            Node::Start {
                name,
                attrs,
                empty: false,
                at,
            } if name == "file" => files.push(read_file(&mut r, &attrs, at)?),
            Node::Start { empty: false, .. } => {}
            Node::Eof => break,
            _ => {}
        }
    }
    if files.is_empty() {
        return Err(Diagnostic::error(
            Code::ExchangeFormat,
            format!("{file}: no XLIFF <file> element"),
        )
        .help(
            "import the .xlf file that `tandem export --format xliff` wrote, after translation",
        ));
    }
    Ok(files)
}

fn read_file(
    r: &mut Reader,
    attrs: &[(String, String)],
    at: usize,
) -> Result<ReceivedFile, Diagnostic> {
    if attr(attrs, "version") != Some(FORMAT_VERSION) {
        return Err(r
            .error(
                at,
                "this <file> was not exported by this version of tandem (no tandem:version=\"1\")",
            )
            .help("export the document again with `tandem export <lang> --format xliff`"));
    }
    let mut received = ReceivedFile {
        doc_path: attr(attrs, "original").unwrap_or_default().to_string(),
        lang: attr(attrs, "target-language")
            .unwrap_or_default()
            .to_string(),
        units: Vec::new(),
    };
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Start {
                name,
                attrs,
                empty: false,
                at,
            } if name == "trans-unit" => {
                let row = received.units.len() + 1;
                received.units.push(read_unit(r, &attrs, at, row)?);
            }
            Node::Start {
                name, empty: false, ..
            } if matches!(name.as_str(), "body" | "group") => {}
            Node::Start { empty: false, .. } => r.skip()?,
            Node::End { name } if name == "file" => return Ok(received),
            Node::Eof => return Err(r.error(at, "the file ends inside <file>")),
            _ => {}
        }
    }
}

fn digest(
    r: &Reader,
    attrs: &[(String, String)],
    name: &str,
    at: usize,
) -> Result<crate::fingerprint::Fingerprint, Diagnostic> {
    attr(attrs, name)
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| r.error(at, format!("this unit has no valid tandem:{name} attribute"))
            .help("the tool that saved the file dropped tandem's records, which import needs to detect conflicts; export again and use a tool that keeps unknown attributes"))
}

fn read_unit(
    r: &mut Reader,
    attrs: &[(String, String)],
    at: usize,
    row: usize,
) -> Result<Received, Diagnostic> {
    let (line, col) = r.line_col(at);
    let id = attr(attrs, "id").unwrap_or_default().to_string();
    let mut unit = Received {
        place: Place {
            describe: format!("unit {row}, line {line}:{col}"),
            row,
            line: Some((line, col)),
        },
        base: digest(r, attrs, "base", at)?,
        german_digest: digest(r, attrs, "german", at)?,
        id,
        target: None,
        confirmed: false,
        reviewed: false,
    };
    let mut source: Vec<Raw> = Vec::new();
    let mut target: Option<(Vec<Raw>, String, usize)> = None;
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Start {
                name, empty: false, ..
            } if name == "source" => source = read_inline(r, "source")?,
            Node::Start {
                name,
                attrs,
                empty,
                at,
            } if name == "target" => {
                let state = attr(&attrs, "state").unwrap_or_default().to_string();
                let raw = if empty {
                    Vec::new()
                } else {
                    read_inline(r, "target")?
                };
                target = Some((raw, state, at));
            }
            Node::Start { empty: false, .. } => r.skip()?,
            Node::End { name } if name == "trans-unit" => break,
            Node::Eof => return Err(r.error(at, "the file ends inside <trans-unit>")),
            _ => {}
        }
    }
    if let Some((raw, state, at)) = target {
        let text = resolve(r, &raw, &source, at, &unit.id)?;
        let untranslated = matches!(state.as_str(), "new" | "needs-translation");
        if !text.trim().is_empty() && !untranslated {
            unit.target = Some(text.trim().to_string());
            unit.confirmed = matches!(state.as_str(), "translated" | "final" | "signed-off");
            unit.reviewed = matches!(state.as_str(), "final" | "signed-off");
        }
    }
    Ok(unit)
}

/// Inline content as read: text, or a code with its id, role and native
/// text (absent for `<x/>`, `<bx/>`, `<ex/>` and `<g>`).
#[derive(Debug, Clone)]
enum Raw {
    Text(String),
    Code {
        id: String,
        role: Role,
        content: Option<String>,
        at: usize,
    },
}

fn read_inline(r: &mut Reader, element: &str) -> Result<Vec<Raw>, Diagnostic> {
    let mut out = Vec::new();
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Text(t) => out.push(Raw::Text(t)),
            Node::Start {
                name,
                attrs,
                empty,
                at,
            } => read_code(r, &mut out, &name, &attrs, empty, at)?,
            Node::End { .. } => return Ok(out),
            Node::Eof => return Err(r.error(at, format!("the file ends inside <{element}>"))),
        }
    }
}

fn read_code(
    r: &mut Reader,
    out: &mut Vec<Raw>,
    name: &str,
    attrs: &[(String, String)],
    empty: bool,
    at: usize,
) -> Result<(), Diagnostic> {
    let id = attr(attrs, "id")
        .or(attr(attrs, "rid"))
        .unwrap_or_default()
        .to_string();
    let role = match name {
        "ph" | "x" => Role::Standalone,
        "bpt" | "bx" => Role::Open,
        "ept" | "ex" => Role::Close,
        "it" if attr(attrs, "pos") == Some("close") => Role::Close,
        "it" => Role::Open,
        "g" => {
            out.push(Raw::Code {
                id: id.clone(),
                role: Role::Open,
                content: None,
                at,
            });
            if !empty {
                out.extend(read_inline(r, "g")?);
            }
            out.push(Raw::Code {
                id,
                role: Role::Close,
                content: None,
                at,
            });
            return Ok(());
        }
        "mrk" => {
            if !empty {
                out.extend(read_inline(r, "mrk")?);
            }
            return Ok(());
        }
        other => return Err(r.error(at, format!("<{other}> is not expected in a segment's text"))),
    };
    let content = if empty {
        None
    } else {
        Some(r.text_until_end(name)?)
    };
    out.push(Raw::Code {
        id,
        role,
        content: content.filter(|c| !c.is_empty()),
        at,
    });
    Ok(())
}

/// The target as a pattern: text and each code's native text (from the
/// element, or from the source's code with the same id and role).
fn resolve(
    r: &Reader,
    target: &[Raw],
    source: &[Raw],
    at: usize,
    unit: &str,
) -> Result<String, Diagnostic> {
    let mut out = String::new();
    for piece in target {
        match piece {
            Raw::Text(t) => out.push_str(t),
            Raw::Code {
                content: Some(c), ..
            } => out.push_str(c),
            Raw::Code {
                id,
                role,
                content: None,
                at,
            } => {
                let found = source.iter().find_map(|s| match s {
                    Raw::Code {
                        id: sid,
                        role: srole,
                        content: Some(c),
                        ..
                    } if sid == id && srole == role => Some(c),
                    _ => None,
                });
                let Some(c) = found else {
                    return Err(r.error(*at, format!("`{unit}`: the tag with id {id} is not one of the source's tags"))
                        .help("delete the tag and insert the source's tags (placeholders and marks) instead"));
                };
                out.push_str(c);
            }
        }
    }
    let _ = at;
    Ok(out)
}
