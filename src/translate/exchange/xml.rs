//! XML for exchange files: writing (escaping) and reading untrusted files
//! safely with quick-xml. A DOCTYPE with an internal subset (which could
//! declare entities: external files, expansion bombs) is refused, one that
//! only names a DTD (as OmegaT and translate-toolkit write) is ignored and
//! the DTD never read; any entity reference but XML's five and character
//! references is refused. quick-xml never expands anything else. Every error names the file and line:column.

use crate::diag::{Code, Diagnostic, SourceMap};
use quick_xml::events::Event;

/// Deepest element nesting accepted (exchange files need about 12).
const MAX_DEPTH: usize = 256;

/// Escapes text for an element or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    quick_xml::escape::escape(text).into_owned()
}

/// Whether XML 1.0 can hold the character at all.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// One step through a document: elements by local name (without prefix),
/// attributes by local name, text with references resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        /// `<x/>`: no matching `End` follows.
        empty: bool,
        /// Byte offset of the tag, for locations.
        at: usize,
    },
    End {
        name: String,
    },
    Text(String),
    Eof,
}

pub struct Reader<'a> {
    inner: quick_xml::Reader<&'a [u8]>,
    map: SourceMap<'a>,
    depth: usize,
}

impl<'a> Reader<'a> {
    /// A reader of `text` (the whole file), reporting errors in `file`.
    pub fn new(file: &str, text: &'a str) -> Reader<'a> {
        let mut inner = quick_xml::Reader::from_str(text);
        inner.config_mut().check_end_names = true;
        Reader {
            inner,
            map: SourceMap::new(file, text),
            depth: 0,
        }
    }

    /// An error at byte offset `at`.
    pub fn error(&self, at: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(Code::ExchangeXml, message).at(self.map.location(at))
    }

    /// Line and column of byte offset `at`.
    pub fn line_col(&self, at: usize) -> (usize, usize) {
        let l = self.map.location(at);
        (l.line, l.column)
    }

    pub fn position(&self) -> usize {
        self.inner.buffer_position() as usize
    }

    /// The next element boundary or text; comments, processing
    /// instructions and the XML declaration are skipped.
    pub fn next_node(&mut self) -> Result<Node, Diagnostic> {
        loop {
            let at = self.position();
            let event = self.inner.read_event().map_err(|e| {
                self.error(self.inner.error_position() as usize, format!("this is not well-formed XML: {e}"))
                    .help("the file was damaged; export it again or ask the translator for the file their tool saved")
            })?;
            let node = match event {
                Event::Start(e) | Event::Empty(e) if self.depth >= MAX_DEPTH => {
                    let _ = e;
                    return Err(self.error(at, format!("elements are nested more than {MAX_DEPTH} levels deep")));
                }
                Event::Start(e) => {
                    self.depth += 1;
                    self.start(&e, false, at)?
                }
                Event::Empty(e) => self.start(&e, true, at)?,
                Event::End(e) => {
                    self.depth = self.depth.saturating_sub(1);
                    Node::End {
                        name: local(e.local_name().as_ref()),
                    }
                }
                Event::Text(t) => Node::Text(t.decode().map_err(|e| self.error(at, e.to_string()))?.into_owned()),
                Event::CData(t) => Node::Text(t.decode().map_err(|e| self.error(at, e.to_string()))?.into_owned()),
                Event::GeneralRef(r) => Node::Text(self.reference(&r, at)?),
                // `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` (OmegaT, translate-toolkit)
                // only names a DTD, which is never read; an internal subset
                // `[…]` can declare entities and is refused.
                Event::DocType(d) if !d.contains(&b'[') => continue,
                Event::DocType(_) => return Err(self.error(at, "the file's DOCTYPE declares its own entities or elements, which tandem does not accept")
                    .help("a DOCTYPE with declarations in [ ] can define entities that read other files or expand to gigabytes; files exported by tandem and saved by translation tools have none (a plain `<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">` is fine)")),
                Event::Eof => Node::Eof,
                Event::Comment(_) | Event::PI(_) | Event::Decl(_) => continue,
            };
            return Ok(node);
        }
    }

    fn start(
        &self,
        e: &quick_xml::events::BytesStart<'_>,
        empty: bool,
        at: usize,
    ) -> Result<Node, Diagnostic> {
        let mut attrs = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|err| self.error(at, format!("a broken attribute: {err}")))?;
            let value = a.unescape_value().map_err(|err| {
                self.error(at, format!("an attribute value with an unknown entity or bad character reference: {err}"))
                    .help("only &lt; &gt; &amp; &apos; &quot; and character references like &#x627; are accepted")
            })?;
            attrs.push((local(a.key.local_name().as_ref()), value.into_owned()));
        }
        Ok(Node::Start {
            name: local(e.local_name().as_ref()),
            attrs,
            empty,
            at,
        })
    }

    fn reference(
        &self,
        r: &quick_xml::events::BytesRef<'_>,
        at: usize,
    ) -> Result<String, Diagnostic> {
        if let Some(c) = r
            .resolve_char_ref()
            .map_err(|e| self.error(at, format!("a bad character reference: {e}")))?
        {
            if !is_xml_char(c) {
                return Err(self.error(
                    at,
                    format!(
                        "the character reference U+{:04X} is not allowed in XML",
                        c as u32
                    ),
                ));
            }
            return Ok(c.to_string());
        }
        let name = r.decode().map_err(|e| self.error(at, e.to_string()))?;
        let text = match name.as_ref() {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "apos" => "'",
            "quot" => "\"",
            other => {
                return Err(self.error(at, format!("the entity reference `&{other};` is not accepted"))
                    .help("entities other than &lt; &gt; &amp; &apos; &quot; need a DOCTYPE, which tandem refuses (they can read other files or expand to gigabytes)"))
            }
        };
        Ok(text.to_string())
    }

    /// Reads the text up to the end of the current element, refusing child
    /// elements.
    pub fn text_until_end(&mut self, element: &str) -> Result<String, Diagnostic> {
        let mut text = String::new();
        loop {
            let at = self.position();
            match self.next_node()? {
                Node::Text(t) => text.push_str(&t),
                Node::End { .. } => return Ok(text),
                Node::Start { name, .. } => {
                    return Err(self.error(
                        at,
                        format!("<{name}> inside <{element}>: only text is expected there"),
                    ))
                }
                Node::Eof => {
                    return Err(self.error(at, format!("the file ends inside <{element}>")))
                }
            }
        }
    }

    /// Skips everything up to the end of the current element.
    pub fn skip(&mut self) -> Result<(), Diagnostic> {
        let mut depth = 1usize;
        loop {
            let at = self.position();
            match self.next_node()? {
                Node::Start { empty: false, .. } => depth += 1,
                Node::End { .. } => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(());
                    }
                }
                Node::Eof => return Err(self.error(at, "the file ends inside an element")),
                _ => {}
            }
        }
    }
}

fn local(name: &[u8]) -> String {
    String::from_utf8_lossy(name).into_owned()
}

/// The value of attribute `name` among `attrs`.
pub fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The text of a file: UTF-8 (a BOM is skipped), or an error naming it.
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let text = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
        Diagnostic::error(Code::ExchangeXml, "the file is not UTF-8")
            .at(SourceMap::new(file, text).location(at))
            .help("save the file as UTF-8 (translation tools do by default)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Result<Vec<Node>, Diagnostic> {
        let mut r = Reader::new("f.xml", text);
        let mut out = Vec::new();
        loop {
            match r.next_node()? {
                Node::Eof => return Ok(out),
                n => out.push(n),
            }
        }
    }

    #[test]
    fn references_resolve_and_entities_are_refused() {
        let nodes = all("<a x=\"&lt;&#x627;\">&amp;b&#1575;<![CDATA[<c>]]></a>").unwrap();
        assert!(matches!(&nodes[0], Node::Start { attrs, .. } if attrs[0].1 == "<ا"));
        let text: String = nodes
            .iter()
            .filter_map(|n| match n {
                Node::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(text, "&bا<c>");
        let e = all("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<a>&x;</a>").unwrap_err();
        assert!(e.message.contains("DOCTYPE"), "{e}");
        assert_eq!(e.location.as_ref().unwrap().line, 2);
        // A DOCTYPE that only names a DTD declares nothing: ignored.
        let named = all("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx>&amp;</tmx>").unwrap();
        assert!(named
            .iter()
            .any(|n| matches!(n, Node::Start { name, .. } if name == "tmx")));
        let e = all("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx>&x;</tmx>").unwrap_err();
        assert!(e.message.contains("`&x;`"), "{e}");
        let e = all("<a>\n  &x;</a>").unwrap_err();
        assert!(e.message.contains("`&x;`"), "{e}");
        assert_eq!(
            (
                e.location.as_ref().unwrap().line,
                e.location.as_ref().unwrap().column
            ),
            (2, 3)
        );
        assert!(all("<a x=\"&x;\"/>").is_err());
        assert!(all("<a>&#0;</a>").is_err());
        assert!(all("<a><b></a>").is_err());
    }
}
