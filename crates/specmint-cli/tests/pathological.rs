//! Specs built to break recursion: types chained or nested tens of thousands deep, a
//! 100,000-long `$ref` chain, an allOf cycle through 10,000 schemas. Each must end, as a normal
//! process exit (never a signal: no stack overflow, no abort), with output or with located
//! errors. The run is stopped after five minutes so that a hang fails instead of blocking CI;
//! how long each takes is a benchmark figure (see docs/benchmarks.md), not checked here.

use std::fmt::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};

/// The most a case may take before it counts as a hang.
const HANG: Duration = Duration::from_secs(300);

/// A document with one operation returning `S0`, and these component schemas.
fn document(schemas: Value) -> String {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "deep", "version": "1.0.0"},
        "paths": {"/a": {"get": {
            "operationId": "getA",
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/S0"}}}}}
        }}},
        "components": {"schemas": schemas}
    })
    .to_string()
}

fn schemas(n: usize, each: impl Fn(usize) -> Value) -> Value {
    Value::Object(
        (0..n)
            .map(|i| (format!("S{i}"), each(i)))
            .collect::<Map<_, _>>(),
    )
}

/// How a run ended.
struct Ended {
    code: i32,
    stderr: String,
    took: Duration,
}

/// Runs `specmint ARGS`, killing it at [`HANG`]. Fails the test on a signal or a hang.
fn run(name: &str, args: &[&str]) -> Ended {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_specmint"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run specmint");
    let reader = {
        let mut pipe = child.stderr.take().expect("stderr is piped");
        std::thread::spawn(move || {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut pipe, &mut text).ok();
            text
        })
    };
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for specmint") {
            break status;
        }
        if started.elapsed() > HANG {
            child.kill().ok();
            panic!("{name}: still running after {HANG:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = reader.join().unwrap_or_default();
    let Some(code) = status.code() else {
        panic!("{name}: ended by a signal ({status})\n{stderr}");
    };
    assert!(!stderr.contains("panicked"), "{name}: panicked\n{stderr}");
    Ended {
        code,
        stderr,
        took: started.elapsed(),
    }
}

/// Writes `spec`, generates from it, and returns how it ended.
fn generate(dir: &Path, name: &str, spec: &str) -> Ended {
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, spec).unwrap();
    let out = dir.join(name);
    let ended = run(
        name,
        &[
            "generate",
            path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    eprintln!("{name}: exit {} in {:?}", ended.code, ended.took);
    match ended.code {
        0 => assert!(out.join("client/src/lib.rs").is_file(), "{name}: no client"),
        1 => assert!(!out.exists(), "{name}: an error left output behind"),
        other => panic!("{name}: exit code {other}\n{}", ended.stderr),
    }
    ended
}

/// Asserts an error at `pointer` of the spec `name` with `message`.
fn assert_located(ended: &Ended, name: &str, message: &str, pointer: &str) {
    assert_eq!(ended.code, 1, "{name}\n{}", ended.stderr);
    assert!(
        ended.stderr.contains(&format!("error: {message}")),
        "{name}: `{message}` missing in\n{}",
        &ended.stderr[..ended.stderr.len().min(2000)]
    );
    assert!(
        ended.stderr.contains(&format!("{name}.json#{pointer}\n")),
        "{name}: pointer `{pointer}` missing in\n{}",
        &ended.stderr[..ended.stderr.len().min(2000)]
    );
}

#[test]
fn a_cycle_through_ten_thousand_schemas_generates() {
    let dir = tempfile::tempdir().unwrap();
    let n = 10_000;
    let spec = document(schemas(n, |i| {
        json!({"type": "object", "required": ["next"], "properties": {
            "next": {"$ref": format!("#/components/schemas/S{}", (i + 1) % n)}}})
    }));
    let ended = generate(dir.path(), "cycle", &spec);
    assert_eq!(ended.code, 0, "{}", ended.stderr);
    // One field of the cycle is boxed, so that the types have a size.
    let models = std::fs::read_to_string(dir.path().join("cycle/client/src/models.rs"))
        .or_else(|_| std::fs::read_to_string(dir.path().join("cycle/client/src/models/mod.rs")))
        .unwrap_or_default();
    if !models.is_empty() {
        assert!(models.contains("Box<"), "no field of the cycle is boxed");
    }
}

#[test]
fn a_chain_of_twenty_thousand_required_objects_generates() {
    // Only the last one has a rule to check, so every one of them needs validation; worked
    // out pass by pass, that took time in the square of the chain's length.
    let dir = tempfile::tempdir().unwrap();
    let n = 20_000;
    let mut all = schemas(n, |i| {
        json!({"type": "object", "required": ["next"], "properties": {
            "next": {"$ref": format!("#/components/schemas/S{}", i + 1)}}})
    });
    all[format!("S{n}")] = json!({"type": "object", "required": ["leaf"], "properties": {
        "leaf": {"type": "string", "minLength": 1}}});
    let ended = generate(dir.path(), "chain", &document(all));
    assert_eq!(ended.code, 0, "{}", ended.stderr);
    let validate = std::fs::read_to_string(dir.path().join("chain/server/src/validate.rs"))
        .unwrap_or_default();
    assert!(
        validate.contains("impl Validate for crate::models::S0 {\n    fn validate"),
        "the first of the chain is not validated"
    );
}

#[test]
fn a_hundred_thousand_long_ref_chain_generates() {
    let dir = tempfile::tempdir().unwrap();
    let n = 100_000;
    let mut all = schemas(
        n,
        |i| json!({"$ref": format!("#/components/schemas/S{}", i + 1)}),
    );
    all[format!("S{n}")] = json!({"type": "string"});
    let ended = generate(dir.path(), "components", &document(all));
    assert_eq!(ended.code, 0, "{}", ended.stderr);
}

#[test]
fn a_hundred_thousand_long_chain_of_non_component_refs_generates() {
    let dir = tempfile::tempdir().unwrap();
    let n = 100_000;
    let mut definitions = Map::new();
    for i in 0..n {
        let next = format!("#/components/schemas/S0/definitions/d{}", i + 1);
        definitions.insert(format!("d{i}"), json!({ "$ref": next }));
    }
    definitions.insert(
        format!("d{n}"),
        json!({"type": "object", "properties": {"a": {"type": "string"}}}),
    );
    let spec = document(json!({"S0": {
        "type": "object",
        "properties": {"p": {"$ref": "#/components/schemas/S0/definitions/d0"}},
        "definitions": definitions,
    }}));
    let ended = generate(dir.path(), "pointers", &spec);
    assert_eq!(ended.code, 0, "{}", ended.stderr);
}

#[test]
fn an_all_of_cycle_through_ten_thousand_schemas_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let n = 10_000;
    let spec = document(schemas(n, |i| {
        json!({
            "allOf": [{"$ref": format!("#/components/schemas/S{}", (i + 1) % n)}],
            "properties": {format!("p{i}"): {"type": "string"}},
        })
    }));
    let ended = generate(dir.path(), "all-of", &spec);
    assert_located(
        &ended,
        "all-of",
        "allOf cycle through 10000 schemas: more than 1000 cannot be merged",
        "/components/schemas/S0/allOf",
    );
}

#[test]
fn a_short_all_of_cycle_merges_each_member_once() {
    let dir = tempfile::tempdir().unwrap();
    let n = 50;
    let spec = document(schemas(n, |i| {
        json!({
            "allOf": [{"$ref": format!("#/components/schemas/S{}", (i + 1) % n)}],
            "properties": {format!("p{i}"): {"type": "string"}},
        })
    }));
    let ended = generate(dir.path(), "short-all-of", &spec);
    assert_eq!(ended.code, 0, "{}", ended.stderr);
}

/// `depth` inline objects, each the one property of the one around it.
fn nested_inline(depth: usize) -> String {
    let mut schema = String::new();
    for _ in 0..depth {
        schema.push_str(r#"{"type":"object","properties":{"n":"#);
    }
    schema.push_str(r#"{"type":"string"}"#);
    for _ in 0..depth {
        schema.push_str("}}");
    }
    let mut spec = document(json!({"S0": "PLACEHOLDER"}));
    spec = spec.replace(r#""PLACEHOLDER""#, &schema);
    spec
}

#[test]
fn inline_schemas_nested_as_deep_as_a_document_may_go_generate() {
    let dir = tempfile::tempdir().unwrap();
    // Each level is two JSON levels; the document itself adds four.
    let ended = generate(dir.path(), "nested", &nested_inline(60));
    assert_eq!(ended.code, 0, "{}", ended.stderr);
}

#[test]
fn a_ten_thousand_deep_inline_schema_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let ended = generate(dir.path(), "too-deep", &nested_inline(10_000));
    assert_eq!(ended.code, 1, "{}", ended.stderr);
    assert!(
        ended.stderr.contains("nested deeper than"),
        "{}",
        ended.stderr
    );
    assert!(
        ended.stderr.contains("too-deep.json:1:"),
        "{}",
        ended.stderr
    );
}

#[test]
fn a_ten_thousand_deep_yaml_flow_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut spec = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
    spec.push_str("components:\n  schemas:\n    S0: ");
    for _ in 0..10_000 {
        write!(spec, "{{type: object, properties: {{n: ").unwrap();
    }
    spec.push_str("{type: string}");
    for _ in 0..10_000 {
        spec.push_str("}}");
    }
    spec.push('\n');
    let path = dir.path().join("deep.yaml");
    std::fs::write(&path, spec).unwrap();
    let out = dir.path().join("deep");
    let ended = run(
        "deep.yaml",
        &[
            "generate",
            path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(ended.code, 1, "{}", ended.stderr);
    assert!(
        ended.stderr.contains("nested deeper than"),
        "{}",
        ended.stderr
    );
}

/// Every file under `dir`, as paths relative to it.
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out
}

#[test]
fn names_too_long_for_a_file_system_are_cut_with_a_hash_and_links_follow() {
    let dir = tempfile::tempdir().unwrap();
    let long = "VeryLong".repeat(40);
    let spec = json!({
        "openapi": "3.0.3",
        "info": {"title": "long", "version": "1.0.0"},
        "paths": {"/a": {"get": {
            "operationId": format!("get{long}"),
            "tags": [format!("tag{long}")],
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": format!("#/components/schemas/{long}")}}}}}
        }}},
        "components": {"schemas": {long.clone(): {"type": "object", "properties": {
            "a": {"type": "string"}}}}}
    });
    let ended = generate(dir.path(), "long", &spec.to_string());
    assert_eq!(ended.code, 0, "{}", ended.stderr);
    let out = dir.path().join("long");
    let files = files_under(&out);
    for file in &files {
        for part in file.iter() {
            let part = part.to_string_lossy();
            let stem = part.rsplit_once('.').map_or(&*part, |(stem, _)| stem);
            assert!(stem.len() <= 100, "{} is {} bytes", part, stem.len());
        }
    }
    // The API page links to the model page under the model's cut file name.
    let api_page = files
        .iter()
        .find(|f| f.starts_with("docs/apis"))
        .expect("an API page");
    let text = std::fs::read_to_string(out.join(api_page)).unwrap();
    let link = text
        .split("](../models/")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .expect("a link to a model page");
    let target = link.split('#').next().unwrap();
    assert!(
        out.join("docs/models").join(target).is_file(),
        "the link to {target} leads nowhere"
    );
}

/// A spec with `n` operations, each with its own request and response models.
fn large_spec(n: usize) -> String {
    let mut paths = Map::new();
    let mut schemas = Map::new();
    for i in 0..n {
        paths.insert(
            format!("/items{i}/{{id}}"),
            json!({"post": {
                "operationId": format!("update{i}"),
                "tags": [format!("group{}", i % 20)],
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/In{i}")}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": format!("#/components/schemas/Out{i}")}}}}}
            }}),
        );
        let fields: Map<String, Value> = (0..8)
            .map(|f| {
                (
                    format!("field{f}"),
                    json!({"type": "string", "maxLength": 64}),
                )
            })
            .collect();
        schemas.insert(
            format!("In{i}"),
            json!({"type": "object", "properties": fields}),
        );
        schemas.insert(
            format!("Out{i}"),
            json!({"type": "object", "properties": fields}),
        );
    }
    json!({
        "openapi": "3.0.3",
        "info": {"title": "large", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": schemas}
    })
    .to_string()
}

/// The output of `dir`, file by file.
fn snapshot(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = files_under(dir);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

#[test]
fn a_killed_run_leaves_the_previous_output_and_the_next_run_clears_what_it_left() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("large.json");
    std::fs::write(&spec, large_spec(200)).unwrap();
    let out = dir.path().join("out");
    let args = [
        "generate",
        spec.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    let started = Instant::now();
    assert_eq!(run("first run", &args).code, 0);
    let whole = started.elapsed();
    let before = snapshot(&out);
    let mut check = args.to_vec();
    check.push("--check");
    let mut left_behind = 0;
    // Killed halfway through generating, then as writing starts (when the staging folder
    // appears) and at several moments after that.
    let kills: [Option<u64>; 7] = [
        None,
        Some(0),
        Some(2),
        Some(5),
        Some(10),
        Some(25),
        Some(60),
    ];
    for (step, after_staging) in kills.into_iter().enumerate() {
        let mut child = Command::new(env!("CARGO_BIN_EXE_specmint"))
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        match after_staging {
            None => std::thread::sleep(whole / 2),
            Some(ms) => {
                let started = Instant::now();
                while !staging(&out) && started.elapsed() < HANG {
                    if child.try_wait().unwrap().is_some() {
                        break;
                    }
                    std::thread::sleep(Duration::from_micros(200));
                }
                std::thread::sleep(Duration::from_millis(ms));
            }
        }
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        let leftovers: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(".specmint-"))
            .collect();
        let ended = run("check after a kill", &check);
        if leftovers.is_empty() {
            assert_eq!(ended.code, 0, "step {step}: {}", ended.stderr);
        } else {
            left_behind += 1;
            assert_eq!(ended.code, 1, "step {step}: --check missed the leftovers");
            assert!(
                ended.stderr.contains("left by an interrupted run"),
                "{}",
                ended.stderr
            );
        }
        // The next run clears them and leaves the same output.
        assert_eq!(run("run after a kill", &args).code, 0);
        let names: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().all(|n| !n.starts_with(".specmint-")),
            "step {step}: {names:?}"
        );
        assert_eq!(run("check", &check).code, 0);
        assert!(snapshot(&out) == before, "step {step}: the output changed");
    }
    eprintln!(
        "a full run takes {whole:?}; {left_behind} of {} kills left staging folders",
        kills.len()
    );
    assert!(
        left_behind > 0,
        "no kill landed while the output was being written"
    );
}

/// Whether a run is staging its output in `out` (a `.specmint-new-*` folder is there).
fn staging(out: &Path) -> bool {
    std::fs::read_dir(out).is_ok_and(|entries| {
        entries.flatten().any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".specmint-new-")
        })
    })
}
