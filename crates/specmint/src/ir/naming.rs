//! Every Rust name is decided here, once, with `heck`.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Rust keywords, strict and reserved, across editions.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Keeps ASCII letters and digits, turning everything else into word breaks, so that heck sees
/// words in names like `cf-turnstile-response`, `@id` or `x.y`.
fn words(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// A type or variant name: `oAuth2Client` → `OAuth2Client`. `fallback` is used when the raw
/// name has no letters or digits.
pub fn type_name(raw: &str, fallback: &str) -> String {
    let name = words(raw).to_upper_camel_case();
    let name = if name.is_empty() {
        fallback.to_string()
    } else {
        name
    };
    let name = if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("T{name}")
    } else {
        name
    };
    if is_keyword(&name) {
        format!("{name}Type")
    } else {
        name
    }
}

/// A variant name for an enum value: `client_secret_basic` → `ClientSecretBasic`, `1` → `V1`.
pub fn variant_name(raw: &str) -> String {
    let name = words(raw).to_upper_camel_case();
    if name.is_empty() {
        return if raw.is_empty() {
            "Empty".to_string()
        } else {
            symbol_name(raw)
        };
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else if is_keyword(&name) {
        format!("{name}Value")
    } else {
        name
    }
}

/// Names for values made only of symbols, such as `*` or `+`.
fn symbol_name(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.chars() {
        let word = match c {
            '*' => "Star",
            '+' => "Plus",
            '-' => "Minus",
            '.' => "Dot",
            '/' => "Slash",
            '<' => "Lt",
            '>' => "Gt",
            '=' => "Eq",
            '!' => "Bang",
            '@' => "At",
            '#' => "Hash",
            '$' => "Dollar",
            '%' => "Percent",
            '&' => "Amp",
            '|' => "Pipe",
            '~' => "Tilde",
            '?' => "Question",
            ':' => "Colon",
            ' ' => "Space",
            _ => "Symbol",
        };
        out.push_str(word);
    }
    out
}

/// A field, parameter, method or module name: `fooBar` → `foo_bar`, `type` → `type_`.
pub fn snake_name(raw: &str, fallback: &str) -> String {
    let name = words(raw).to_snake_case();
    let name = if name.is_empty() {
        fallback.to_string()
    } else {
        name
    };
    let name = if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{name}")
    } else {
        name
    };
    if is_keyword(&name) {
        format!("{name}_")
    } else {
        name
    }
}

/// Hands out unique names within one scope: the first claim of a name wins, later ones get
/// `2`, `3`, ... appended.
#[derive(Debug, Default, Clone)]
pub struct NameScope {
    taken: BTreeSet<String>,
}

impl NameScope {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reserves a name that generated code uses itself.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_string());
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Returns `wanted` or the first free `wanted{N}`; the bool says whether it was renamed.
    pub fn claim(&mut self, wanted: &str) -> (String, bool) {
        if self.taken.insert(wanted.to_string()) {
            return (wanted.to_string(), false);
        }
        let separator = if wanted.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        let mut n = 2;
        loop {
            let candidate = format!("{wanted}{separator}{n}");
            if self.taken.insert(candidate.clone()) {
                return (candidate, true);
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        assert_eq!(type_name("oAuth2Client", "X"), "OAuth2Client");
        assert_eq!(type_name("nullTime", "X"), "NullTime");
        assert_eq!(type_name("2fa-method", "X"), "T2faMethod");
        assert_eq!(type_name("$$$", "Fallback"), "Fallback");
        assert_eq!(type_name("self", "X"), "SelfType");
    }

    #[test]
    fn snake_names() {
        assert_eq!(
            snake_name("discoverOidcConfiguration", "x"),
            "discover_oidc_configuration"
        );
        assert_eq!(
            snake_name("oauth2TokenExchange", "x"),
            "oauth2_token_exchange"
        );
        assert_eq!(snake_name("type", "x"), "type_");
        assert_eq!(snake_name("self", "x"), "self_");
        assert_eq!(
            snake_name("cf-turnstile-response", "x"),
            "cf_turnstile_response"
        );
        assert_eq!(snake_name("1st", "x"), "n1st");
        assert_eq!(snake_name("@@", "field"), "field");
    }

    #[test]
    fn variant_names() {
        assert_eq!(variant_name("client_secret_basic"), "ClientSecretBasic");
        assert_eq!(variant_name("1"), "V1");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("*"), "Star");
    }

    #[test]
    fn scopes_rename_deterministically() {
        let mut scope = NameScope::new();
        assert_eq!(scope.claim("NullTime"), ("NullTime".to_string(), false));
        assert_eq!(scope.claim("NullTime"), ("NullTime2".to_string(), true));
        assert_eq!(scope.claim("V1"), ("V1".to_string(), false));
        assert_eq!(scope.claim("V1"), ("V1_2".to_string(), true));
    }
}
