//! Back end: [`Edition`] → PDF, typeset by the `typst` program.
//!
//! For each edition tandem writes the edition as JSON (and the flyer's QR
//! code as SVG) into `output/.tandem/typst/`, then runs
//!
//! ```text
//! typst compile --root <project> --input edition=/output/.tandem/typst/<x>.json
//!   --font-path <project>/fonts --ignore-system-fonts --ignore-embedded-fonts
//!   --pdf-standard ua-1 --creation-timestamp <t> layouts/<layout>/<layout>.typ <tmp>.pdf
//! ```
//!
//! Text reaches Typst only as JSON strings read by the layout, never as
//! Typst markup. Editions are typeset in parallel (`-j`); each PDF is written
//! to a temporary file and renamed into place, so a failed run keeps the
//! previous good PDF.

use crate::diag::{Diagnostic, Location};
use crate::model::Edition;
use crate::output::{write_atomic, STATE_DIR};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The Typst version tandem's layouts are written for.
pub const TYPST_VERSION: &str = "0.15";
pub const TYPST_INSTALL: &str = "cargo install typst-cli --version 0.15.1 --locked";

/// A located `typst` program of the right version.
#[derive(Debug, Clone)]
pub struct Typst {
    pub program: PathBuf,
    /// e.g. `0.15.1`
    pub version: String,
}

impl Typst {
    /// Finds `typst`: `$TANDEM_TYPST`, else `typst` on PATH; checks the version once.
    pub fn locate() -> Result<Typst, Diagnostic> {
        let program = std::env::var_os("TANDEM_TYPST")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("typst"));
        let out = Command::new(&program).arg("--version").output().map_err(|e| {
            Diagnostic::error("typst", format!("cannot run `{}`: {e}", program.display())).help(format!(
                "tandem needs the typst program {TYPST_VERSION}.x for PDF output. Install it with\n    {TYPST_INSTALL}\n  or set TANDEM_TYPST to its path; to build only HTML, use `--format html`"
            ))
        })?;
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        let version = text.split_whitespace().nth(1).unwrap_or("").to_string();
        if !out.status.success() || !version.starts_with(&format!("{TYPST_VERSION}.")) {
            return Err(Diagnostic::error(
                "typst",
                format!("`{}` is typst {}, but tandem's layouts need typst {TYPST_VERSION}.x", program.display(), if version.is_empty() { "of an unknown version" } else { &version }),
            )
            .help(format!("install the pinned version with\n    {TYPST_INSTALL}\n  or set TANDEM_TYPST to the path of a typst {TYPST_VERSION}.x")));
        }
        Ok(Typst { program, version })
    }
}

/// The JSON a layout reads: the edition plus paths of generated files.
#[derive(Serialize)]
struct TypstInput<'a> {
    #[serde(flatten)]
    edition: &'a Edition,
    /// Project-absolute path of the QR code SVG.
    qr: Option<String>,
}

/// The JSON file a layout reads (`sys.inputs.edition`): the edition and
/// the project-absolute path of its QR code. Text reaches Typst only as
/// JSON strings, never as markup, so no document can inject Typst code.
pub fn typst_input(edition: &Edition, qr: Option<String>) -> Vec<u8> {
    serde_json::to_vec(&TypstInput { edition, qr }).expect("edition serializes")
}

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

/// What happened to one PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compiled {
    Built,
    /// Inputs unchanged since the last build: typst was not started.
    Unchanged,
}

/// A fingerprint of what a PDF depends on besides the edition itself:
/// the layout files, the fonts, and the versions of typst and tandem.
pub fn environment_fingerprint(root: &Path, layout: &str, typst: &Typst) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    typst.version.hash(&mut h);
    for dir in [
        root.join(crate::html::LAYOUTS_DIR).join("common"),
        root.join(crate::html::LAYOUTS_DIR).join(layout),
    ] {
        let mut files: Vec<_> = walkdir::WalkDir::new(&dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect();
        files.sort();
        for f in files {
            f.hash(&mut h);
            std::fs::read(&f).unwrap_or_default().hash(&mut h);
        }
    }
    let mut fonts: Vec<_> = std::fs::read_dir(root.join(crate::fonts::FONTS_DIR))
        .into_iter()
        .flatten()
        .flatten()
        .collect();
    fonts.sort_by_key(|e| e.file_name());
    for f in fonts {
        f.file_name().hash(&mut h);
        if let Ok(m) = f.metadata() {
            m.len().hash(&mut h);
            m.modified().ok().hash(&mut h);
        }
    }
    h.finish()
}

/// Called after each PDF: (done, total, edition, result).
pub type Progress = dyn Fn(usize, usize, &Edition, &Result<Compiled, Diagnostic>) + Sync;

/// One PDF to make.
pub struct Job<'a> {
    pub edition: &'a Edition,
    pub timestamp: i64,
    /// Final path below output/.
    pub target: PathBuf,
    /// See [`environment_fingerprint`].
    pub environment: u64,
    /// Typeset even when nothing changed.
    pub force: bool,
}

/// Typesets the jobs with `jobs` typst processes at a time. Returns, per
/// job, whether it was built or unchanged, or the error.
pub fn compile_all(
    root: &Path,
    typst: &Typst,
    jobs: &[Job],
    parallel: usize,
    progress: &Progress,
) -> Vec<Result<Compiled, Diagnostic>> {
    let done = AtomicUsize::new(0);
    crate::build::parallel_map(jobs, parallel, |job| {
        let r = compile(root, typst, job);
        progress(
            done.fetch_add(1, Ordering::SeqCst) + 1,
            jobs.len(),
            job.edition,
            &r,
        );
        r
    })
}

fn compile(root: &Path, typst: &Typst, job: &Job) -> Result<Compiled, Diagnostic> {
    let e = job.edition;
    let stem = format!("{}--{}", e.doc.id.replace('/', "--"), e.target.lang);
    let work = root
        .join(crate::output::OUTPUT_DIR)
        .join(STATE_DIR)
        .join("typst");
    let json_rel = format!(
        "/{}/{STATE_DIR}/typst/{stem}.json",
        crate::output::OUTPUT_DIR
    );
    let qr = match &e.qr_url {
        Some(url) => {
            let svg = qr_svg(url)?;
            write_atomic(&work.join(format!("{stem}.qr.svg")), svg.as_bytes())?;
            Some(format!(
                "/{}/{STATE_DIR}/typst/{stem}.qr.svg",
                crate::output::OUTPUT_DIR
            ))
        }
        None => None,
    };
    let json = typst_input(e, qr);
    let fingerprint = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        json.hash(&mut h);
        e.qr_url.hash(&mut h);
        job.environment.hash(&mut h);
        job.timestamp.hash(&mut h);
        format!("{:016x}", h.finish())
    };
    let stamp = work.join(format!("{stem}.fingerprint"));
    if !job.force
        && job.target.is_file()
        && !crate::output::private(&job.target)
        && std::fs::read_to_string(&stamp).is_ok_and(|s| s == fingerprint)
    {
        return Ok(Compiled::Unchanged);
    }
    write_atomic(&work.join(format!("{stem}.json")), &json)?;

    let layout = format!(
        "{}/{}/{}.typ",
        crate::html::LAYOUTS_DIR,
        e.layout.as_str(),
        e.layout.as_str()
    );
    if !root.join(&layout).is_file() {
        return Err(
            Diagnostic::error("layout", format!("the layout file {layout} is missing"))
                .help("restore it from a new project (`tandem init`) or the tandem repository"),
        );
    }
    let dir = job.target.parent().unwrap_or(root);
    std::fs::create_dir_all(dir).map_err(|err| {
        Diagnostic::error("write", format!("cannot create {}: {err}", dir.display()))
            .help("check that output/ is writable")
    })?;
    let tmp = crate::output::temporary()
        .suffix(".pdf")
        .tempfile_in(dir)
        .map_err(|err| {
            Diagnostic::error(
                "write",
                format!("cannot create a temporary file in {}: {err}", dir.display()),
            )
            .help("check that output/ is writable and the disk is not full")
        })?;
    let tmp_path = tmp.into_temp_path();
    let mut command = Command::new(&typst.program);
    die_with_parent(&mut command);
    let output = command
        .arg("compile")
        .arg("--root")
        .arg(root)
        .arg("--input")
        .arg(format!("edition={json_rel}"))
        .arg("--font-path")
        .arg(root.join(crate::fonts::FONTS_DIR))
        .arg("--ignore-system-fonts")
        .arg("--ignore-embedded-fonts")
        .arg("--pdf-standard")
        .arg("ua-1")
        .arg("--creation-timestamp")
        .arg(job.timestamp.to_string())
        .arg("--jobs")
        .arg("1")
        .arg(root.join(&layout))
        .arg(&*tmp_path)
        .current_dir(root)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .map_err(|err| {
            Diagnostic::error("typst", format!("cannot run typst: {err}"))
                .help(format!("install it with {TYPST_INSTALL}"))
        })?;
    if !output.status.success() {
        return Err(typst_error(
            root,
            e,
            &layout,
            &String::from_utf8_lossy(&output.stderr),
            output.status,
        ));
    }
    if !is_complete_pdf(&tmp_path) {
        return Err(Diagnostic::error(
            "typst",
            format!(
                "typst wrote no complete PDF for {} [{}]",
                e.doc.id, e.target.lang
            ),
        )
        .help("run the build again with --verbose; the previous PDF was kept"));
    }
    tmp_path.persist(&job.target).map_err(|err| {
        Diagnostic::error(
            "write",
            format!("cannot replace {}: {}", job.target.display(), err.error),
        )
        .help("check that output/ is writable; the previous PDF was kept")
    })?;
    write_atomic(&stamp, fingerprint.as_bytes())?;
    Ok(Compiled::Built)
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

/// On Linux, typst is killed when tandem dies (also by SIGKILL), so that an
/// interrupted build leaves no typst running that writes on.
#[cfg(target_os = "linux")]
fn die_with_parent(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: between fork and exec only async-signal-safe calls are
    // allowed; prctl and getppid are system calls without allocation.
    unsafe {
        let parent = libc::getpid();
        command.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // The parent may have died before prctl took effect.
            if libc::getppid() != parent {
                libc::_exit(1);
            }
            Ok(())
        });
    }
}

#[cfg(not(target_os = "linux"))]
fn die_with_parent(_: &mut Command) {}

/// Maps typst's error output to a diagnostic naming the layout file and line.
fn typst_error(
    root: &Path,
    e: &Edition,
    layout: &str,
    stderr: &str,
    status: std::process::ExitStatus,
) -> Diagnostic {
    let what = format!("{} [{}]", e.doc.id, e.target.lang);
    if stderr.contains("does not fit on one page") {
        return Diagnostic::error(
            "flyer-overflow",
            format!("the flyer {what} does not fit on one page"),
        )
        .help("shorten the text (the German or the translation) or use the brochure layout");
    }
    // typst prints `┌─ layouts/x/x.typ:12:5` under the message.
    let location = stderr.lines().find_map(|l| {
        let l = l.trim_start().trim_start_matches(['┌', '─', ' ', '╭']);
        let (file, rest) = l.split_once(':')?;
        let mut nums = rest.split(':');
        let line = nums.next()?.trim().parse().ok()?;
        let column = nums.next()?.trim().parse().ok()?;
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
    Diagnostic::error("typst", format!("typesetting {what} failed{killed}: {first}"))
        .at_opt(location)
        .help(format!("this is a problem in the layout {layout} or in typst; the previous PDF was kept. Full typst output:\n{}", stderr.trim_end()))
}

/// A QR code as SVG (dark modules on white, with a quiet zone).
pub fn qr_svg(url: &str) -> Result<String, Diagnostic> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(|err| {
            Diagnostic::error("qr", format!("cannot make a QR code for `{url}`: {err}"))
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
    fn qr_codes_are_svg() {
        let svg = qr_svg("https://www.landkreis-lueneburg.de").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"));
    }
}
