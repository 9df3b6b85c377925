//! Fingerprints of build inputs, for incremental builds.
//!
//! A [`Fingerprint`] is a BLAKE3 hash (truncated to 128 bits) of everything
//! fed to a [`Hasher`]. Every value is written with its length in front, so
//! `("ab", "c")` and `("a", "bc")` differ. BLAKE3 is specified and stable:
//! the same inputs give the same fingerprint with any Rust or tandem build
//! (unlike `std`'s `DefaultHasher`), so a fingerprint stored in the build
//! state stays valid until an input really changes.

use serde::{Deserialize, Serialize};
use std::path::Path;

/// 128 bits of a BLAKE3 hash, stored as 32 hexadecimal digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint([u8; 16]);

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Fingerprint {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if s.len() != 32 || !s.is_ascii() {
            return Err(format!("not a fingerprint: {s:?}"));
        }
        let mut bytes = [0u8; 16];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|e| e.to_string())?;
        }
        Ok(Fingerprint(bytes))
    }
}

impl Serialize for Fingerprint {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Fingerprint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Collects inputs into a [`Fingerprint`].
#[derive(Clone)]
pub struct Hasher(blake3::Hasher);

impl Hasher {
    /// A hasher for one kind of fingerprint; `purpose` keeps fingerprints of
    /// different kinds apart.
    pub fn new(purpose: &str) -> Hasher {
        let mut h = Hasher(blake3::Hasher::new());
        h.text(purpose);
        h
    }

    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Hasher {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Hasher {
        self.bytes(text.as_bytes())
    }

    /// An optional value: absent and empty differ.
    pub fn maybe(&mut self, bytes: Option<&[u8]>) -> &mut Hasher {
        match bytes {
            Some(b) => self.text("some").bytes(b),
            None => self.text("none"),
        }
    }

    pub fn fingerprint(&mut self, f: &Fingerprint) -> &mut Hasher {
        self.bytes(&f.0)
    }

    /// A file's contents (a missing or unreadable file counts as absent).
    pub fn file(&mut self, path: &Path) -> &mut Hasher {
        self.maybe(std::fs::read(path).ok().as_deref())
    }

    /// Every file below `dir`, in path order: relative path and contents.
    pub fn tree(&mut self, dir: &Path) -> &mut Hasher {
        let mut files: Vec<_> = walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .collect();
        files.sort_by(|a, b| a.path().cmp(b.path()));
        for entry in files {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            self.text(&rel.to_string_lossy());
            self.file(entry.path());
        }
        self
    }

    pub fn finish(&self) -> Fingerprint {
        let hash = self.0.finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&hash.as_bytes()[..16]);
        Fingerprint(bytes)
    }
}

/// The digest of a file as it is on disk now, or of its absence: what
/// the workbench's pages send back when they save, and the server's change
/// events carry.
pub fn file_digest(path: &Path) -> Fingerprint {
    let bytes = std::fs::read(path).ok();
    Hasher::new("workbench-translation-file")
        .maybe(bytes.as_deref())
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_across_builds() {
        // A stored fingerprint must mean the same thing to every tandem
        // build: this value may never change. (Computed independently with
        // Python's `blake3` package: length-prefixed values, first 16 bytes.)
        let f = Hasher::new("test")
            .text("Schulwechsel")
            .bytes(&[1, 2, 3])
            .finish();
        assert_eq!(f.to_string(), "c3ccc9d599cedd21b36914fa972e69df");
        assert_eq!(f.to_string().parse::<Fingerprint>(), Ok(f));
    }

    #[test]
    fn values_are_delimited() {
        let a = Hasher::new("t").text("ab").text("c").finish();
        let b = Hasher::new("t").text("a").text("bc").finish();
        assert_ne!(a, b);
        let none = Hasher::new("t").maybe(None).finish();
        let empty = Hasher::new("t").maybe(Some(b"")).finish();
        assert_ne!(none, empty);
    }
}
