//! Which existing translation each segment keeps when the German changed:
//! paragraphs inserted, deleted, moved or edited (`update`).
//!
//! 1. the same German (as [`same_german`] compares), the same ID first;
//! 2. an edited German: the most similar old German, by word overlap, at
//!    least [`SIMILAR`] (flagged outdated by `update`);
//! 3. the same ID.
//!
//! Never fuzzy below that threshold: gettext's 0.6 pairs unrelated strings.

use crate::locales::normalise;
use crate::model::Segment;
use crate::record::same_german;

/// An existing translation as matching sees it.
pub struct Candidate<'a> {
    pub id: &'a str,
    /// The German it was last shown with, if known.
    pub german: Option<&'a str>,
}

/// For each segment, the candidate it keeps; and which candidates are used.
pub fn assign(segments: &[&Segment], olds: &[Candidate]) -> (Assignment, Vec<bool>) {
    let mut used = vec![false; olds.len()];
    let mut assigned: Assignment = vec![None; segments.len()];
    exact_matches(segments, olds, &mut used, &mut assigned);
    similar_matches(segments, olds, &mut used, &mut assigned);
    same_id_matches(segments, olds, &mut used, &mut assigned);
    (assigned, used)
}

/// Word overlap (Dice coefficient) from which an edited German text is taken
/// to be the same paragraph. High on purpose: gettext's fuzzy threshold of
/// 0.6 pairs unrelated strings. Such matches are always flagged outdated.
pub const SIMILAR: f64 = 0.8;

/// Dice coefficient of the words of two texts (case and punctuation ignored).
pub fn similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '$' && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, mut wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let total = wa.len() + wb.len();
    let mut common = 0;
    for w in &wa {
        if let Some(i) = wb.iter().position(|x| x == w) {
            wb.swap_remove(i);
            common += 1;
        }
    }
    2.0 * common as f64 / total as f64
}

/// For each segment: the existing translation it keeps (index into the
/// old messages).
pub type Assignment = Vec<Option<usize>>;

/// 1. Exact match on the recorded German: first with the same ID for every
///    segment, then with any ID. (Same-ID pairs first across the whole
///    document: when two paragraphs have the same German, an earlier one
///    must not take a later one's translation, or a second update would
///    move it.)
fn exact_matches(
    segments: &[&Segment],
    olds: &[Candidate],
    used: &mut [bool],
    assigned: &mut Assignment,
) {
    for same_id in [true, false] {
        for (si, seg) in segments.iter().enumerate() {
            if assigned[si].is_some() {
                continue;
            }
            let pick = olds.iter().enumerate().position(|(oi, o)| {
                !used[oi]
                    && (!same_id || o.id == seg.id)
                    && o.german.is_some_and(|g| same_german(g, &seg.source))
            });
            if let Some(oi) = pick {
                used[oi] = true;
                assigned[si] = Some(oi);
            }
        }
    }
}

/// 2. Edited German: the most similar unused old German (word overlap of at
///    least SIMILAR); made from other German, so outdated for review.
fn similar_matches(
    segments: &[&Segment],
    olds: &[Candidate],
    used: &mut [bool],
    assigned: &mut Assignment,
) {
    for (si, seg) in segments.iter().enumerate() {
        if assigned[si].is_some() {
            continue;
        }
        let german = normalise(&seg.source);
        let best = olds
            .iter()
            .enumerate()
            .filter(|(oi, _)| !used[*oi])
            .filter_map(|(oi, o)| {
                o.german
                    .map(|r| (oi, similarity(r, &german), o.id == seg.id))
            })
            .filter(|(_, score, _)| *score >= SIMILAR)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(a.2.cmp(&b.2)));
        if let Some((oi, _, _)) = best {
            used[oi] = true;
            assigned[si] = Some(oi);
        }
    }
}

/// 3. Same ID, different German: outdated (or current when nothing was
///    recorded, as for messages added by a translation platform).
fn same_id_matches(
    segments: &[&Segment],
    olds: &[Candidate],
    used: &mut [bool],
    assigned: &mut Assignment,
) {
    for (si, seg) in segments.iter().enumerate() {
        if assigned[si].is_some() {
            continue;
        }
        if let Some(oi) = olds.iter().position(|o| o.id == seg.id) {
            if !used[oi] {
                used[oi] = true;
                assigned[si] = Some(oi);
            }
        }
    }
}
