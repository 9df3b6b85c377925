//! A Word document (DOCX, Office Open XML) for volunteers: an instruction in
//! German and English, then a table ID | German | translation | geprüft
//! (checked). Word and LibreOffice Writer open it.
//!
//! - The last column is a check box (a Word 2010 check-box content control,
//!   which LibreOffice shows and toggles too): a reviewer ticks the rows
//!   they checked, and `import` signs them off.
//!
//! - The translation column's paragraphs and runs carry the target language
//!   (`w:lang`) and, for right-to-left languages, `w:bidi`/`w:rtl`, so the
//!   word processor types, spell-checks and aligns correctly.
//! - Placeables and Markdown marks are grey tokens showing their source
//!   text (`{ $date }`, `**`, `](<https://…>)`), each in a content control
//!   whose content is locked: it can be moved or deleted, not changed.
//!   Import reads the cell's text, so a token typed by hand works as well.
//! - Each row starts with its segment ID in a narrow column; the document,
//!   language and each unit's digests are custom document properties
//!   (`docProps/custom.xml`), which Word and LibreOffice keep.
//!
//! Reading is limited against zip bombs (entries, sizes, compression ratio)
//! and uses the safe XML reader.

use super::codes::{self, Piece};
use super::unit::{Export, Place, Received, ReceivedFile, Unit, FORMAT_VERSION};
use super::xml::{self, escape, Node, Reader};
use crate::diag::{Code, Diagnostic};
use crate::fingerprint::Fingerprint;
use crate::model::Status;
use std::collections::BTreeMap;
use std::io::{Read, Write};

/// Limits for reading a DOCX (a zip archive).
const MAX_FILE: u64 = 64 << 20;
const MAX_ENTRIES: usize = 2_000;
const MAX_TOTAL: u64 = 256 << 20;
const MAX_PART: u64 = 64 << 20;
/// Highest compression ratio accepted for an entry over 1 MiB (XML
/// compresses about 10:1; zip bombs 1000:1 and more).
const MAX_RATIO: u64 = 100;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W14: &str = "http://schemas.microsoft.com/office/word/2010/wordml";
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// The DOCX bytes of one document in one language.
pub fn write(e: &Export) -> Result<Vec<u8>, Diagnostic> {
    let parts: [(&str, String); 9] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("word/_rels/document.xml.rels", DOC_RELS.to_string()),
        ("word/document.xml", document(e)),
        ("word/styles.xml", styles(e)),
        ("word/settings.xml", SETTINGS.to_string()),
        ("docProps/core.xml", core(e)),
        ("docProps/app.xml", APP.to_string()),
        ("docProps/custom.xml", custom(e)),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let failed = |e: &dyn std::fmt::Display| {
        Diagnostic::error(Code::ExchangeWrite, format!("cannot make the DOCX: {e}"))
    };
    for (name, text) in parts {
        zip.start_file(name, options).map_err(|e| failed(&e))?;
        zip.write_all(text.as_bytes()).map_err(|e| failed(&e))?;
    }
    Ok(zip.finish().map_err(|e| failed(&e))?.into_inner())
}

/// Word's language tag for a language (`w:lang`).
pub fn word_lang(e: &Export) -> String {
    if let Some(locale) = &e.lang.locale {
        return locale.split("-u-").next().unwrap_or(locale).to_string();
    }
    let tag = match e.lang.code.as_str() {
        "ar" => "ar-SA",
        "fa" => "fa-IR",
        "prs" => "prs-AF",
        "ps" => "ps-AF",
        "ckb" => "ckb-IQ",
        "ur" => "ur-PK",
        "he" => "he-IL",
        "uk" => "uk-UA",
        "ru" => "ru-RU",
        "tr" => "tr-TR",
        "ti" => "ti-ER",
        "en" => "en-GB",
        "kmr" => "ku-Latn-TR",
        other => other,
    };
    tag.to_string()
}

/// Run properties of text in the translation column.
fn target_rpr(e: &Export) -> String {
    let lang = word_lang(e);
    if e.rtl() {
        format!("<w:rtl/><w:lang w:val=\"{lang}\" w:bidi=\"{lang}\"/>")
    } else {
        format!("<w:lang w:val=\"{lang}\" w:bidi=\"{lang}\"/>")
    }
}

fn document(e: &Export) -> String {
    let mut body = String::new();
    body.push_str(&para("Title", "", &run("", &e.title)));
    body.push_str(&para(
        "",
        "",
        &run(
            "<w:b/>",
            &format!(
                "Deutsch → {} ({}) · {}",
                e.lang.name, e.lang.code, e.doc_path
            ),
        ),
    ));
    for (lang, lines) in [("de-DE", INSTRUCTIONS_DE), ("en-GB", INSTRUCTIONS_EN)] {
        for line in lines {
            body.push_str(&para(
                "",
                "",
                &run(&format!("<w:lang w:val=\"{lang}\"/>"), line),
            ));
        }
    }
    body.push_str(&table(e));
    body.push_str(&para("", "", ""));
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\" xmlns:w14=\"{W14}\" xmlns:mc=\"{MC}\" mc:Ignorable=\"w14\"><w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>\n"
    )
}

const INSTRUCTIONS_DE: &[&str] = &[
    "So übersetzen Sie: Schreiben Sie Ihre Übersetzung in die rechte Spalte, neben den deutschen Text. Ändern Sie die linke Spalte (ID) und die deutsche Spalte nicht, und löschen oder verschieben Sie keine Zeilen.",
    "Graue Felder wie { $date } oder { -landkreis } sind Platzhalter, ** und * markieren fetten und schrägen Text, [ und ](<…>) einen Link: Übernehmen Sie jedes graue Feld aus der deutschen Spalte (kopieren und einfügen) an die passende Stelle Ihres Satzes.",
    "Gelb markierte Zeilen (veraltet) wurden aus einem älteren deutschen Text übersetzt; der frühere Text steht darunter. Bitte passen Sie die Übersetzung an. Speichern Sie als .docx und schicken Sie die Datei zurück.",
    "Prüfen Sie als zweite Person eine Übersetzung, kreuzen Sie danach das Kästchen „geprüft“ in ihrer Zeile an (ein Klick). Angekreuzt ist eine Zeile schon, wenn jemand sie geprüft hat und sie seitdem gleich geblieben ist.",
];

const INSTRUCTIONS_EN: &[&str] = &[
    "How to translate: write your translation in the right-hand column, next to the German. Do not change the left column (ID) or the German column, and do not delete or move rows.",
    "Grey fields such as { $date } or { -landkreis } are placeholders; ** and * mark bold and italic text, [ and ](<…>) a link: copy each grey field from the German column (copy and paste) to the right place in your sentence.",
    "Rows marked yellow (outdated) were translated from an older German text, shown below it. Please revise the translation. Save as .docx and send the file back.",
    "If you are the second person checking a translation, tick the box \u{201c}checked\u{201d} in its row when you have checked it (one click). A row is ticked already when someone checked it and it has not changed since.",
];

fn para(style: &str, ppr: &str, runs: &str) -> String {
    let style = if style.is_empty() {
        String::new()
    } else {
        format!("<w:pStyle w:val=\"{style}\"/>")
    };
    format!("<w:p><w:pPr>{style}{ppr}</w:pPr>{runs}</w:p>")
}

/// A run of text; line breaks become `<w:br/>`.
fn run(rpr: &str, text: &str) -> String {
    let mut out = format!("<w:r><w:rPr>{rpr}</w:rPr>");
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        if !line.is_empty() {
            out.push_str(&format!(
                "<w:t xml:space=\"preserve\">{}</w:t>",
                escape(line)
            ));
        }
    }
    out.push_str("</w:r>");
    out
}

/// Left-to-right isolate and its end: around tokens in documents for
/// right-to-left languages, so that `{ $date }` does not show as
/// `{ date$ }`. Reading removes them again ([`strip_isolates`]).
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// Pieces as runs: text plain, codes as locked grey tokens (isolated
/// left-to-right when `isolate`).
fn runs(pieces: &[Piece], rpr: &str, isolate: bool) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(&run(rpr, t)),
            Piece::Code(c) => {
                let text = if isolate {
                    format!("{LRI}{}{PDI}", c.text)
                } else {
                    c.text.clone()
                };
                let rpr = format!(
                    "<w:rStyle w:val=\"TandemCode\"/>{}",
                    rpr.replace("<w:rtl/>", "")
                );
                out.push_str(&format!(
                    "<w:sdt><w:sdtPr><w:alias w:val=\"tandem\"/><w:tag w:val=\"tandem-code\"/><w:lock w:val=\"sdtContentLocked\"/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>",
                    run(&rpr, &text)
                ))
            }
        }
    }
    out
}

/// Whether `text` is what a token shows: one standalone code, a mark, a
/// link's `[` or its `](…)`.
fn is_token(text: &str) -> bool {
    matches!(codes::pieces(text).as_slice(), [Piece::Code(_)])
        || ["*", "**", "_", "__", "~", "~~", "[", "!["].contains(&text)
        || (text.starts_with("](") && text.ends_with(')'))
}

/// Removes the isolates `runs` put around tokens: an LRI … PDI pair
/// whose content is a token (`is_token`). Other isolates stay.
pub fn strip_isolates(text: &str) -> String {
    let mut out = text.to_string();
    // Isolates before `from` were looked at already.
    let mut from = 0;
    while let Some(end) = out[from..].find(PDI).map(|i| from + i) {
        let start = out[from..end]
            .rfind([LRI, PDI])
            .map(|i| from + i)
            .filter(|&i| out[i..].starts_with(LRI));
        if let Some(start) = start {
            let inner = out[start + LRI.len_utf8()..end].to_string();
            if is_token(&inner) {
                out = format!("{}{inner}{}", &out[..start], &out[end + PDI.len_utf8()..]);
                from = start + inner.len();
                continue;
            }
        }
        from = end + PDI.len_utf8();
    }
    out
}

fn cell(width: u32, fill: Option<&str>, content: &str) -> String {
    let shd = fill
        .map(|f| format!("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{f}\"/>"))
        .unwrap_or_default();
    format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{shd}</w:tcPr>{content}</w:tc>")
}

const WIDTHS: [u32; 4] = [1338, 3800, 3800, 700];

/// The "geprüft / checked" column: a check box (a content control Word and
/// LibreOffice toggle with a click) showing ☒ or ☐.
const CHECKED: char = '\u{2612}';
const UNCHECKED: char = '\u{2610}';

/// Whether a check cell's text says "checked" (the box, or what a
/// reviewer types instead: x, ✓, ja, yes).
fn is_checked(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    matches!(
        t.as_str(),
        "\u{2612}"
            | "\u{2611}"
            | "\u{2713}"
            | "\u{2714}"
            | "x"
            | "ja"
            | "yes"
            | "geprüft"
            | "checked"
    )
}

fn check_box(checked: bool) -> String {
    let (val, glyph) = if checked {
        (1, CHECKED)
    } else {
        (0, UNCHECKED)
    };
    let font = "<w:rFonts w:ascii=\"Segoe UI Symbol\" w:hAnsi=\"Segoe UI Symbol\" w:cs=\"Segoe UI Symbol\"/>";
    format!(
        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:sdt><w:sdtPr><w:alias w:val=\"geprüft / checked\"/><w14:checkbox><w14:checked w14:val=\"{val}\"/><w14:checkedState w14:val=\"2612\" w14:font=\"Segoe UI Symbol\"/><w14:uncheckedState w14:val=\"2610\" w14:font=\"Segoe UI Symbol\"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>{font}<w:sz w:val=\"28\"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt></w:p>"
    )
}

fn table(e: &Export) -> String {
    let borders = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .map(|b| format!("<w:{b} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"))
        .concat();
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"9638\" w:type=\"dxa\"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>{}</w:tblGrid>",
        WIDTHS.map(|w| format!("<w:gridCol w:w=\"{w}\"/>")).concat()
    );
    let head = |text: &str, ppr: &str| para("", ppr, &run("<w:b/>", text));
    out.push_str(&format!(
        "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>{}{}{}{}</w:tr>",
        cell(WIDTHS[0], Some("E7E6E6"), &head("ID", "")),
        cell(WIDTHS[1], Some("E7E6E6"), &head("Deutsch", "")),
        cell(
            WIDTHS[2],
            Some("E7E6E6"),
            &head(&format!("{} / translation", e.lang.name), "")
        ),
        cell(WIDTHS[3], Some("E7E6E6"), &head("geprüft / checked", ""))
    ));
    for u in &e.units {
        out.push_str(&row(e, u));
    }
    out.push_str("</w:tbl>");
    out
}

fn row(e: &Export, u: &Unit) -> String {
    let (mark, fill) = match u.status {
        Status::Outdated => (Some("veraltet / outdated"), Some("FFF2CC")),
        Status::Missing => (Some("fehlt / missing"), None),
        _ => (None, None),
    };
    let small = "<w:color w:val=\"595959\"/><w:sz w:val=\"16\"/>";
    let mut id_cell = para("", "", &run(small, &u.id));
    if let Some(m) = mark {
        id_cell.push_str(&para(
            "",
            "",
            &run("<w:i/><w:color w:val=\"C00000\"/><w:sz w:val=\"16\"/>", m),
        ));
    }
    let source = codes::pieces(&u.german);
    let mut german = para("", "", &runs(&source, "<w:lang w:val=\"de-DE\"/>", e.rtl()));
    if let (Status::Outdated, Some(before)) = (u.status, &u.made_from) {
        german.push_str(&para(
            "",
            "",
            &run(
                "<w:i/><w:color w:val=\"7F6000\"/><w:sz w:val=\"18\"/><w:lang w:val=\"de-DE\"/>",
                &format!("Vorher / before: {before}"),
            ),
        ));
    }
    let rpr = target_rpr(e);
    let ppr = if e.rtl() {
        format!("<w:bidi/><w:rPr>{rpr}</w:rPr>")
    } else {
        format!("<w:rPr>{rpr}</w:rPr>")
    };
    let target = match &u.translation {
        Some(t) => runs(
            &codes::number_like(&source, &codes::pieces(t)),
            &rpr,
            e.rtl(),
        ),
        None => String::new(),
    };
    format!(
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>{}{}{}{}</w:tr>",
        cell(WIDTHS[0], fill, &id_cell),
        cell(WIDTHS[1], fill, &german),
        cell(WIDTHS[2], fill, &para("", &ppr, &target)),
        cell(WIDTHS[3], fill, &check_box(u.reviewed))
    )
}

fn styles(e: &Export) -> String {
    let lang = word_lang(e);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Noto Sans\" w:hAnsi=\"Noto Sans\" w:cs=\"Arial\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"de-DE\" w:bidi=\"{lang}\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"80\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"160\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>\
<w:style w:type=\"character\" w:styleId=\"TandemCode\"><w:name w:val=\"tandem code\"/><w:rPr><w:color w:val=\"404040\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/></w:rPr></w:style></w:styles>\n"
    )
}

fn core(e: &Export) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:language>{}</dc:language><dc:creator>tandem</dc:creator></cp:coreProperties>\n",
        escape(&e.title),
        escape(&e.lang.code)
    )
}

/// tandem's records as custom document properties.
fn custom(e: &Export) -> String {
    let records: Vec<String> = e
        .units
        .iter()
        .map(|u| format!("{} {} {}", u.id, u.base, u.german_digest))
        .collect();
    let props = [
        ("tandem-version", FORMAT_VERSION.to_string()),
        ("tandem-document", e.doc_path.clone()),
        ("tandem-language", e.lang.code.clone()),
        ("tandem-records", records.join(";")),
        ("tandem-direction", e.lang.dir.as_str().to_string()),
    ];
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
    for (i, (name, value)) in props.iter().enumerate() {
        out.push_str(&format!(
            "<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{}\" name=\"{name}\"><vt:lpwstr>{}</vt:lpwstr></property>",
            i + 2,
            escape(value)
        ));
    }
    out.push_str("</Properties>\n");
    out
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/><Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/></Types>\n";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/><Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>\n";

const DOC_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/></Relationships>\n";

const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:defaultTabStop w:val=\"708\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>\n";

const APP: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>tandem</Application></Properties>\n";

// ---------------------------------------------------------------------------
// Reading

/// Reads a DOCX written by `write` (and edited in a word processor).
pub fn read(file: &str, bytes: &[u8]) -> Result<ReceivedFile, Diagnostic> {
    let mut parts = open(file, bytes)?;
    let custom = parts
        .remove("docProps/custom.xml")
        .ok_or_else(|| lost_records(file))?;
    let props = properties(file, &custom)?;
    let get = |name: &str| props.get(name).cloned().unwrap_or_default();
    if get("tandem-version") != FORMAT_VERSION {
        return Err(lost_records(file));
    }
    let records = records(file, &get("tandem-records"))?;
    let document = parts
        .remove("word/document.xml")
        .ok_or_else(|| broken(file, "it has no word/document.xml"))?;
    let rows = table_rows(&format!("{file} (word/document.xml)"), &document)?;
    let isolated = get("tandem-direction") == "rtl";
    let mut units = Vec::new();
    for (n, cells) in rows {
        let Some(unit) = received(file, n, &cells, &records, isolated)? else {
            continue;
        };
        units.push(unit);
    }
    Ok(ReceivedFile {
        doc_path: get("tandem-document"),
        lang: get("tandem-language"),
        units,
    })
}

fn broken(file: &str, why: &str) -> Diagnostic {
    Diagnostic::error(Code::ExchangeDocx, format!("{file} is not a readable Word document: {why}"))
        .help("open it in Word or LibreOffice and save it again as .docx (Word document), or export it again")
}

fn lost_records(file: &str) -> Diagnostic {
    Diagnostic::error(Code::ExchangeDocx, format!("{file} was not exported by this version of tandem, or lost tandem's records (custom document properties)"))
        .help("import the .docx that `tandem export --format docx` wrote, after translation; if it came from another template, copy the translations into a fresh export")
}

/// The two parts tandem reads, within the limits.
fn open(file: &str, bytes: &[u8]) -> Result<BTreeMap<String, String>, Diagnostic> {
    if bytes.len() as u64 > MAX_FILE {
        return Err(broken(
            file,
            &format!("it is larger than {} MiB", MAX_FILE >> 20),
        ));
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| broken(file, &format!("not a zip archive ({e})")))?;
    if archive.len() > MAX_ENTRIES {
        return Err(broken(
            file,
            &format!("it has {} parts; the limit is {MAX_ENTRIES}", archive.len()),
        ));
    }
    let mut total = 0u64;
    let mut parts = BTreeMap::new();
    for i in 0..archive.len() {
        let entry = archive
            .by_index(i)
            .map_err(|e| broken(file, &e.to_string()))?;
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let (size, packed) = (entry.size(), entry.compressed_size().max(1));
        total = total.saturating_add(size);
        if total > MAX_TOTAL || (size > (1 << 20) && size / packed > MAX_RATIO) {
            return Err(Diagnostic::error(
                Code::ExchangeDocx,
                format!("{file} is refused: `{name}` unpacks to {size} bytes from {packed} (a zip bomb?)"),
            )
            .help(format!("a Word table from tandem unpacks to a few MiB at most (limits: {} MiB in all, compression 1:{MAX_RATIO}); this file was not made by tandem and Word: do not open it", MAX_TOTAL >> 20)));
        }
        if matches!(name.as_str(), "word/document.xml" | "docProps/custom.xml") {
            let mut data = Vec::new();
            entry
                .take(MAX_PART + 1)
                .read_to_end(&mut data)
                .map_err(|e| broken(file, &format!("`{name}`: {e}")))?;
            if data.len() as u64 > MAX_PART {
                return Err(broken(
                    file,
                    &format!("`{name}` is larger than {} MiB", MAX_PART >> 20),
                ));
            }
            let text = String::from_utf8(data)
                .map_err(|_| broken(file, &format!("`{name}` is not UTF-8")))?;
            parts.insert(name, text);
        }
    }
    Ok(parts)
}

/// Custom properties: name → string value.
fn properties(file: &str, text: &str) -> Result<BTreeMap<String, String>, Diagnostic> {
    let rel = format!("{file} (docProps/custom.xml)");
    let mut r = Reader::new(&rel, text);
    let mut props = BTreeMap::new();
    let mut name = None;
    loop {
        match r.next_node()? {
            Node::Start {
                name: el, attrs, ..
            } if el == "property" => name = xml::attr(&attrs, "name").map(str::to_string),
            Node::Start {
                name: el,
                empty: false,
                ..
            } if el == "lpwstr" => {
                let value = r.text_until_end("vt:lpwstr")?;
                if let Some(n) = name.take() {
                    props.insert(n, value);
                }
            }
            Node::Eof => return Ok(props),
            _ => {}
        }
    }
}

/// `id base german;…` → id → (base, german).
fn records(
    file: &str,
    text: &str,
) -> Result<BTreeMap<String, (Fingerprint, Fingerprint)>, Diagnostic> {
    let mut out = BTreeMap::new();
    for record in text.split(';').filter(|r| !r.is_empty()) {
        let parts: Vec<&str> = record.split(' ').collect();
        let parsed = match parts.as_slice() {
            [id, base, german] => base
                .parse()
                .ok()
                .zip(german.parse().ok())
                .map(|d| (id.to_string(), d)),
            _ => None,
        };
        let Some((id, digests)) = parsed else {
            return Err(lost_records(file));
        };
        out.insert(id, digests);
    }
    Ok(out)
}

/// One table row as a unit, or `None` for the header and rows that are
/// not tandem's (no ID, nothing translated).
fn received(
    file: &str,
    n: usize,
    cells: &[String],
    records: &BTreeMap<String, (Fingerprint, Fingerprint)>,
    isolated: bool,
) -> Result<Option<Received>, Diagnostic> {
    let id = cells
        .first()
        .and_then(|c| c.lines().next())
        .unwrap_or_default()
        .trim()
        .to_string();
    if n == 1 && id == "ID" {
        return Ok(None);
    }
    let place = Place {
        describe: format!("table row {n}"),
        row: n,
        line: None,
    };
    let Some((base, german)) = records.get(&id) else {
        if cells.iter().skip(1).all(|c| c.trim().is_empty()) && id.is_empty() {
            return Ok(None);
        }
        return Err(Diagnostic::error(Code::ExchangeDocx, format!("{file}, table row {n}: `{id}` is not the ID of a row tandem exported"))
            .help("the first column holds each row's ID: undo the change to it (or to the table's columns), or copy the translations into a fresh export"));
    };
    // Tables of tandem before the review column had three cells.
    if !(3..=4).contains(&cells.len()) {
        return Err(Diagnostic::error(Code::ExchangeDocx, format!("{file}, table row {n} (`{id}`): the row has {} cells instead of 4", cells.len()))
            .help("cells were merged, split, added or deleted: undo that so that each row has ID | German | translation | geprüft"));
    }
    let target = match isolated {
        true => strip_isolates(cells[2].trim()),
        false => cells[2].trim().to_string(),
    };
    let target = target.trim();
    Ok(Some(Received {
        id,
        place,
        target: (!target.is_empty()).then(|| target.to_string()),
        confirmed: false,
        reviewed: cells.get(3).is_some_and(|c| is_checked(c)),
        base: *base,
        german_digest: *german,
    }))
}

/// Every row of the document's tables: its 1-based number in its table
/// and its cells' texts (paragraphs joined by line breaks).
fn table_rows(rel: &str, text: &str) -> Result<Vec<(usize, Vec<String>)>, Diagnostic> {
    let mut r = Reader::new(rel, text);
    let mut rows = Vec::new();
    let mut row_number = 0;
    let mut cells: Option<Vec<String>> = None;
    let mut depth = 0usize; // tables open
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Start {
                name, empty: false, ..
            } => match name.as_str() {
                "tbl" => {
                    depth += 1;
                    if depth > 1 {
                        return Err(r
                            .error(at, "a table inside the table")
                            .help("remove the inner table; write the translation as text"));
                    }
                    row_number = 0;
                }
                "tr" => {
                    row_number += 1;
                    cells = Some(Vec::new());
                }
                "tc" => {
                    let text = cell_text(&mut r)?;
                    if let Some(c) = cells.as_mut() {
                        c.push(text);
                    }
                }
                _ => {}
            },
            Node::End { name } if name == "tr" => {
                if let Some(c) = cells.take() {
                    rows.push((row_number, c));
                }
            }
            Node::End { name } if name == "tbl" => depth = depth.saturating_sub(1),
            Node::Eof => return Ok(rows),
            _ => {}
        }
    }
}

/// The text of a table cell: paragraphs joined by line breaks, runs'
/// `w:t` (also inside content controls, hyperlinks and tracked
/// insertions), tabs and breaks; deleted and moved-away text, field codes
/// and alternative content left out.
fn cell_text(r: &mut Reader) -> Result<String, Diagnostic> {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut depth = 1usize;
    loop {
        let at = r.position();
        match r.next_node()? {
            Node::Start { name, empty, .. } => {
                match name.as_str() {
                    "tbl" => {
                        return Err(r
                            .error(at, "a table inside the table")
                            .help("remove the inner table; write the translation as text"))
                    }
                    "p" => paragraphs.push(String::new()),
                    "t" if !empty => {
                        let t = r.text_until_end("w:t")?;
                        current(&mut paragraphs).push_str(&t);
                        continue;
                    }
                    "tab" => current(&mut paragraphs).push('\t'),
                    "br" | "cr" => current(&mut paragraphs).push('\n'),
                    "noBreakHyphen" => current(&mut paragraphs).push('-'),
                    "del" | "moveFrom" | "Fallback" | "instrText" | "delText" | "txbxContent"
                    | "rPr" | "pPr" | "sdtPr"
                        if !empty =>
                    {
                        r.skip()?;
                        continue;
                    }
                    _ => {}
                }
                if !empty {
                    depth += 1;
                }
            }
            Node::End { .. } => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Node::Text(_) => {}
            Node::Eof => return Err(r.error(at, "the file ends inside a table cell")),
        }
    }
    while paragraphs.last().is_some_and(|p| p.trim().is_empty()) {
        paragraphs.pop();
    }
    Ok(paragraphs.join("\n"))
}

fn current(paragraphs: &mut Vec<String>) -> &mut String {
    if paragraphs.is_empty() {
        paragraphs.push(String::new());
    }
    paragraphs.last_mut().expect("one paragraph at least")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolates_around_tokens_are_removed() {
        let t = |s: &str| strip_isolates(s);
        assert_eq!(t("a \u{2066}{ $date }\u{2069} b"), "a { $date } b");
        assert_eq!(t("\u{2066}**\u{2069}x\u{2066}**\u{2069}"), "**x**");
        assert_eq!(
            t("\u{2066}[\u{2069}x\u{2066}](<https://e.org>)\u{2069}"),
            "[x](<https://e.org>)"
        );
        // The translator's own isolates stay.
        assert_eq!(t("\u{2066}abc\u{2069}"), "\u{2066}abc\u{2069}");
        assert_eq!(
            t("\u{2066}\u{2066}{ $x }\u{2069}\u{2069}"),
            "\u{2066}{ $x }\u{2069}"
        );
        assert_eq!(t("\u{2069}\u{2066}"), "\u{2069}\u{2066}");
    }
}
