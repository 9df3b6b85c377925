//! TMX 1.4b, the translation-memory exchange format of OmegaT, Trados,
//! memoQ, Weblate and translate-toolkit: `tandem export <lang> --format
//! tmx` writes every current translation of every document of a language
//! (reviewed ones marked with `<prop type="x-tandem-reviewed">yes</prop>`),
//! and the TMX files in the project's `memory/` folder are read by
//! `update` as translation memory ([`crate::translate::memory`]).
//!
//! Placeables and Markdown marks are inline codes as in XLIFF (`<ph>`,
//! `<bpt>`/`<ept>` with the source text as native code); reading takes each
//! code's native text, so a unit reads back as the pattern it was written
//! from. Files of other tools are read with the same safety as XLIFF (no
//! DOCTYPE, no entities but XML's five, limited nesting).

use super::codes::{self, Kind, Piece, Role};
use super::xml::{self, attr, escape, Node, Reader};
use crate::diag::{Code, Diagnostic};

/// One translation unit: its ID, German, translation and whether a second
/// person reviewed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmxUnit {
    /// `tuid`, or the unit's number in the file.
    pub id: String,
    pub german: String,
    pub translation: String,
    pub reviewed: bool,
}

const REVIEWED: &str = "x-tandem-reviewed";

/// The TMX file of `units`, German (`source`) to `target`.
pub fn write(source: &str, target: &str, units: &[TmxUnit]) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header creationtool=\"tandem\" creationtoolversion=\"{}\" datatype=\"plaintext\" segtype=\"paragraph\" adminlang=\"en\" srclang=\"{}\" o-tmf=\"tandem\"/>\n  <body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(source)
    );
    for u in units {
        out.push_str(&format!("    <tu tuid=\"{}\">\n", escape(&u.id)));
        if u.reviewed {
            out.push_str(&format!("      <prop type=\"{REVIEWED}\">yes</prop>\n"));
        }
        for (lang, text) in [(source, &u.german), (target, &u.translation)] {
            out.push_str(&format!(
                "      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n",
                escape(lang),
                inline(&codes::pieces(text))
            ));
        }
        out.push_str("    </tu>\n");
    }
    out.push_str("  </body>\n</tmx>\n");
    out
}

fn inline(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(&escape(t)),
            Piece::Code(c) => {
                let kind = match c.kind {
                    Kind::Placeable => "x-fluent-placeable",
                    Kind::Link | Kind::Autolink => "link",
                    Kind::Image => "x-image",
                    Kind::Code => "x-code",
                    Kind::Strong => "bold",
                    Kind::Emphasis => "italic",
                    Kind::Strike => "x-strike",
                };
                let text = escape(&c.text);
                let n = c.id;
                out.push_str(&match c.role {
                    Role::Standalone => format!("<ph x=\"{n}\" type=\"{kind}\">{text}</ph>"),
                    Role::Open => format!("<bpt i=\"{n}\" x=\"{n}\" type=\"{kind}\">{text}</bpt>"),
                    Role::Close => format!("<ept i=\"{n}\">{text}</ept>"),
                });
            }
        }
    }
    out
}

/// The units of a TMX file that have a German variant (`source`, any
/// region) and a `target` variant (the code, or a tag starting with it).
pub fn read(
    file: &str,
    bytes: &[u8],
    source: &str,
    target: &str,
) -> Result<Vec<TmxUnit>, Diagnostic> {
    let text = xml::decode(file, bytes)?;
    let mut r = Reader::new(file, text);
    let mut units = Vec::new();
    let mut seen_tmx = false;
    let mut n = 0;
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Start { name, .. } if name == "tmx" => seen_tmx = true,
            Node::Start {
                name,
                attrs,
                empty: false,
                ..
            } if name == "tu" => {
                n += 1;
                let id = attr(&attrs, "tuid").map_or_else(|| n.to_string(), str::to_string);
                if let Some(u) = read_unit(&mut r, id, (source, target))? {
                    units.push(u);
                }
            }
            Node::Start {
                name, empty: false, ..
            } if matches!(name.as_str(), "body" | "header") => {
                if name == "header" {
                    r.skip()?;
                }
            }
            Node::Eof => break,
            Node::Start { empty: false, .. } if !seen_tmx => {}
            Node::Start { empty: false, .. } => r.skip()?,
            _ => {
                let _ = at;
            }
        }
    }
    if !seen_tmx {
        return Err(Diagnostic::error(Code::ExchangeFormat, format!("{file}: this is not a TMX file (no <tmx> element)"))
            .help("put TMX files (translation memories from OmegaT, Weblate, Trados …) into memory/, nothing else"));
    }
    Ok(units)
}

/// Whether a TMX language tag is `code` or a region of it (`ar-SA` for `ar`).
fn is_lang(tag: &str, code: &str) -> bool {
    let tag = tag.to_ascii_lowercase().replace('_', "-");
    let code = code.to_ascii_lowercase();
    tag == code || tag.starts_with(&format!("{code}-"))
}

fn read_unit(
    r: &mut Reader,
    id: String,
    (source, target): (&str, &str),
) -> Result<Option<TmxUnit>, Diagnostic> {
    let (mut german, mut translation, mut reviewed) = (None, None, false);
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Start {
                name,
                attrs,
                empty: false,
                ..
            } if name == "tuv" => {
                let lang = attr(&attrs, "lang").unwrap_or_default().to_string();
                let seg = read_tuv(r)?;
                if is_lang(&lang, source) && german.is_none() {
                    german = seg;
                } else if is_lang(&lang, target) && translation.is_none() {
                    translation = seg;
                }
            }
            Node::Start {
                name,
                attrs,
                empty: false,
                ..
            } if name == "prop" => {
                let value = r.text_until_end("prop")?;
                if attr(&attrs, "type") == Some(REVIEWED) {
                    reviewed = value.trim() == "yes";
                }
            }
            Node::Start { empty: false, .. } => r.skip()?,
            Node::End { name } if name == "tu" => break,
            Node::Eof => return Err(r.error(at, "the file ends inside <tu>")),
            _ => {}
        }
    }
    Ok(german
        .zip(translation)
        .map(|(german, translation)| TmxUnit {
            id,
            german,
            translation,
            reviewed,
        }))
}

/// The text of a `<tuv>`'s `<seg>`, codes as their native text.
fn read_tuv(r: &mut Reader) -> Result<Option<String>, Diagnostic> {
    let mut seg = None;
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Start {
                name, empty: false, ..
            } if name == "seg" => seg = Some(read_inline(r, "seg")?),
            Node::Start { empty: false, .. } => r.skip()?,
            Node::End { name } if name == "tuv" => break,
            Node::Eof => return Err(r.error(at, "the file ends inside <tuv>")),
            _ => {}
        }
    }
    Ok(seg.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()))
}

/// Text with the native text of `<ph>`, `<bpt>`, `<ept>`, `<it>`, `<ut>`
/// and the text inside `<hi>`; `<sub>` flows are left out.
fn read_inline(r: &mut Reader, element: &str) -> Result<String, Diagnostic> {
    let mut out = String::new();
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Text(t) => out.push_str(&t),
            Node::Start { name, empty, .. } => match (name.as_str(), empty) {
                (_, true) => {}
                ("hi", false) => out.push_str(&read_inline(r, "hi")?),
                ("ph" | "bpt" | "ept" | "it" | "ut", false) => out.push_str(&native(r, &name)?),
                (_, false) => r.skip()?,
            },
            Node::End { .. } => return Ok(out),
            Node::Eof => return Err(r.error(at, format!("the file ends inside <{element}>"))),
        }
    }
}

/// A code's native text, without `<sub>` flows.
fn native(r: &mut Reader, element: &str) -> Result<String, Diagnostic> {
    let mut out = String::new();
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Text(t) => out.push_str(&t),
            Node::Start { empty: false, .. } => r.skip()?,
            Node::Start { .. } => {}
            Node::End { .. } => return Ok(out),
            Node::Eof => return Err(r.error(at, format!("the file ends inside <{element}>"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_read_back_as_they_were_written() {
        let units = vec![
            TmxUnit {
                id: "mieten#teilnahme-1".into(),
                german: "Am { $date } ist der **Eintritt** frei: [mehr](<https://x.de>).".into(),
                translation: "{ $date } вхід **вільний**: [більше](<https://x.de>).".into(),
                reviewed: true,
            },
            TmxUnit {
                id: "b".into(),
                german: "a < b & \"c\"".into(),
                translation: "a < b & «c»".into(),
                reviewed: false,
            },
        ];
        let text = write("de", "uk", &units);
        assert!(
            text.contains("<ph x=\"1\" type=\"x-fluent-placeable\">{ $date }</ph>"),
            "{text}"
        );
        assert_eq!(read("t.tmx", text.as_bytes(), "de", "uk").unwrap(), units);
        // Another language in the same file is left out.
        assert!(read("t.tmx", text.as_bytes(), "de", "ar")
            .unwrap()
            .is_empty());
    }

    #[test]
    fn files_of_other_tools_are_read_and_entities_refused() {
        let omegat = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" srclang="de-DE" adminlang="EN-US" datatype="plaintext" segtype="sentence" o-tmf="OmegaT TMX"/>
<body><tu><tuv lang="DE-DE"><seg>Der Eintritt ist <bpt i="1">&lt;b&gt;</bpt>frei<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
<tuv xml:lang="ar-SA"><seg>الدخول <hi>مجاني</hi>.</seg></tuv></tu></body></tmx>"#;
        let units = read("o.tmx", omegat.as_bytes(), "de", "ar").unwrap();
        assert_eq!(units[0].german, "Der Eintritt ist <b>frei</b>.");
        assert_eq!(units[0].translation, "الدخول مجاني.");
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY a \"aaaa\">]><tmx version=\"1.4\"><body/></tmx>";
        assert!(read("b.tmx", bomb.as_bytes(), "de", "ar").is_err());
        assert!(read("x.tmx", b"<xliff version=\"1.2\"/>", "de", "ar").is_err());
    }
}
