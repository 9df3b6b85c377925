//! Reading project files as text, and finding the documents.
//!
//! Text is read strictly: invalid UTF-8 and NUL bytes are errors with a
//! line and column; a byte-order mark is dropped; CRLF and CR line ends
//! become LF (so line numbers match what editors show); text is brought to
//! Unicode normalization form C (NFC).

use crate::diag::{Code, Diagnostic, SourceMap};
use crate::paths::CONTENT_DIR;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Largest source file accepted (Markdown or FTL).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

pub fn read_text(path: &Path, rel: &str) -> Result<String, Diagnostic> {
    let meta = std::fs::metadata(path).map_err(|e| {
        Diagnostic::error(Code::Io, format!("cannot read {rel}: {e}"))
            .help("check that the file exists and is readable")
    })?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            Code::TooLarge,
            format!(
                "{rel} is {:.1} MiB; the limit is {} MiB",
                meta.len() as f64 / (1024.0 * 1024.0),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )
        .help("split the document into several documents"));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(Code::Io, format!("cannot read {rel}: {e}"))
            .help("check that the file is readable")
    })?;
    decode(&bytes, rel)
}

/// Decodes file bytes as described in the module documentation.
pub fn decode(bytes: &[u8], rel: &str) -> Result<String, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text =
        match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let good = &bytes[..e.valid_up_to()];
                let good = std::str::from_utf8(good).unwrap_or_default();
                let map = SourceMap::new(rel, good);
                return Err(Diagnostic::error(Code::Encoding, "the file is not valid UTF-8")
                .at(map.location(good.len()))
                .help("save the file as UTF-8 (in most editors: \"Save with encoding\" → UTF-8)"));
            }
        };
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    };
    // One normalization form: text typed on different systems (NFD from
    // macOS, NFC elsewhere) compares equal in `update` and `check`, and the
    // fonts' precomposed glyphs are used.
    let text = match icu::normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(nfc) => nfc,
    };
    if let Some(pos) = text.find('\0') {
        let map = SourceMap::new(rel, &text);
        return Err(Diagnostic::error(Code::Encoding, "the file contains a NUL byte")
            .at(map.location(pos))
            .help("remove the invisible NUL character; the file may be damaged or not a text file"));
    }
    Ok(text)
}

/// A Markdown document found under `content/`.
#[derive(Debug, Clone)]
pub struct DocFile {
    /// `newsletter/ausgabe-1`
    pub id: String,
    /// `content/newsletter/ausgabe-1.md`
    pub rel: String,
    pub path: PathBuf,
}

/// Every `content/**/*.md`, sorted by ID. Files and folders starting with
/// `_` or `.` are skipped, as are symbolic links leading outside the project.
pub fn find_documents(root: &Path) -> Result<Vec<DocFile>, Diagnostic> {
    let content = root.join(CONTENT_DIR);
    if !content.is_dir() {
        return Err(Diagnostic::error(
            Code::NoContent,
            format!("there is no `{CONTENT_DIR}/` folder in {}", root.display()),
        )
        .help("create content/ and put German Markdown documents in it"));
    }
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut docs = Vec::new();
    let walker = WalkDir::new(&content)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0 || !e.file_name().to_string_lossy().starts_with(['_', '.'])
        });
    for entry in walker {
        let entry = entry
            .map_err(|e| Diagnostic::error(Code::Io, format!("cannot read {CONTENT_DIR}/: {e}")))?;
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let rel = crate::diag::rel_path(root, path);
        if entry.path_is_symlink() {
            let target = path.canonicalize().ok();
            if !target.is_some_and(|t| t.starts_with(&canonical_root)) {
                return Err(Diagnostic::error(
                    Code::Path,
                    format!("{rel} is a link to a file outside the project"),
                )
                .help("copy the file into the project instead of linking to it"));
            }
        }
        let id = doc_id(&rel);
        if !id.split('/').all(crate::model::is_identifier) {
            return Err(Diagnostic::error(Code::DocName, format!("`{rel}`: document file names must start with a letter and use only letters, digits, `-` and `_`"))
                .help("rename the file, e.g. `content/mieten-und-wohnen.md`"));
        }
        docs.push(DocFile {
            id,
            rel,
            path: path.to_path_buf(),
        });
    }
    Ok(docs)
}

/// The document ID a user means by `name`: its path below `content/`
/// without `.md` (`content/schulwechsel.md`, `schulwechsel.md` and
/// `schulwechsel` all name `schulwechsel`). Every command that takes a
/// document name reads it with this.
pub fn doc_id(name: &str) -> String {
    name.trim_start_matches(&format!("{CONTENT_DIR}/"))
        .trim_end_matches(".md")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_normalises_and_locates_problems() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb\rc", "x").unwrap(), "a\nb\nc");
        let e = decode(b"ok\nab\xFFc", "x.md").unwrap_err();
        let loc = e.location.unwrap();
        assert_eq!((loc.line, loc.column), (2, 3));
        let e = decode(b"a\0", "x.md").unwrap_err();
        assert!(e.message.contains("NUL"));
        // NFD "Schüler" (u + combining diaeresis) becomes NFC.
        let nfd = "Schu\u{308}ler";
        assert_eq!(decode(nfd.as_bytes(), "x").unwrap(), "Schüler");
    }
}
