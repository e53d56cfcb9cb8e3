//! Spec prose made safe for rustdoc. Descriptions are markdown written for a web page, and
//! rustdoc reads some of it as its own: `[JWA]` as an intra-doc link to an item that does not
//! exist, `https://...` as a bare URL, `<T>` as an unclosed HTML tag. Each becomes what the
//! spec's author meant: brackets escaped, URLs made links, stray angle brackets escaped. Links,
//! code and real HTML are left as they are.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The text with every piece rustdoc would warn about rewritten.
pub fn rustdoc_safe(text: &str) -> String {
    if !text.contains(['[', ']', '<', '>']) && !text.contains("://") {
        return text.to_string();
    }
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    // Inside links, images and code blocks, text is left alone.
    let mut kept = 0usize;
    let parser = Parser::new_ext(text, Options::empty()).into_offset_iter();
    for (event, range) in parser {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_)) => kept += 1,
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => {
                kept = kept.saturating_sub(1)
            }
            Event::Text(_) if kept == 0 => {
                let source = &text[range.clone()];
                let escaped = escaped_at(text, range.start);
                let rewritten = plain_text(source, escaped);
                if rewritten != source {
                    edits.push((range, rewritten));
                }
            }
            Event::InlineHtml(html) | Event::Html(html) if !is_known_html(&html) => {
                let source = &text[range.clone()];
                edits.push((range, source.replace('<', "&lt;").replace('>', "&gt;")));
            }
            _ => {}
        }
    }
    if edits.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for (range, replacement) in edits {
        if range.start < at {
            continue;
        }
        out.push_str(&text[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Whether the character at `at` is escaped by a backslash before it.
fn escaped_at(text: &str, at: usize) -> bool {
    text[..at].chars().rev().take_while(|c| *c == '\\').count() % 2 == 1
}

/// Plain text outside links: brackets escaped, bare URLs wrapped in `<...>`. `escaped` says
/// whether the text's first character is escaped by a backslash before it.
fn plain_text(source: &str, escaped: bool) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    let mut after_backslash = escaped;
    while !rest.is_empty() {
        if let Some(len) = url_at(rest) {
            out.push('<');
            out.push_str(&rest[..len]);
            out.push('>');
            rest = &rest[len..];
            after_backslash = false;
            continue;
        }
        let c = rest.chars().next().unwrap_or_default();
        if matches!(c, '[' | ']') && !after_backslash {
            out.push('\\');
        }
        out.push(c);
        after_backslash = c == '\\' && !after_backslash;
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The length of an `http://` or `https://` URL at the start of `text`, without the
/// punctuation that ends a sentence around it.
fn url_at(text: &str) -> Option<usize> {
    if !(text.starts_with("http://") || text.starts_with("https://")) {
        return None;
    }
    let mut end = text
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`'))
        .unwrap_or(text.len());
    while end > 0 && text[..end].ends_with(['.', ',', ';', ':', ')', '!', '?', '\'']) {
        end -= 1;
    }
    let scheme = if text.starts_with("https://") { 8 } else { 7 };
    (end > scheme).then_some(end)
}

/// HTML a spec may really mean: simple formatting tags, closed or self-closing, and comments.
fn is_known_html(html: &str) -> bool {
    let tag = html
        .trim()
        .trim_start_matches('<')
        .trim_start_matches('/')
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    html.trim_start().starts_with("<!--")
        || matches!(
            tag.as_str(),
            "a" | "b"
                | "br"
                | "code"
                | "em"
                | "i"
                | "li"
                | "ol"
                | "p"
                | "pre"
                | "strong"
                | "sub"
                | "sup"
                | "table"
                | "tbody"
                | "td"
                | "th"
                | "thead"
                | "tr"
                | "ul"
                | "details"
                | "summary"
                | "div"
                | "span"
                | "img"
                | "hr"
                | "blockquote"
                | "dl"
                | "dt"
                | "dd"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "kbd"
        )
}

#[cfg(test)]
mod tests {
    use super::rustdoc_safe;

    #[test]
    fn reference_like_brackets_are_escaped() {
        assert_eq!(
            rustdoc_safe("The algorithm, as in [JWA] and [RFC3966]."),
            r"The algorithm, as in \[JWA\] and \[RFC3966\]."
        );
    }

    #[test]
    fn links_and_code_are_kept() {
        let text = "See [the spec](https://example.com/a) and `x[0]`.";
        assert_eq!(rustdoc_safe(text), text);
        let fenced = "```\nlet a = [1];\nhttps://example.com\n```";
        assert_eq!(rustdoc_safe(fenced), fenced);
    }

    #[test]
    fn bare_urls_become_links() {
        assert_eq!(
            rustdoc_safe("More at https://openid.net/specs/core.html. Or http://x.io/a)"),
            "More at <https://openid.net/specs/core.html>. Or <http://x.io/a>)"
        );
        // Already a link: kept.
        let text = "At <https://example.com/a>.";
        assert_eq!(rustdoc_safe(text), text);
    }

    #[test]
    fn stray_angle_brackets_are_escaped_and_real_html_kept() {
        assert_eq!(
            rustdoc_safe("A list of <name> values, <b>bold</b>"),
            "A list of &lt;name&gt; values, <b>bold</b>"
        );
    }

    #[test]
    fn author_escapes_are_kept() {
        let text = r"An escaped \[bracket\] stays.";
        assert_eq!(rustdoc_safe(text), text);
    }
}
