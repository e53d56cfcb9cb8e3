//! The server runtime's parameter readers, tested here rather than inside every generated crate:
//! through `fixture-parameters-server`, whose `runtime` module is the built-in template.

use std::collections::BTreeMap;

use fixture_parameters_server::runtime::{split_segments, Piece, Query};

#[test]
fn segments_split_into_parameters() {
    let split = |value: &str, pieces: &'static [Piece]| {
        let path = BTreeMap::from([("s0".to_string(), value.to_string())]);
        split_segments(path, &[("s0", pieces)])
            .ok()
            .map(|p| p.into_values().collect::<Vec<_>>())
    };
    const FILE: &[Piece] = &[Piece::Param("p0"), Piece::Lit("."), Piece::Param("p1")];
    const SYSTEM: &[Piece] = &[Piece::Lit("System."), Piece::Param("p0")];
    assert_eq!(
        split("a.b.txt", FILE),
        Some(vec!["a.b".to_string(), "txt".to_string()])
    );
    assert_eq!(split("a.", FILE), None);
    assert_eq!(split("noext", FILE), None);
    assert_eq!(split(".txt", FILE), None);
    assert_eq!(split("System.eu", SYSTEM), Some(vec!["eu".to_string()]));
    assert_eq!(split("Sys.eu", SYSTEM), None);
    assert_eq!(split("System.", SYSTEM), None);
}

#[test]
fn query_values_become_their_types_lists_and_repeats_included() {
    let q = Query::parse(Some(
        "a=1&a=2&b=3,4&c=x&c=y&n=12&t=true&w=twelve&z=-0&s=a+b%20c",
    ))
    .unwrap();
    assert_eq!(q.optional::<Vec<i64>>("a", true).unwrap(), Some(vec![1, 2]));
    assert_eq!(q.optional::<Vec<i64>>("b", true).unwrap(), Some(vec![3, 4]));
    assert!(q.optional::<String>("c", false).is_err());
    assert_eq!(q.optional::<String>("d", false).unwrap(), None);
    assert_eq!(q.optional::<i64>("n", false).unwrap(), Some(12));
    assert_eq!(
        q.optional::<String>("n", false).unwrap(),
        Some("12".to_string())
    );
    assert_eq!(q.optional::<bool>("t", false).unwrap(), Some(true));
    assert!(q.optional::<i64>("w", false).is_err());
    // JSON allows `-0`; it is the integer 0.
    assert_eq!(q.optional::<i64>("z", false).unwrap(), Some(0));
    assert_eq!(
        q.optional::<String>("s", false).unwrap(),
        Some("a b c".to_string())
    );
}

#[test]
fn a_query_that_is_not_utf8_is_refused_naming_the_parameter() {
    let problem = Query::parse(Some("ok=1&name=%FF")).unwrap_err();
    assert_eq!(problem.status.as_u16(), 400);
    assert_eq!(problem.pointer.as_deref(), Some("name"));
    assert!(problem.error.contains("not UTF-8"), "{}", problem.error);
}
