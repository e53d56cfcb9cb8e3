//! The spec's rules (bounds, lengths, patterns, counts) checked on what was read, each
//! violation reported with its JSON pointer.

use std::collections::BTreeMap;

use axum::http::StatusCode;

use super::{bad, Location, Problem};

/// A serde path as a JSON pointer: `clients[0].name` → `/clients/0/name`.
pub(crate) fn json_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                out.push_str(&format!("/{}", key.replace('~', "~0").replace('/', "~1")))
            }
            Segment::Enum { variant } => out.push_str(&format!("/{variant}")),
            Segment::Unknown => {}
        }
    }
    out
}

/// One rule of the spec a value breaks, and where.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Violation {
    /// JSON pointer of the value inside the body or parameter (empty for the whole value).
    pub pointer: String,
    pub error: String,
}

/// What a value must satisfy beyond its type: the schema's validation keywords.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub multiple_of: Option<f64>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub pattern: Option<&'static str>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub unique_items: bool,
    pub min_properties: Option<usize>,
    pub max_properties: Option<usize>,
    /// The rules of each item of an array.
    pub items: Option<&'static Rules>,
}

impl Rules {
    /// No rule at all; generated rules fill in what the spec says.
    pub const NONE: Rules = Rules {
        minimum: None,
        maximum: None,
        exclusive_minimum: false,
        exclusive_maximum: false,
        multiple_of: None,
        min_length: None,
        max_length: None,
        pattern: None,
        min_items: None,
        max_items: None,
        unique_items: false,
        min_properties: None,
        max_properties: None,
        items: None,
    };
}

fn violation(out: &mut Vec<Violation>, at: &str, error: String) {
    out.push(Violation {
        pointer: at.to_string(),
        error,
    });
}

/// A compiled pattern, compiled once per process; `None` if it does not compile (the generator
/// leaves such patterns out, so this does not happen for generated rules).
fn pattern(source: &'static str) -> Option<fancy_regex::Regex> {
    use std::sync::{LazyLock, Mutex, PoisonError};
    static PATTERNS: LazyLock<Mutex<BTreeMap<&'static str, Option<fancy_regex::Regex>>>> =
        LazyLock::new(Default::default);
    let mut patterns = PATTERNS.lock().unwrap_or_else(PoisonError::into_inner);
    patterns
        .entry(source)
        .or_insert_with(|| fancy_regex::Regex::new(source).ok())
        .clone()
}

fn check_number(value: f64, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
    if let Some(min) = rules.minimum {
        if value < min || (rules.exclusive_minimum && value == min) {
            let bound = if rules.exclusive_minimum {
                "greater than"
            } else {
                "at least"
            };
            violation(out, at, format!("{value} is not {bound} {min}"));
        }
    }
    if let Some(max) = rules.maximum {
        if value > max || (rules.exclusive_maximum && value == max) {
            let bound = if rules.exclusive_maximum {
                "less than"
            } else {
                "at most"
            };
            violation(out, at, format!("{value} is not {bound} {max}"));
        }
    }
    if let Some(step) = rules.multiple_of {
        let quotient = value / step;
        if step > 0.0 && (quotient - quotient.round()).abs() > 1e-9 {
            violation(out, at, format!("{value} is not a multiple of {step}"));
        }
    }
}

fn check_count(
    count: usize,
    min: Option<usize>,
    max: Option<usize>,
    what: &str,
    at: &str,
    out: &mut Vec<Violation>,
) {
    if let Some(min) = min {
        if count < min {
            violation(out, at, format!("has {count} {what}, fewer than {min}"));
        }
    }
    if let Some(max) = max {
        if count > max {
            violation(out, at, format!("has {count} {what}, more than {max}"));
        }
    }
}

/// Values the spec's rules (bounds, lengths, patterns, counts) can be checked on. Types the
/// rules do not apply to keep the empty default.
pub trait Checked {
    /// Adds a violation to `out` for each rule in `rules` that `self` breaks.
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        let _ = (rules, at, out);
    }
}

impl Checked for String {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        if rules.min_length.is_some() || rules.max_length.is_some() {
            check_count(
                self.chars().count(),
                rules.min_length,
                rules.max_length,
                "characters",
                at,
                out,
            );
        }
        if let Some(source) = rules.pattern {
            match pattern(source).map(|p| p.is_match(self)) {
                Some(Ok(true)) | None => {}
                Some(Ok(false)) => {
                    violation(out, at, format!("does not match the pattern `{source}`"))
                }
                Some(Err(_)) => violation(
                    out,
                    at,
                    format!("is too costly to match against the pattern `{source}`"),
                ),
            }
        }
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl Checked for $t {
            fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
                check_number(*self as f64, rules, at, out);
            }
        }
        impl Validate for $t {}
    )*};
}
numbers!(i32, i64, f32, f64, u8);

impl Checked for bool {}
impl Checked for serde_json::Value {}
impl Checked for () {}

impl<T: Checked + serde::Serialize> Checked for Vec<T> {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        check_count(
            self.len(),
            rules.min_items,
            rules.max_items,
            "items",
            at,
            out,
        );
        if rules.unique_items {
            let mut seen = std::collections::BTreeSet::new();
            for (index, item) in self.iter().enumerate() {
                let text = serde_json::to_string(item).unwrap_or_default();
                if !seen.insert(text) {
                    violation(
                        out,
                        &format!("{at}/{index}"),
                        "repeats an earlier item; items must be unique".to_string(),
                    );
                }
            }
        }
        if let Some(items) = rules.items {
            for (index, item) in self.iter().enumerate() {
                item.check(items, &format!("{at}/{index}"), out);
            }
        }
    }
}

impl<T: Checked> Checked for BTreeMap<String, T> {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        check_count(
            self.len(),
            rules.min_properties,
            rules.max_properties,
            "properties",
            at,
            out,
        );
    }
}

impl<T: Checked> Checked for Option<T> {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        if let Some(value) = self {
            value.check(rules, at, out);
        }
    }
}

impl<T: Checked> Checked for Box<T> {
    fn check(&self, rules: &Rules, at: &str, out: &mut Vec<Violation>) {
        (**self).check(rules, at, out);
    }
}

/// Values that may hold values with rules of their own (the fields of a model, the items of a
/// list): `validate` checks all of them.
pub trait Validate {
    /// Adds a violation to `out` for each rule a value inside `self` breaks; `at` is the JSON
    /// pointer of `self`.
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        let _ = (at, out);
    }
}

impl Validate for String {}
impl Validate for bool {}
impl Validate for serde_json::Value {}
impl Validate for () {}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        for (index, item) in self.iter().enumerate() {
            item.validate(&format!("{at}/{index}"), out);
        }
    }
}

impl<T: Validate> Validate for BTreeMap<String, T> {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        for (key, value) in self {
            value.validate(
                &format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                out,
            );
        }
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        if let Some(value) = self {
            value.validate(at, out);
        }
    }
}

impl<T: Validate> Validate for Box<T> {
    fn validate(&self, at: &str, out: &mut Vec<Violation>) {
        (**self).validate(at, out);
    }
}

/// Every rule a value (at pointer `at`) or a value inside it breaks.
pub(crate) fn violations<T: Checked + Validate>(
    value: &T,
    rules: &Rules,
    at: &str,
) -> Vec<Violation> {
    let mut out = Vec::new();
    value.check(rules, at, &mut out);
    value.validate(at, &mut out);
    out
}

/// A parameter checked against its rules: `400` naming the parameter when it breaks one.
pub fn checked<T: Checked + Validate>(
    value: T,
    rules: &Rules,
    location: Location,
    name: &str,
) -> Result<T, Problem> {
    let out = violations(&value, rules, "");
    if out.is_empty() {
        return Ok(value);
    }
    let first = out.first().map(|v| v.error.clone()).unwrap_or_default();
    let mut problem = bad(
        location,
        name,
        format!(
            "invalid {} parameter `{name}`: {first}",
            location_name(location)
        ),
    );
    problem.violations = out;
    Err(problem)
}

fn location_name(location: Location) -> &'static str {
    match location {
        Location::Path => "path",
        Location::Query => "query",
        Location::Header => "header",
        Location::Cookie => "cookie",
        Location::Body => "body",
        Location::Route => "route",
        Location::Server => "server",
    }
}

/// A body checked against the rules of its schema: `422` listing every violation, the first
/// one's pointer as the problem's.
pub fn validated<T: Validate>(body: Option<T>) -> Result<Option<T>, Problem> {
    let Some(body) = body else { return Ok(None) };
    let mut out = Vec::new();
    body.validate("", &mut out);
    match out.first() {
        None => Ok(Some(body)),
        Some(first) => {
            let error = format!("invalid body: `{}` {}", first.pointer, first.error);
            let mut problem = Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                Location::Body,
                Some(first.pointer.clone()),
                error,
            );
            problem.violations = out;
            Err(problem)
        }
    }
}
