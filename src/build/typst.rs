//! The `typst` program: finding it (of the version the layouts are
//! written for) and starting it so that it dies with tandem.

use crate::diag::{Code, Diagnostic};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::Ordering;

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
            Diagnostic::error(Code::Typst, format!("cannot run `{}`: {e}", program.display())).help(format!(
                "tandem needs the typst program {TYPST_VERSION}.x for PDF output. Install it with\n    {TYPST_INSTALL}\n  or set TANDEM_TYPST to its path; to build only HTML, use `--format html`"
            ))
        })?;
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        let version = text.split_whitespace().nth(1).unwrap_or("").to_string();
        if !out.status.success() || !version.starts_with(&format!("{TYPST_VERSION}.")) {
            return Err(Diagnostic::error(
                Code::Typst,
                format!("`{}` is typst {}, but tandem's layouts need typst {TYPST_VERSION}.x", program.display(), if version.is_empty() { "of an unknown version" } else { &version }),
            )
            .help(format!("install the pinned version with\n    {TYPST_INSTALL}\n  or set TANDEM_TYPST to the path of a typst {TYPST_VERSION}.x")));
        }
        Ok(Typst { program, version })
    }
}

/// The first argument that makes `tandem` a typst launcher ([`launcher_main`]).
const LAUNCHER_ARG: &str = "--tandem-typst-launcher";

/// Set by a binary whose `main` calls [`launcher_main`] first: typst is then
/// started through it.
static LAUNCHER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Call first thing in `main`. Started as `tandem --tandem-typst-launcher
/// <parent pid> <program> <args>…`, the process asks the kernel to kill it
/// when its parent dies (`PR_SET_PDEATHSIG`), checks that the parent is
/// still the one that started it, and becomes the program (`exec`, which
/// keeps the setting). Otherwise it records that this binary can launch
/// typst that way and returns.
pub fn launcher_main() {
    let mut args = std::env::args_os().skip(1);
    if args.next().as_deref() != Some(std::ffi::OsStr::new(LAUNCHER_ARG)) {
        LAUNCHER.store(true, Ordering::SeqCst);
        return;
    }
    let parent: Option<u32> = args.next().and_then(|p| p.to_str()?.parse().ok());
    let (Some(parent), Some(program)) = (parent, args.next()) else {
        std::process::exit(2);
    };
    become_child(parent, program, args.collect());
}

#[cfg(target_os = "linux")]
fn become_child(parent: u32, program: std::ffi::OsString, args: Vec<std::ffi::OsString>) -> ! {
    use std::os::unix::process::CommandExt;
    // SAFETY: plain system calls on this process, no memory is shared.
    let alive = unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == 0 && libc::getppid() as u32 == parent
    };
    if !alive {
        // The parent died before the setting took effect: do not start.
        std::process::exit(1);
    }
    let err = Command::new(program).args(args).exec();
    eprintln!("error: cannot run typst: {err}");
    std::process::exit(127)
}

#[cfg(not(target_os = "linux"))]
fn become_child(_: u32, program: std::ffi::OsString, args: Vec<std::ffi::OsString>) -> ! {
    let status = Command::new(program).args(args).status();
    std::process::exit(status.ok().and_then(|s| s.code()).unwrap_or(127))
}

/// A command that runs `program` so that it dies with tandem (also when
/// tandem is killed with SIGKILL) and no interrupted build leaves a typst
/// running that writes on: through tandem itself as a launcher (see
/// [`launcher_main`]). The launcher is a new small process started with
/// `posix_spawn`; setting the signal in a `pre_exec` hook instead would
/// make every start `fork` the whole build (copying its page tables and
/// write-protecting its memory), which cost 15 ms per PDF in a build of
/// 2400 editions.
pub fn command(program: &Path) -> Command {
    let exe = std::env::current_exe()
        .ok()
        .filter(|_| LAUNCHER.load(Ordering::SeqCst));
    match exe {
        Some(exe) if cfg!(target_os = "linux") => {
            let mut c = Command::new(exe);
            c.arg(LAUNCHER_ARG)
                .arg(std::process::id().to_string())
                .arg(program);
            c
        }
        _ => Command::new(program),
    }
}
