//! Back end: [`Edition`] → PDF, typeset by the `typst` program.
//!
//! For each edition tandem writes the edition as JSON (and the flyer's QR
//! code as SVG) into `.tandem/typst/<doc>/<lang>.json`, then runs
//!
//! ```text
//! typst compile --root <project> --input edition=/.tandem/typst/<doc>/<lang>.json
//!   --font-path <project>/fonts --ignore-system-fonts --ignore-embedded-fonts
//!   --pdf-standard ua-1 --creation-timestamp <t> layouts/<layout>/<layout>.typ <tmp>.pdf
//! ```
//!
//! Text reaches Typst only as JSON strings read by the layout, never as
//! Typst markup. Editions are typeset in parallel (`-j`); each PDF is written
//! to a temporary file and renamed into place, so a failed run keeps the
//! previous good PDF. A PDF whose typst input (JSON, QR target, layout
//! files, fonts, typst version, timestamp) has the digest recorded for the
//! PDF in `output/` is not typeset again.

use super::typst::{Typst, TYPST_INSTALL};
use crate::diag::{Code, Diagnostic, Location};
use crate::fingerprint::{Fingerprint, Hasher};
use crate::model::{Edition, EditionKey, Layout};
use crate::output::write_atomic;
use crate::paths::STATE_DIR;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The creation timestamp written into PDFs: `SOURCE_DATE_EPOCH` when set,
/// else the document's date (00:00 UTC), else 2000-01-01. Same inputs, same bytes.
pub fn timestamp(date: Option<&crate::intl::Temporal>) -> i64 {
    if let Some(epoch) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        return epoch;
    }
    match date {
        Some(crate::intl::Temporal::Date { year, month, day }) => {
            days_from_civil(*year as i64, *month as i64, *day as i64) * 86_400
        }
        _ => 946_684_800,
    }
}

/// Days since 1970-01-01 of a Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// What happened to one PDF; both carry the digest of typst's input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compiled {
    Built(Fingerprint),
    /// Typst's input is the same as for the PDF in `output/`: not started.
    Unchanged(Fingerprint),
}

/// Fingerprint of what a layout's PDFs depend on besides the edition: the
/// layout files, the fonts and typst's version.
pub fn environment(root: &Path, layout: Layout, typst: &Typst) -> Fingerprint {
    let layouts = root.join(crate::paths::LAYOUTS_DIR);
    Hasher::new("typst-environment")
        .text(&typst.version)
        .tree(&layouts.join("common"))
        .tree(&layouts.join(layout.as_str()))
        .tree(&root.join(crate::paths::FONTS_DIR))
        .finish()
}

/// One PDF to make.
pub struct Job<'a> {
    pub edition: &'a Edition,
    pub timestamp: i64,
    /// See [`environment`].
    pub environment: Fingerprint,
    /// Digest of typst's input for the PDF now in `output/`, if any.
    pub previous: Option<Fingerprint>,
    /// Not a release: the layout gets `--input draft=true` (a flyer that
    /// does not fit on one page is typeset on more, see [`page_count`]).
    pub draft: bool,
}

impl Job<'_> {
    pub fn key(&self) -> EditionKey {
        EditionKey::new(&self.edition.doc.id, &self.edition.target.lang)
    }
}

/// Called after each PDF: (job, result, done, total).
pub type Progress<'a> = dyn Fn(&Job, &Result<Compiled, Diagnostic>, usize, usize) + Sync + 'a;

/// The stage: typesets the jobs with `parallel` typst processes at a time
/// (every one when `force`, else those whose input changed). Returns, per
/// job, whether it was built or unchanged, or the error.
pub fn typeset(
    root: &Path,
    typst: &Typst,
    jobs: &[Job],
    parallel: usize,
    force: bool,
    progress: &Progress,
) -> Vec<Result<Compiled, Diagnostic>> {
    let done = AtomicUsize::new(0);
    // Longest first: a long brochure started last would keep one core busy
    // while the others idle (longest-processing-time scheduling).
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(jobs[i].edition.rows.len()));
    let results = crate::parallel::map(&order, parallel, |&i| {
        let job = &jobs[i];
        let r = compile(root, typst, job, force);
        progress(job, &r, done.fetch_add(1, Ordering::SeqCst) + 1, jobs.len());
        r
    });
    let mut by_job: Vec<Option<Result<Compiled, Diagnostic>>> =
        (0..jobs.len()).map(|_| None).collect();
    for (i, r) in order.into_iter().zip(results) {
        by_job[i] = Some(r);
    }
    by_job
        .into_iter()
        .map(|r| r.expect("every job typeset"))
        .collect()
}

/// The working files of an edition below `.tandem/typst/`, as paths on
/// disk and as project-absolute paths for typst.
struct WorkFiles {
    json: PathBuf,
    json_rel: String,
    qr: PathBuf,
    qr_rel: String,
}

impl WorkFiles {
    fn of(root: &Path, key: &EditionKey) -> WorkFiles {
        let stem = key.work_stem();
        let rel = |ext: &str| format!("{STATE_DIR}/typst/{stem}.{ext}");
        WorkFiles {
            json: root.join(rel("json")),
            json_rel: format!("/{}", rel("json")),
            qr: root.join(rel("qr.svg")),
            qr_rel: format!("/{}", rel("qr.svg")),
        }
    }
}

fn compile(root: &Path, typst: &Typst, job: &Job, force: bool) -> Result<Compiled, Diagnostic> {
    let e = job.edition;
    let key = job.key();
    let target = crate::output::output_dir(root).join(key.pdf_path());
    let work = WorkFiles::of(root, &key);
    let json =
        super::edition_json::EditionJson::new(e, e.qr_url.as_ref().map(|_| work.qr_rel.clone()))
            .to_bytes();
    let digest = Hasher::new("typst-input")
        .bytes(&json)
        .maybe(e.qr_url.as_deref().map(str::as_bytes))
        .fingerprint(&job.environment)
        .text(&job.timestamp.to_string())
        .text(if job.draft { "draft" } else { "release" })
        .finish();
    if !force
        && job.previous == Some(digest)
        && target.is_file()
        && !crate::output::private(&target)
    {
        return Ok(Compiled::Unchanged(digest));
    }
    if let Some(url) = &e.qr_url {
        write_atomic(&work.qr, qr_svg(url)?.as_bytes())?;
    }
    write_atomic(&work.json, &json)?;
    let layout = layout_file(root, e.layout)?;
    let run = Run {
        json_rel: &work.json_rel,
        draft: job.draft,
        timestamp: job.timestamp,
        what: &key.to_string(),
    };
    run_typst(root, typst, &run, &layout, &target)?;
    Ok(Compiled::Built(digest))
}

/// One typst run: the JSON it reads (project-absolute), draft or release,
/// the PDF's timestamp, and what it makes (for messages).
pub struct Run<'a> {
    pub json_rel: &'a str,
    pub draft: bool,
    pub timestamp: i64,
    pub what: &'a str,
}

/// The layout's Typst file, project-relative.
pub fn layout_file(root: &Path, layout: Layout) -> Result<String, Diagnostic> {
    let name = layout.as_str();
    let file = format!("{}/{name}/{name}.typ", crate::paths::LAYOUTS_DIR);
    if !root.join(&file).is_file() {
        return Err(
            Diagnostic::error(Code::Layout, format!("the layout file {file} is missing"))
                .help("restore it from a new project (`tandem init`) or the tandem repository"),
        );
    }
    Ok(file)
}

/// Runs typst into a temporary file beside `target` and renames it into
/// place when typst succeeded and the file is a whole PDF.
pub fn run_typst(
    root: &Path,
    typst: &Typst,
    run: &Run,
    layout: &str,
    target: &Path,
) -> Result<(), Diagnostic> {
    let dir = target.parent().unwrap_or(root);
    std::fs::create_dir_all(dir).map_err(|err| {
        Diagnostic::error(
            Code::Write,
            format!("cannot create {}: {err}", dir.display()),
        )
        .help("check that output/ is writable")
    })?;
    let tmp = crate::output::temporary()
        .suffix(".pdf")
        .tempfile_in(dir)
        .map_err(|err| {
            Diagnostic::error(
                Code::Write,
                format!("cannot create a temporary file in {}: {err}", dir.display()),
            )
            .help("check that output/ is writable and the disk is not full")
        })?;
    let tmp_path = tmp.into_temp_path();
    let output = super::typst::command(&typst.program)
        .arg("compile")
        .arg("--root")
        .arg(root)
        .arg("--input")
        .arg(format!("edition={}", run.json_rel))
        .args(
            run.draft
                .then_some(["--input", "draft=true"])
                .into_iter()
                .flatten(),
        )
        .arg("--font-path")
        .arg(root.join(crate::paths::FONTS_DIR))
        .arg("--ignore-system-fonts")
        .arg("--ignore-embedded-fonts")
        .arg("--pdf-standard")
        .arg("ua-1")
        .arg("--creation-timestamp")
        .arg(run.timestamp.to_string())
        .arg("--jobs")
        .arg("1")
        .arg(root.join(layout))
        .arg(&*tmp_path)
        .current_dir(root)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .map_err(|err| {
            Diagnostic::error(Code::Typst, format!("cannot run typst: {err}"))
                .help(format!("install it with {TYPST_INSTALL}"))
        })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(typst_error(root, run.what, layout, &stderr, output.status));
    }
    if !is_complete_pdf(&tmp_path) {
        return Err(Diagnostic::error(
            Code::Typst,
            format!("typst wrote no complete PDF for {}", run.what),
        )
        .help("run the build again with --verbose; the previous PDF was kept"));
    }
    tmp_path.persist(target).map_err(|err| {
        Diagnostic::error(
            Code::Write,
            format!("cannot replace {}: {}", target.display(), err.error),
        )
        .help("check that output/ is writable; the previous PDF was kept")
    })
}

/// The number of pages of a PDF written by typst: the `/Count` of its page
/// tree's root (the `/Type /Pages` dictionary without a `/Parent`). `None`
/// when the file cannot be read or its page tree is not found (for example
/// inside a compressed object stream, which typst 0.15 does not write).
pub fn page_count(path: &Path) -> Option<u32> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let mut rest = text.as_ref();
    while let Some(start) = rest.find("<<") {
        let dict = &rest[start + 2..];
        let end = dict.find(">>").unwrap_or(dict.len());
        let dict = &dict[..end];
        rest = &rest[start + 2..];
        let compact: String = dict.split_whitespace().collect::<Vec<_>>().join(" ");
        let compact = compact.replace("/Type /Pages", "/Type/Pages");
        let is_pages = compact
            .split("/Type/Pages")
            .nth(1)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_ascii_alphanumeric()));
        if !is_pages || compact.contains("/Parent") {
            continue;
        }
        let count = compact.split("/Count").nth(1)?;
        let digits: String = count
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        return digits.parse().ok();
    }
    None
}

/// Whether a file is a whole PDF: it starts with `%PDF-` and its last
/// kilobyte holds the end-of-file marker.
fn is_complete_pdf(path: &Path) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = [0u8; 5];
    if f.read_exact(&mut head).is_err() || &head != b"%PDF-" {
        return false;
    }
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    let mut tail = Vec::new();
    f.seek(SeekFrom::Start(len.saturating_sub(1024))).is_ok()
        && f.read_to_end(&mut tail).is_ok()
        && tail.windows(5).any(|w| w == b"%%EOF")
}

/// Maps typst's error output to a diagnostic naming the layout file and line.
fn typst_error(
    root: &Path,
    what: &str,
    layout: &str,
    stderr: &str,
    status: std::process::ExitStatus,
) -> Diagnostic {
    if let Some(why) = stderr.lines().find_map(|l| {
        l.split_once("tandem: the notice does not fit")
            .map(|(_, r)| r)
    }) {
        let why = why.trim_start_matches([':', ' ']).trim_end_matches('"');
        return Diagnostic::error(
            Code::FlyerOverflow,
            format!("the {what} does not fit on one sheet: {why}"),
        )
        .help("shorten the German or the longest translation, leave out a language (front matter `languages:`), or use `paper: a3`");
    }
    if stderr.contains("does not fit on one page") {
        return Diagnostic::error(
            Code::FlyerOverflow,
            format!("the flyer {what} does not fit on one page"),
        )
        .help("shorten the text (the German or the translation) or use the brochure layout");
    }
    // typst prints `┌─ layouts/x/x.typ:12:5` under the message.
    let location = stderr.lines().find_map(|l| {
        let l = l.trim_start().trim_start_matches(['┌', '─', ' ', '╭']);
        let (file, rest) = l.split_once(':')?;
        let mut nums = rest.split(':');
        // typst counts from 1; a 0 (seen in the wild) means "somewhere".
        let line = nums.next()?.trim().parse::<usize>().ok()?.max(1);
        let column = nums.next()?.trim().parse::<usize>().ok()?.max(1);
        let file = file
            .trim_start_matches(&*root.to_string_lossy())
            .trim_start_matches('/')
            .to_string();
        let source_line = std::fs::read_to_string(root.join(&file))
            .ok()
            .and_then(|t| {
                t.lines()
                    .nth(line - 1)
                    .map(|l| crate::diag::excerpt(l, column))
            });
        Some(Location {
            file,
            line,
            column,
            caret: source_line.as_ref().map_or(column, |(_, c)| *c),
            source_line: source_line.map(|(l, _)| l),
        })
    });
    let first = stderr
        .lines()
        .find(|l| l.starts_with("error:"))
        .unwrap_or_else(|| stderr.lines().next().unwrap_or(""))
        .trim_start_matches("error:")
        .trim();
    let killed = if status.code().is_none() {
        " (typst was killed)"
    } else {
        ""
    };
    let first = if first.is_empty() {
        format!("typst exited with {status} and printed no error")
    } else {
        first.to_string()
    };
    Diagnostic::error(Code::Typst, format!("typesetting {what} failed{killed}: {first}"))
        .at_opt(location)
        .help(format!("this is a problem in the layout {layout} or in typst; the previous PDF was kept. Full typst output:\n{}", stderr.trim_end()))
}

/// A QR code as SVG (dark modules on white, with a quiet zone).
pub fn qr_svg(url: &str) -> Result<String, Diagnostic> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(|err| {
            Diagnostic::error(
                Code::Qr,
                format!("cannot make a QR code for `{url}`: {err}"),
            )
            .help("use a shorter web address")
        })?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_come_from_the_date() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 1, 1) * 86_400, 946_684_800);
        assert_eq!(days_from_civil(2024, 2, 29), 19_782);
    }

    #[test]
    fn a_typst_error_on_line_0_is_located_at_line_1() {
        // typst 0.15 printed `:0:0` for an error in a file it could not read;
        // tandem 0.1 subtracted 1 from the line and panicked.
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("layouts/flyer")).unwrap();
        std::fs::write(dir.path().join("layouts/flyer/flyer.typ"), "#let x = 1\n").unwrap();
        let stderr = "error: file not found\n  ┌─ layouts/flyer/flyer.typ:0:0\n";
        let status = std::process::Command::new("false").status().unwrap();
        let key = EditionKey::new("flyer", "ar");
        let d = typst_error(
            dir.path(),
            &key.to_string(),
            "layouts/flyer/flyer.typ",
            stderr,
            status,
        );
        let loc = d.location.expect("located");
        assert_eq!(
            (loc.file.as_str(), loc.line, loc.column),
            ("layouts/flyer/flyer.typ", 1, 1)
        );
        assert!(
            d.message
                .contains("typesetting flyer [ar] failed: file not found"),
            "{}",
            d.message
        );
    }

    #[test]
    fn pages_are_counted_at_the_root_of_the_page_tree() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.pdf");
        let pdf = "%PDF-1.7\n1 0 obj\n<</Type/Pages/Count 1/Kids[5 0 R]>>\nendobj\n\
                   4 0 obj\n<< /Type /Pages /Parent 1 0 R /Count 3 >>\nendobj\n\
                   7 0 obj\n<</Type /Page/Parent 1 0 R>>\n%%EOF";
        std::fs::write(&file, pdf).unwrap();
        assert_eq!(page_count(&file), Some(1));
        let pdf = "%PDF-1.7\n3 0 obj\n<< /Type /Page /Parent 4 0 R >>\n4 0 obj\n<< /Kids [3 0 R] /Type /Pages\n /Count 2 >>";
        std::fs::write(&file, pdf).unwrap();
        assert_eq!(page_count(&file), Some(2));
        std::fs::write(&file, "%PDF-1.7 compressed").unwrap();
        assert_eq!(page_count(&file), None);
    }

    #[test]
    fn qr_codes_are_svg() {
        let svg = qr_svg("https://www.landkreis-lueneburg.de").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"));
    }
}
