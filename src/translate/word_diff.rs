//! Word diffs of two German texts, for people: the terminal (`accept`),
//! the workbench, exchange files.

use serde::Serialize;

/// One part of a word diff between two German texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "lowercase")]
pub enum DiffPart {
    Same(String),
    Removed(String),
    Added(String),
}

/// What changed from `before` to `after`, word by word (for people: the
/// terminal, the workbench, exchange files).
pub fn word_diff(before: &str, after: &str) -> Vec<DiffPart> {
    let diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_words(before, after);
    let mut parts: Vec<DiffPart> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value().to_string();
        let part = match change.tag() {
            similar::ChangeTag::Equal => DiffPart::Same(text),
            similar::ChangeTag::Delete => DiffPart::Removed(text),
            similar::ChangeTag::Insert => DiffPart::Added(text),
        };
        match (parts.last_mut(), &part) {
            (Some(DiffPart::Same(a)), DiffPart::Same(b))
            | (Some(DiffPart::Removed(a)), DiffPart::Removed(b))
            | (Some(DiffPart::Added(a)), DiffPart::Added(b)) => a.push_str(b),
            _ => parts.push(part),
        }
    }
    parts
}

/// A word diff as text: `eine [-wichtige-]{+große+} Entscheidung`.
pub fn word_diff_text(before: &str, after: &str) -> String {
    word_diff(before, after)
        .into_iter()
        .map(|p| match p {
            DiffPart::Same(t) => t,
            DiffPart::Removed(t) => format!("[-{t}-]"),
            DiffPart::Added(t) => format!("{{+{t}+}}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_diffs_show_what_changed() {
        assert_eq!(
            super::word_diff_text(
                "Das ist eine wichtige Entscheidung.",
                "Das ist eine große Entscheidung."
            ),
            "Das ist eine [-wichtige-]{+große+} Entscheidung."
        );
    }
}
