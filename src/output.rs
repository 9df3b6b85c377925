//! Writing into `output/`: every file is written to a temporary file in the
//! same folder and renamed into place, so a reader (or a crashed build)
//! sees either the previous complete file or the new complete one.

use crate::diag::{Code, Diagnostic};
use crate::paths::OUTPUT_DIR;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically, creating parent folders.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        Diagnostic::error(Code::Write, format!("cannot {what} {}: {e}", path.display()))
            .help("check that the output folder is writable and the disk is not full; the previous file was kept")
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| fail("create the folder for", &e))?;
    let mut tmp = temporary()
        .tempfile_in(dir)
        .map_err(|e| fail("create a temporary file for", &e))?;
    tmp.write_all(bytes).map_err(|e| fail("write", &e))?;
    // No fsync: rename is atomic against crashes and interruptions of the
    // build (the case that matters here); syncing every file cost most of
    // tandem's own build time (BENCHMARKS.md).
    tmp.persist(path).map_err(|e| fail("replace", &e.error))?;
    Ok(())
}

/// A temporary file next to an output file (named so that the next build
/// can remove it if this one is interrupted). It is created readable by
/// everyone (0644 less the umask), like a file written in place: the
/// default of 0600 would hide published pages from a web server.
pub fn temporary() -> tempfile::Builder<'static, 'static> {
    let mut b = tempfile::Builder::new();
    b.prefix(".tandem-tmp-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o644));
    }
    b
}

/// Like [`write_atomic`], but leaves the file alone when it already has
/// these bytes (no needless writes, and the file keeps its time stamp).
pub fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) && !private(path) {
        return Ok(());
    }
    write_atomic(path, bytes)
}

/// Whether only its owner can read a file: so did tandem write files
/// before 2026-11-27; they are written again, readable by everyone.
pub fn private(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o044 == 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Copies a file atomically (skipped when the target has the same bytes).
pub fn copy_atomic(from: &Path, to: &Path) -> Result<(), Diagnostic> {
    let bytes = std::fs::read(from).map_err(|e| {
        Diagnostic::error(Code::Io, format!("cannot read {}: {e}", from.display()))
            .help("check that the file exists and is readable")
    })?;
    write_if_changed(to, &bytes)
}

/// Refuses folders tandem writes into (`output/`, the build state) that
/// are symbolic links: tandem writes only inside the project, and a link
/// (made by hand or planted in a shared folder) would let a build
/// overwrite files elsewhere. Run before anything is written.
pub fn refuse_linked(root: &Path, dirs: &[PathBuf]) -> Result<(), Diagnostic> {
    for path in dirs {
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(link_refused(root, path));
        }
    }
    Ok(())
}

/// Once the build holds the lock, one walk through the folders tandem
/// writes into: a symbolic link anywhere in them stops the build (see
/// [`refuse_linked`]), and temporary files an interrupted build left behind
/// are removed.
pub fn clean(root: &Path, dirs: &[PathBuf]) -> Result<(), Diagnostic> {
    let walk = |dir: &PathBuf| {
        walkdir::WalkDir::new(dir)
            .follow_links(false)
            .into_iter()
            .flatten()
    };
    for entry in dirs.iter().flat_map(walk) {
        if entry.path_is_symlink() {
            return Err(link_refused(root, entry.path()));
        }
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with(".tandem-tmp-")
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}

fn link_refused(root: &Path, path: &Path) -> Diagnostic {
    let target = std::fs::read_link(path)
        .map(|t| t.display().to_string())
        .unwrap_or_default();
    Diagnostic::error(
        Code::OutputLink,
        format!(
            "{} is a symbolic link (to {target}); tandem writes only into the project's own output/ folder",
            crate::diag::rel_path(root, path)
        ),
    )
    .help("replace the link with a normal folder; to publish elsewhere, copy output/ there after the build (docs/publishing.md)")
}

/// The output folder of a project.
pub fn output_dir(root: &Path) -> PathBuf {
    root.join(OUTPUT_DIR)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a/b/c.html");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(p.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
        // Readable like a file written in place (0644 less the umask).
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::fs::PermissionsExt;
            let status = std::fs::read_to_string("/proc/self/status").unwrap();
            let umask = status
                .lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .map(|m| u32::from_str_radix(m.trim(), 8).unwrap())
                .unwrap();
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o644 & !umask);
        }
    }
}
