//! The status of a translation: the one rule that decides whether a segment
//! is translated, outdated or missing. `build`, `status`, `check` and the
//! release report all get their counts from editions aligned with it; the
//! same rule tells `update` and `accept` what a translation was made from.

use crate::locales::EntryInfo;
use crate::model::{Segment, Status};
use crate::record::{normalise, same_german, Made};

/// The German a translation was made from, as far as tandem can tell:
///
/// 1. the German in its `# de:` comment, when that is the current German
///    and no `# outdated` line says otherwise (written by `update` for a
///    current translation, or confirmed by a translator who deleted the
///    outdated lines);
/// 2. else the German in the record ([`crate::record`]), when the
///    translation is still the text it was recorded with;
/// 3. else the German in its `# de:` comment (a file without a record, or
///    a translation edited in a text editor before `update` ran);
/// 4. a translation that is marked outdated and has no record (a file
///    written before records existed): the German in `# de-before:`;
/// 5. else the current German: the translation is newer than anything
///    recorded (revised on a platform, new from a platform, or written
///    without a comment).
///
/// `None` only for case 4 without a `# de-before:`: made from a German
/// nobody knows, so outdated.
pub fn made_from(current: &str, entry: &EntryInfo, record: Option<&Made>) -> Option<String> {
    let current = normalise(current);
    let comment = entry.recorded_source.as_deref();
    if !entry.flagged_outdated && comment.is_some_and(|c| same_german(c, &current)) {
        return Some(current);
    }
    if let Some(made) = record.filter(|m| Some(m.translation) == entry.digest) {
        return Some(made.de.clone());
    }
    if let (false, Some(c)) = (entry.flagged_outdated, comment) {
        return Some(c.to_string());
    }
    if entry.flagged_outdated && record.is_none() {
        return entry.previous_source.clone();
    }
    Some(current)
}

/// The status of `seg` given its message in the translation file (if
/// any), its record, and whether the message could be formatted without
/// errors:
///
/// - **missing**: no message with a value, or a message that cannot be
///   formatted (an error was reported; the German is shown instead);
/// - **outdated**: made from German ([`made_from`]) that differs from the
///   current German in more than whitespace and typography;
/// - **translated**: otherwise.
pub fn segment_status(
    seg: &Segment,
    entry: Option<&EntryInfo>,
    record: Option<&Made>,
    formats: bool,
) -> Status {
    if seg.source.is_empty() {
        return Status::Untranslatable;
    }
    let Some(entry) = entry.filter(|e| e.has_value) else {
        return Status::Missing;
    };
    if !formats {
        return Status::Missing;
    }
    match made_from(&seg.source, entry, record) {
        Some(german) if same_german(&german, &seg.source) => Status::Translated,
        _ => Status::Outdated,
    }
}

/// Whether a segment's translation was reviewed (checked by a second
/// person, [`crate::record::Review`]) as it is now: it is current
/// (`status` is translated), and the review was made of exactly this
/// translation (its digest) against German that says the same as the
/// current German. A revised translation, or a German change not accepted
/// as editorial, needs a new review.
pub fn reviewed(
    seg: &Segment,
    entry: Option<&EntryInfo>,
    record: Option<&Made>,
    status: Status,
) -> bool {
    let review = record.and_then(|m| m.review.as_ref());
    status == Status::Translated
        && review.is_some_and(|r| {
            Some(r.translation) == entry.and_then(|e| e.digest) && same_german(&r.de, &seg.source)
        })
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

    fn digest(text: &str) -> crate::fingerprint::Fingerprint {
        crate::fingerprint::Hasher::new("test").text(text).finish()
    }

    fn entry(recorded: Option<&str>, flagged: bool, text: &str) -> EntryInfo {
        EntryInfo {
            has_value: true,
            recorded_source: recorded.map(str::to_string),
            flagged_outdated: flagged,
            digest: Some(digest(text)),
            ..Default::default()
        }
    }

    fn made(de: &str, text: &str) -> Made {
        Made::new(de.into(), digest(text))
    }

    #[test]
    fn the_status_rule_without_a_record() {
        let s = seg("Die   Anmeldung.");
        let status = |e: Option<&EntryInfo>, formats| segment_status(&s, e, None, formats);
        assert_eq!(status(None, true), Status::Missing);
        let current = entry(Some("Die Anmeldung."), false, "T");
        assert_eq!(status(Some(&current), true), Status::Translated);
        assert_eq!(status(Some(&current), false), Status::Missing);
        let old = entry(Some("Die alte Anmeldung."), false, "T");
        assert_eq!(status(Some(&old), true), Status::Outdated);
        let flagged = entry(Some("Die Anmeldung."), true, "T");
        assert_eq!(status(Some(&flagged), true), Status::Outdated);
        let platform = entry(None, false, "T");
        assert_eq!(status(Some(&platform), true), Status::Translated);
        assert_eq!(
            segment_status(&seg(""), None, None, true),
            Status::Untranslatable
        );
        // Typography is not a change.
        let quotes = entry(Some("Die „Anmeldung“."), false, "T");
        let straight = seg("Die \"Anmeldung\".");
        assert_eq!(
            segment_status(&straight, Some(&quotes), None, true),
            Status::Translated
        );
    }

    #[test]
    fn the_status_rule_with_a_record() {
        let s = seg("Die neue Anmeldung.");
        let recorded = made("Die alte Anmeldung.", "T");
        let status = |e: &EntryInfo, m: &Made| segment_status(&s, Some(e), Some(m), true);
        // Marked outdated by update, unchanged: outdated, whatever the
        // comments say (a platform may have replaced them).
        let marked = entry(Some("Die neue Anmeldung."), true, "T");
        assert_eq!(status(&marked, &recorded), Status::Outdated);
        let pontoon = entry(None, false, "T");
        assert_eq!(status(&pontoon, &recorded), Status::Outdated);
        // Revised since: current, whether comments could be edited or not.
        let revised = entry(Some("Die neue Anmeldung."), true, "T2");
        assert_eq!(status(&revised, &recorded), Status::Translated);
        let revised_pontoon = entry(None, false, "T2");
        assert_eq!(status(&revised_pontoon, &recorded), Status::Translated);
        // Confirmed by hand: the outdated lines deleted.
        let confirmed = entry(Some("Die neue Anmeldung."), false, "T");
        assert_eq!(status(&confirmed, &recorded), Status::Translated);
        // Edited in a text editor before update saw the new German: still
        // made from the German its comment shows.
        let early = entry(Some("Die alte Anmeldung."), false, "T2");
        assert_eq!(status(&early, &recorded), Status::Outdated);
        // Accepted as editorial: the record says the current German.
        let accepted = made("Die neue Anmeldung.", "T");
        assert_eq!(status(&pontoon, &accepted), Status::Translated);
    }

    #[test]
    fn a_review_holds_for_the_translation_and_german_it_checked() {
        let s = seg("Die Anmeldung.");
        let e = entry(Some("Die Anmeldung."), false, "T");
        let review = |text: &str, de: &str| Made {
            review: Some(crate::record::Review {
                by: "Olena".into(),
                at: "2026-12-06T10:00:00Z".into(),
                translation: digest(text),
                de: de.into(),
            }),
            ..made("Die Anmeldung.", "T")
        };
        let ok = review("T", "Die   Anmeldung.");
        assert!(reviewed(&s, Some(&e), Some(&ok), Status::Translated));
        assert!(!reviewed(&s, Some(&e), Some(&ok), Status::Outdated));
        // The translation was revised since, or the German changed.
        assert!(!reviewed(
            &s,
            Some(&e),
            Some(&review("T2", "Die Anmeldung.")),
            Status::Translated
        ));
        assert!(!reviewed(
            &s,
            Some(&e),
            Some(&review("T", "Die alte Anmeldung.")),
            Status::Translated
        ));
        // Typography is not a change.
        let quoted = seg("Die \"Anmeldung\".");
        assert!(reviewed(
            &quoted,
            Some(&e),
            Some(&review("T", "Die „Anmeldung“.")),
            Status::Translated
        ));
        assert!(!reviewed(
            &s,
            Some(&e),
            Some(&made("Die Anmeldung.", "T")),
            Status::Translated
        ));
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
