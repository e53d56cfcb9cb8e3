//! `specmint diff`: every case of `tests/fixtures/diff/cases.yaml` is classified as the case
//! says, and the command line reads files and git revisions, prints text, markdown and JSON,
//! and fails with `--fail-on breaking` exactly when something breaks.
//!
//! Set `SPECMINT_DIFF_FIXTURES_OUT=DIR` to also write each case's two specs to
//! `DIR/<case>/{old,new}.json`, for the semver agreement script in `tests/bench/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use specmint::diff::{self, Bump, Impact};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/diff")
}

fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

/// One case: its name, its two specs as JSON, and what it expects.
struct Case {
    name: String,
    old: Value,
    new: Value,
    bump: String,
    changes: Vec<String>,
    /// The verdict cargo-semver-checks gives the two generated clients, when the case states
    /// it; else it is `major` when specmint's bump is major, and `none` or `minor` otherwise
    /// (it reports what needs a new version, not additions).
    semver_checks: Option<String>,
    why: String,
}

fn cases() -> Vec<Case> {
    let base = yaml(&fixtures().join("base.yaml"));
    let Value::Array(cases) = yaml(&fixtures().join("cases.yaml")) else {
        panic!("cases.yaml is a list");
    };
    cases
        .into_iter()
        .map(|case| {
            let patched = |side: &str| {
                let mut spec = base.clone();
                if let Some(patch) = case.get(side) {
                    json_patch::merge(&mut spec, patch);
                }
                spec
            };
            Case {
                name: case["name"].as_str().unwrap().to_string(),
                old: patched("old"),
                new: patched("new"),
                bump: case["bump"].as_str().unwrap().to_string(),
                semver_checks: case
                    .get("semver_checks")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                why: case
                    .get("why")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                changes: case["changes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_str().unwrap().to_string())
                    .collect(),
            }
        })
        .collect()
}

fn impact_name(impact: Impact) -> String {
    serde_json::to_value(impact)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn every_fixture_case_is_classified_as_expected() {
    let out = std::env::var_os("SPECMINT_DIFF_FIXTURES_OUT").map(PathBuf::from);
    let cases = cases();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        let (old, new) = (
            serde_json::to_vec_pretty(&case.old).unwrap(),
            serde_json::to_vec_pretty(&case.new).unwrap(),
        );
        if let Some(out) = &out {
            let dir = out.join(&case.name);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("old.json"), &old).unwrap();
            std::fs::write(dir.join("new.json"), &new).unwrap();
            let expect = serde_json::json!({
                "bump": case.bump,
                "semver_checks": case.semver_checks,
                "why": case.why,
            });
            std::fs::write(dir.join("expect.json"), expect.to_string()).unwrap();
        }
        let report = diff::diff_specs((&old, "old.json"), (&new, "new.json"))
            .unwrap_or_else(|e| panic!("{}: {e:?}", case.name));
        let mut found: Vec<String> = report
            .changes
            .iter()
            .map(|c| format!("{} {}", impact_name(c.impact), c.code))
            .collect();
        let mut expected = case.changes.clone();
        found.sort();
        expected.sort();
        if found != expected || report.bump.as_str() != case.bump {
            wrong.push(format!(
                "{}: expected {} {expected:?}, found {} {found:?}\n{}",
                case.name,
                case.bump,
                report.bump.as_str(),
                diff::render::text(&report, "old", "new")
            ));
        }
        // Every change names the node on the side(s) it exists on.
        for c in &report.changes {
            assert!(
                c.old.is_some() || c.new.is_some(),
                "{}: {c:?} has no pointer",
                case.name
            );
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn pointers_name_the_node_on_each_side() {
    let case = cases()
        .into_iter()
        .find(|c| c.name == "response-field-renamed-on-the-wire-only")
        .unwrap();
    let report = diff::diff_specs(
        (&serde_json::to_vec(&case.old).unwrap(), "old.json"),
        (&serde_json::to_vec(&case.new).unwrap(), "new.json"),
    )
    .unwrap();
    let change = &report.changes[0];
    assert_eq!(
        change.old.as_deref(),
        Some("/components/schemas/PetView/properties/nickname")
    );
    assert_eq!(
        change.new.as_deref(),
        Some("/components/schemas/PetView/properties/Nickname")
    );
}

#[test]
fn versions_follow_cargo_semver() {
    let v = |text: &str| semver::Version::parse(text).unwrap();
    assert_eq!(Bump::Major.apply(&v("1.4.2")), v("2.0.0"));
    assert_eq!(Bump::Minor.apply(&v("1.4.2")), v("1.5.0"));
    assert_eq!(Bump::Patch.apply(&v("1.4.2")), v("1.4.3"));
    assert_eq!(Bump::None.apply(&v("1.4.2")), v("1.4.2"));
    // Below 1.0.0 a breaking change moves the minor number, anything else the patch number.
    assert_eq!(Bump::Major.apply(&v("0.3.1")), v("0.4.0"));
    assert_eq!(Bump::Minor.apply(&v("0.3.1")), v("0.3.2"));
}

fn specmint(args: &[&str], dir: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_specmint"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Writes a case's two specs into `dir` as `old.json` and `new.json`.
fn write_case(name: &str, dir: &Path) {
    let case = cases().into_iter().find(|c| c.name == name).unwrap();
    std::fs::write(
        dir.join("old.json"),
        serde_json::to_vec_pretty(&case.old).unwrap(),
    )
    .unwrap();
    std::fs::write(
        dir.join("new.json"),
        serde_json::to_vec_pretty(&case.new).unwrap(),
    )
    .unwrap();
}

#[test]
fn the_command_prints_each_format_and_fails_on_breaking_changes() {
    let dir = tempfile::tempdir().unwrap();
    write_case("request-field-added-required", dir.path());

    let (code, text, _) = specmint(&["diff", "old.json", "new.json"], dir.path());
    assert_eq!(
        code, 0,
        "without --fail-on a breaking change is reported, not failed"
    );
    assert!(
        text.contains("breaking[field-added]: `Pet` has a new required field `species`"),
        "{text}"
    );
    assert!(
        text.contains("--> new.json#/components/schemas/Pet/properties/species"),
        "{text}"
    );
    assert!(text.contains("major version bump"), "{text}");

    let (code, json, _) = specmint(
        &[
            "diff",
            "old.json",
            "new.json",
            "--format",
            "json",
            "--fail-on",
            "breaking",
        ],
        dir.path(),
    );
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["bump"], "major");
    assert_eq!(report["changes"][0]["impact"], "breaking");
    assert_eq!(
        report["changes"][0]["subject"],
        serde_json::json!({"kind": "model", "name": "Pet"})
    );

    let (code, markdown, _) = specmint(
        &["diff", "old.json", "new.json", "--format", "markdown"],
        dir.path(),
    );
    assert_eq!(code, 0);
    assert!(markdown.contains("### Breaking changes"), "{markdown}");
    assert!(
        markdown.contains("- `Pet` has a new required field `species`: callers must set it"),
        "{markdown}"
    );

    // An additive change does not fail `--fail-on breaking`, and does fail `--fail-on any`.
    write_case("response-field-added", dir.path());
    let (code, _, _) = specmint(
        &["diff", "old.json", "new.json", "--fail-on", "breaking"],
        dir.path(),
    );
    assert_eq!(code, 0);
    let (code, _, _) = specmint(
        &["diff", "old.json", "new.json", "--fail-on", "any"],
        dir.path(),
    );
    assert_eq!(code, 1);
}

#[test]
fn a_broken_spec_is_reported_at_its_node_and_nothing_is_compared() {
    let dir = tempfile::tempdir().unwrap();
    write_case("operation-added", dir.path());
    std::fs::write(
        dir.path().join("new.json"),
        r##"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gone"}}}}}}}}}"##,
    )
    .unwrap();
    let (code, out, err) = specmint(&["diff", "old.json", "new.json"], dir.path());
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("new.json"), "{err}");
    assert!(err.contains("#/components/schemas/Gone"), "{err}");
}

#[test]
fn since_compares_each_target_with_its_committed_spec() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(root)
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    std::fs::create_dir(root.join("specs")).unwrap();
    write_case("enum-value-removed", &root.join("specs"));
    std::fs::rename(root.join("specs/old.json"), root.join("specs/pets.json")).unwrap();
    std::fs::write(
        root.join("specs/specmint.toml"),
        "output_dir = \"../generated\"\n\n[[target]]\nname = \"pets\"\nspec = \"pets.json\"\n",
    )
    .unwrap();
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-qm", "v1"]);
    std::fs::rename(root.join("specs/new.json"), root.join("specs/pets.json")).unwrap();

    let (code, out, err) = specmint(&["diff", "--since", "HEAD", "--fail-on", "breaking"], root);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("== pets: specs/pets.json@HEAD -> specs/pets.json"),
        "{out}"
    );
    assert!(
        out.contains("breaking[enum-value-removed]: `Status` no longer has the value `sold`"),
        "{out}"
    );

    // A target added since the revision: everything in it is an addition.
    std::fs::write(
        root.join("specs/specmint.toml"),
        "output_dir = \"../generated\"\n\n[[target]]\nname = \"pets\"\nspec = \"pets.json\"\n\n[[target]]\nname = \"more\"\nspec = \"more.json\"\n",
    )
    .unwrap();
    std::fs::copy(root.join("specs/pets.json"), root.join("specs/more.json")).unwrap();
    let (code, out, err) = specmint(&["diff", "--since", "HEAD", "--target", "more"], root);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("added[operation-added]: `list_pets`"), "{out}");
    assert!(
        out.contains("the generated crates need a minor version bump"),
        "{out}"
    );

    let (code, _, err) = specmint(&["diff", "--since", "no-such-rev"], root);
    assert_eq!(code, 1);
    assert!(
        err.contains("git cannot show specs/pets.json at no-such-rev"),
        "{err}"
    );
    let (code, _, err) = specmint(&["diff", "--since", "HEAD", "--target", "nope"], root);
    assert_eq!(code, 1);
    assert!(err.contains("has no target `nope`"), "{err}");
}

/// The spec of a case, `old` or `new`, as JSON text.
fn case_spec(name: &str, side: &str) -> String {
    let case = cases().into_iter().find(|c| c.name == name).unwrap();
    let spec = if side == "old" { case.old } else { case.new };
    serde_json::to_string_pretty(&spec).unwrap()
}

#[test]
fn regeneration_records_each_spec_change_in_the_version_the_changelog_and_the_docs() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap();
    let generate = |check: bool| {
        let mut args = vec![
            "generate",
            "pets.json",
            "--out",
            "out",
            "--name",
            "pets-client",
        ];
        if check {
            args.push("--check");
        }
        specmint(&args, root)
    };
    let version = |krate: &str| {
        let manifest = read(&format!("out/{krate}/Cargo.toml"));
        let line = manifest
            .lines()
            .find(|l| l.starts_with("version = "))
            .unwrap()
            .to_string();
        line
    };

    // The first run starts the record at the spec's version.
    std::fs::write(root.join("pets.json"), case_spec("operation-added", "old")).unwrap();
    assert_eq!(generate(false).0, 0);
    assert_eq!(version("client"), "version = \"1.0.0\"");
    let history: Value = serde_json::from_str(&read("out/spec/history.json")).unwrap();
    assert_eq!(history["version"], "1.0.0");
    assert_eq!(history["entries"], serde_json::json!([]));
    assert!(read("out/docs/CHANGELOG.md").contains("No change is recorded yet"));
    assert_eq!(
        read("out/spec/openapi.json")
            .matches("\"operationId\"")
            .count(),
        4
    );

    // An operation is added: `--check` finds the changelog stale, and the run moves the
    // version by a minor step and marks the operation new.
    std::fs::write(root.join("pets.json"), case_spec("operation-added", "new")).unwrap();
    let (code, _, err) = generate(true);
    assert_eq!(code, 1);
    assert!(err.contains("changed: out/docs/CHANGELOG.md"), "{err}");
    assert!(err.contains("changed: out/spec/history.json"), "{err}");
    assert_eq!(generate(false).0, 0);
    assert_eq!(version("client"), "version = \"1.1.0\"");
    assert_eq!(version("server"), "version = \"1.1.0\"");
    let changelog = read("out/docs/CHANGELOG.md");
    assert!(changelog.contains("## 1.1.0"), "{changelog}");
    assert!(
        changelog.contains("Crate version 1.0.0 → 1.1.0 (minor)"),
        "{changelog}"
    );
    assert!(
        changelog.contains(
            "- [`get_photo`](apis/PetsApi.md#get_photo) (`GET /pets/{petId}/photo`) was added"
        ),
        "{changelog}"
    );
    let page = read("out/docs/apis/PetsApi.md");
    assert!(
        page.contains("operation `getPhoto`. *New in version 1.1.0.*"),
        "{page}"
    );
    assert!(!page.contains("operation `getPet`. *New"), "{page}");

    // Nothing changed: the output is up to date, and a run rewrites the same record.
    let recorded = read("out/spec/history.json");
    let (code, _, err) = generate(true);
    assert_eq!(code, 0, "{err}");
    assert_eq!(generate(false).0, 0);
    assert_eq!(read("out/spec/history.json"), recorded);

    // Two operations go: a major step, a second entry on top, and the removed operation's
    // "new" mark is forgotten.
    let mut spec: Value = serde_json::from_str(&case_spec("operation-added", "new")).unwrap();
    spec["paths"]["/pets/{petId}"]
        .as_object_mut()
        .unwrap()
        .remove("delete");
    spec["paths"]
        .as_object_mut()
        .unwrap()
        .remove("/pets/{petId}/photo");
    std::fs::write(
        root.join("pets.json"),
        serde_json::to_string(&spec).unwrap(),
    )
    .unwrap();
    assert_eq!(generate(false).0, 0);
    assert_eq!(version("client"), "version = \"2.0.0\"");
    let changelog = read("out/docs/CHANGELOG.md");
    let (newer, older) = (
        changelog.find("## 2.0.0").unwrap(),
        changelog.find("## 1.1.0").unwrap(),
    );
    assert!(newer < older, "{changelog}");
    assert!(
        changelog.contains("`delete_pet` (`DELETE /pets/{petId}`) was removed"),
        "{changelog}"
    );
    // The page of a removed operation is gone, so the old entry names it without a link.
    assert!(
        changelog.contains("- `get_photo` (`GET /pets/{petId}/photo`) was added"),
        "{changelog}"
    );
    let history: Value = serde_json::from_str(&read("out/spec/history.json")).unwrap();
    assert_eq!(history["since"]["operations"], serde_json::json!({}));

    // A spec whose own version is semver and higher than the bump gives that version.
    spec["info"]["version"] = "5.0.0".into();
    spec["info"]["description"] = "Described anew.".into();
    std::fs::write(
        root.join("pets.json"),
        serde_json::to_string(&spec).unwrap(),
    )
    .unwrap();
    assert_eq!(generate(false).0, 0);
    assert_eq!(version("client"), "version = \"5.0.0\"");
    assert!(
        read("out/docs/CHANGELOG.md").contains("## 5.0.0\n\nCrate version 2.0.0 → 5.0.0 (patch)")
    );
}

/// A spec of `n` object schemas in a chain (`{prefix}0.next` is a `{prefix}1`, ...), returned by
/// one operation.
fn chain(prefix: &str, n: usize) -> String {
    let mut schemas = serde_json::Map::new();
    for i in 0..n {
        let mut properties = serde_json::Map::new();
        properties.insert("id".into(), serde_json::json!({"type": "integer"}));
        if i + 1 < n {
            properties.insert(
                "next".into(),
                serde_json::json!({"$ref": format!("#/components/schemas/{prefix}{}", i + 1)}),
            );
        }
        schemas.insert(
            format!("{prefix}{i}"),
            serde_json::json!({"type": "object", "properties": properties}),
        );
    }
    serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "chain", "version": "1.0.0"},
        "paths": {"/first": {"get": {"operationId": "first", "responses": {"200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{prefix}0")}}}
        }}}}},
        "components": {"schemas": schemas}
    })
    .to_string()
}

#[test]
fn thousands_of_look_alike_types_renamed_at_once_are_compared_in_bounded_time() {
    // Every one of 3,000 chained types is renamed: each looks like all the others, and each
    // comparison could follow the chain to its end. The search is bounded in candidates and
    // depth, so this ends in seconds (a debug build), with every type accounted for.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.json"), chain("Old", 3000)).unwrap();
    std::fs::write(dir.path().join("new.json"), chain("New", 3000)).unwrap();
    let (code, json, err) = specmint(
        &["diff", "old.json", "new.json", "--format", "json"],
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    let report: Value = serde_json::from_str(&json).unwrap();
    let changes = report["changes"].as_array().unwrap();
    let codes = |code: &str| changes.iter().filter(|c| c["code"] == code).count();
    assert_eq!(codes("type-renamed") + codes("type-removed"), 3000);
    assert_eq!(codes("type-renamed") + codes("type-added"), 3000);
    assert_eq!(report["bump"], "major");
}
