//! Robustness: the fixture specs, mutated at random (keys deleted or renamed, values swapped
//! for other types, `$ref`s broken or pointed at themselves, operations duplicated), must never
//! make the generator panic. Each run ends with output, or with diagnostics of which at least
//! one is an error. proptest shrinks a failure to the fewest mutations that still cause it.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use proptest::prelude::*;
use serde_json::{json, Value};
use specmint::diagnostics::Severity;
use specmint::Job;
use specmint_tests::{fixture_names, root};

/// One change to a document: which node (an index into its nodes, wrapped), and what to do.
#[derive(Debug, Clone)]
struct Mutation {
    node: usize,
    kind: u8,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    (any::<usize>(), 0u8..12).prop_map(|(node, kind)| Mutation { node, kind })
}

/// Every node's JSON pointer, in document order.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The parent pointer and last key of a pointer.
fn split(pointer: &str) -> Option<(&str, String)> {
    let (parent, key) = pointer.rsplit_once('/')?;
    Some((parent, key.replace("~1", "/").replace("~0", "~")))
}

fn apply(doc: &mut Value, m: &Mutation) {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    let at = all[m.node % all.len()].clone();
    let replacement = match m.kind {
        0 => Value::Null,
        1 => json!(-1),
        2 => json!(1e300),
        3 => json!(""),
        4 => json!("#/components/schemas/Nowhere"),
        5 => json!([]),
        6 => json!({}),
        7 => json!({"$ref": at.clone().replacen("", "#", 1)}),
        8 => json!(true),
        _ => Value::Null,
    };
    match m.kind {
        // Delete the node from its parent.
        9 => {
            if let Some((parent, key)) = split(&at) {
                match doc.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&key);
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(i) = key.parse::<usize>() {
                            if i < items.len() {
                                items.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        // Rename the key to one that clashes or means nothing.
        10 => {
            if let Some((parent, key)) = split(&at) {
                if let Some(Value::Object(map)) = doc.pointer_mut(parent) {
                    if let Some(v) = map.remove(&key) {
                        let renamed = ["", "self", "1x", "a b", "Type", "é"][key.len() % 6];
                        map.insert(renamed.to_string(), v);
                    }
                }
            }
        }
        // Copy the node next to itself under a second name (duplicate paths, operation ids,
        // schemas that differ only in case).
        11 => {
            if let Some((parent, key)) = split(&at) {
                if let Some(Value::Object(map)) = doc.pointer_mut(parent) {
                    if let Some(v) = map.get(&key).cloned() {
                        map.insert(format!("{key}_"), v.clone());
                        map.insert(key.to_uppercase(), v);
                    }
                }
            }
        }
        _ => {
            if let Some(node) = doc.pointer_mut(&at) {
                *node = replacement;
            }
        }
    }
}

fn job(spec: &Path, out: &Path) -> Job {
    let mut job = Job::new(spec, out).crate_names("mutated");
    job.spec_display = "mutated.json".to_string();
    job
}

/// What one mutated spec led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Generated,
    Refused,
}

/// Generates a fixture after `mutations`; `Err` says how it went wrong.
fn run(fixture: usize, mutations: &[Mutation]) -> Result<Outcome, String> {
    let names = fixture_names();
    let name = &names[fixture % names.len()];
    let text = std::fs::read_to_string(root().join("tests/fixtures").join(format!("{name}.yaml")))
        .unwrap();
    let mut doc: Value = serde_yaml::from_str(&text).unwrap();
    for m in mutations {
        apply(&mut doc, m);
    }
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("mutated.json");
    std::fs::write(&spec, serde_json::to_vec(&doc).unwrap()).unwrap();
    let result = catch_unwind(AssertUnwindSafe(|| {
        specmint::generate(&job(&spec, dir.path()))
    }));
    match result {
        Err(_) => Err(format!("the generator panicked on {name}")),
        Ok(Ok(generated)) if generated.outputs.iter().any(|(_, files)| files.is_empty()) => {
            Err(format!("empty output for {name}"))
        }
        Ok(Ok(_)) => Ok(Outcome::Generated),
        Ok(Err(diags)) if diags.iter().any(|d| d.severity == Severity::Error) => {
            Ok(Outcome::Refused)
        }
        Ok(Err(diags)) => Err(format!(
            "{name} failed without an error diagnostic: {diags:?}"
        )),
    }
}

#[test]
fn mutated_specs_never_panic() {
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let config = Config {
        cases: 400,
        failure_persistence: None,
        ..Config::default()
    };
    // A fixed seed: the same 400 cases on every run, shrunk to the fewest mutations on failure.
    let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let counts = std::cell::RefCell::new(std::collections::BTreeMap::new());
    let strategy = (any::<usize>(), prop::collection::vec(mutation(), 1..4));
    let result = runner.run(&strategy, |(fixture, mutations)| {
        let outcome = run(fixture, &mutations)
            .map_err(|e| TestCaseError::fail(format!("{e} after {mutations:?}")))?;
        *counts.borrow_mut().entry(outcome).or_insert(0) += 1;
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
    let counts = counts.into_inner();
    println!("mutated specs: {counts:?}");
    // Both kinds of outcome occur, so the mutations reach the generator's checks.
    assert!(
        counts.len() == 2,
        "expected generated and refused specs: {counts:?}"
    );
}
