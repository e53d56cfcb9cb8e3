//! Bytes → JSON tree. JSON or YAML is decided by the content, never by the file name.

use serde_json::{Map, Number, Value};

use crate::diagnostics::Diagnostic;

/// Whether a spec's text is JSON rather than YAML: it opens with `{` or `[`, after any byte
/// order mark and white space.
pub fn is_json(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim_start();
    text.starts_with('{') || text.starts_with('[')
}

/// Parses a spec's bytes into a JSON tree.
pub fn parse_tree(bytes: &[u8], file: &str) -> Result<Value, Box<Diagnostic>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Box::new(Diagnostic::error(
            "syntax",
            file,
            "",
            format!("the file is not valid UTF-8 (at byte {})", e.valid_up_to()),
        ))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().is_empty() {
        return Err(Box::new(
            Diagnostic::error("empty", file, "", "the file is empty")
                .with_help("expected an OpenAPI document in JSON or YAML"),
        ));
    }
    if is_json(text) {
        serde_json::from_str::<Value>(text).map_err(|e| {
            Box::new(
                Diagnostic::error("syntax", file, "", syntax_message("JSON", &e.to_string()))
                    .at_line(e.line(), e.column()),
            )
        })
    } else {
        let mut yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
            let d = Diagnostic::error("syntax", file, "", syntax_message("YAML", &e.to_string()));
            Box::new(match e.location() {
                Some(loc) => d.at_line(loc.line(), loc.column()),
                None => d,
            })
        })?;
        yaml.apply_merge().map_err(|e| {
            Box::new(Diagnostic::error(
                "syntax",
                file,
                "",
                format!("malformed YAML merge key: {e}"),
            ))
        })?;
        yaml_to_json(yaml, file, "")
    }
}

/// The message for a parser's error. Both parsers stop at 128 levels of nesting, so that no
/// later walk over the tree can run out of stack; that limit is named as such.
fn syntax_message(format: &str, error: &str) -> String {
    match error.strip_prefix("recursion limit exceeded") {
        Some(_) => format!(
            "the {format} document is nested deeper than 128 levels, the most specmint reads"
        ),
        None => format!("malformed {format}: {error}"),
    }
}

/// Converts YAML to JSON. Scalar keys (YAML allows `200:` unquoted) become strings.
fn yaml_to_json(
    value: serde_yaml::Value,
    file: &str,
    pointer: &str,
) -> Result<Value, Box<Diagnostic>> {
    use serde_yaml::Value as Y;
    Ok(match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::Number(i.into())
            } else if let Some(u) = n.as_u64() {
                Value::Number(u.into())
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                Value::Number(Number::from_f64(f).ok_or_else(|| {
                    Box::new(Diagnostic::error(
                        "syntax",
                        file,
                        pointer,
                        format!("number {n} cannot be represented in JSON"),
                    ))
                })?)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| {
                    yaml_to_json(v, file, &crate::diagnostics::join(pointer, i.to_string()))
                })
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_string(),
                    other => {
                        return Err(Box::new(Diagnostic::error(
                            "syntax",
                            file,
                            pointer,
                            format!("mapping keys must be scalars, found {other:?}"),
                        )))
                    }
                };
                let child = crate::diagnostics::join(pointer, &key);
                out.insert(key, yaml_to_json(v, file, &child)?);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value, file, pointer)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_format_by_content() {
        let json = parse_tree(br#"{"a": {"200": 1}}"#, "x.yaml").unwrap();
        let yaml = parse_tree(b"a:\n  200: 1\n", "x.json").unwrap();
        assert_eq!(json, yaml);
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let err = parse_tree(b"{\n  \"a\": ,\n}", "bad.json").unwrap_err();
        assert_eq!(err.line_col, Some((2, 8)));
        let err = parse_tree(b"a: [1, 2\nb: 3\n", "bad.yaml").unwrap_err();
        assert!(err.line_col.is_some(), "{err}");
        assert!(err.message.starts_with("malformed YAML"));
    }
}
