//! The status of a translation: the one rule that decides whether a segment
//! is translated, outdated or missing. `build`, `status`, `check` and the
//! release report all get their counts from editions aligned with it.

use crate::locales::{normalise, EntryInfo};
use crate::model::{Segment, Status};

/// The status of `seg` given its message in the translation file (if any)
/// and whether the message could be formatted without errors.
///
/// - **missing**: no message with a value, or a message that cannot be
///   formatted (an error was reported; the German is shown instead);
/// - **outdated**: the German recorded with the message (`# de:`) differs
///   from the current German, or the message is flagged `# outdated`;
/// - **translated**: otherwise, also when no German was recorded (as in
///   messages added by translation platforms).
pub fn segment_status(seg: &Segment, entry: Option<&EntryInfo>, formats: bool) -> Status {
    if seg.source.is_empty() {
        return Status::Untranslatable;
    }
    let Some(entry) = entry.filter(|e| e.has_value) else {
        return Status::Missing;
    };
    if !formats {
        return Status::Missing;
    }
    let changed = entry
        .recorded_source
        .as_ref()
        .is_some_and(|r| *r != normalise(&seg.source));
    if entry.flagged_outdated || changed {
        Status::Outdated
    } else {
        Status::Translated
    }
}

/// The status of a row: the worst status of its segments.
pub fn row_status(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses
        .into_iter()
        .filter(|s| *s != Status::Untranslatable)
        .fold(None, |worst: Option<Status>, s| {
            Some(match worst {
                Some(w) if rank(w) >= rank(s) => w,
                _ => s,
            })
        })
        .unwrap_or(Status::Untranslatable)
}

fn rank(s: Status) -> u8 {
    match s {
        Status::Untranslatable => 0,
        Status::Translated => 1,
        Status::Outdated => 2,
        Status::Missing => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SegmentKind;

    fn seg(source: &str) -> Segment {
        Segment {
            id: "a-1".into(),
            kind: SegmentKind::Paragraph,
            section: "a".into(),
            source: source.into(),
            line: 1,
            column: 1,
        }
    }

    #[test]
    fn the_status_rule() {
        let entry = |recorded: Option<&str>, flagged| EntryInfo {
            has_value: true,
            recorded_source: recorded.map(str::to_string),
            flagged_outdated: flagged,
            ..Default::default()
        };
        let s = seg("Die   Anmeldung.");
        assert_eq!(segment_status(&s, None, true), Status::Missing);
        let current = entry(Some("Die Anmeldung."), false);
        assert_eq!(segment_status(&s, Some(&current), true), Status::Translated);
        assert_eq!(segment_status(&s, Some(&current), false), Status::Missing);
        let old = entry(Some("Die alte Anmeldung."), false);
        assert_eq!(segment_status(&s, Some(&old), true), Status::Outdated);
        let flagged = entry(Some("Die Anmeldung."), true);
        assert_eq!(segment_status(&s, Some(&flagged), true), Status::Outdated);
        let platform = entry(None, false);
        assert_eq!(
            segment_status(&s, Some(&platform), true),
            Status::Translated
        );
        assert_eq!(segment_status(&seg(""), None, true), Status::Untranslatable);
    }

    #[test]
    fn a_row_is_as_bad_as_its_worst_segment() {
        use Status::*;
        assert_eq!(row_status([Translated, Outdated, Translated]), Outdated);
        assert_eq!(row_status([Outdated, Missing]), Missing);
        assert_eq!(row_status([Untranslatable, Translated]), Translated);
        assert_eq!(row_status([Untranslatable]), Untranslatable);
    }
}
