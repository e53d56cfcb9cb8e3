//! Links in spec prose that point nowhere in the generated docs are made plain text, so that
//! every link a page keeps resolves.

use super::*;

/// `text` with every markdown link whose target is neither a URL, an anchor, nor a file in
/// `known` (paths relative to the output directory) replaced by its link text.
pub(super) fn unlink_foreign(page: &str, text: &str, known: &BTreeSet<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(mid) = rest.find("](") {
        let head = &rest[..mid];
        let after = &rest[mid + 2..];
        let (Some(close), Some(open)) = (after.find(')'), link_text_start(head)) else {
            out.push_str(&rest[..mid + 2]);
            rest = after;
            continue;
        };
        if resolves(page, &after[..close], known) {
            out.push_str(&rest[..mid + 2]);
            rest = after;
        } else {
            let before = head[..open].strip_suffix('!').unwrap_or(&head[..open]);
            out.push_str(before);
            out.push_str(&head[open + 1..]);
            rest = &after[close + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// Where the `[` opening the link text that ends `head` is.
pub(super) fn link_text_start(head: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in head.char_indices().rev() {
        match c {
            ']' => depth += 1,
            '[' if depth == 0 => return Some(i),
            '[' => depth -= 1,
            '\n' if depth == 0 && head[..i].ends_with('\n') => return None,
            _ => {}
        }
    }
    None
}

/// Whether a link target from `page` leads somewhere: a URL, an anchor, or a known file.
pub(super) fn resolves(page: &str, target: &str, known: &BTreeSet<String>) -> bool {
    let target = target.split_whitespace().next().unwrap_or_default();
    let target = target.trim_start_matches('<').trim_end_matches('>');
    if target.starts_with('#') || target.contains("://") || target.starts_with("mailto:") {
        return true;
    }
    let path = target.split('#').next().unwrap_or_default();
    if path.is_empty() || path.starts_with('/') {
        return false;
    }
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for segment in path.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                if parts.pop().is_none() {
                    return false;
                }
            }
            other => parts.push(other),
        }
    }
    known.contains(&parts.join("/"))
}
