//! The `specmint` binary on bad and good input: exit codes, located messages, and output that
//! is written whole or not at all.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `specmint` from the repository root, so that paths in messages are repository-relative.
fn specmint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_specmint"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run specmint")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `specmint generate SPEC --out OUT_DIR`.
fn generate_into(spec: &str, out_dir: &Path) -> Output {
    generate_with(spec, out_dir, &[])
}

/// `specmint generate SPEC --out OUT_DIR ARGS..`.
fn generate_with(spec: &str, out_dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["generate", spec, "--out", out_dir.to_str().unwrap()];
    all.extend_from_slice(args);
    specmint(&all)
}

/// The mark that tells rustfmt to leave a file as prettyplease printed it.
const SKIP_RUSTFMT: &str = "#![cfg_attr(rustfmt, rustfmt::skip)]\n";

/// `rustfmt --check` on one file.
fn rustfmt_check(path: &Path) -> Output {
    Command::new("rustfmt")
        .args(["--edition", "2021", "--check"])
        .arg(path)
        .output()
        .expect("run rustfmt")
}

/// Fails unless rustfmt would leave the file as it is.
fn assert_rustfmt_clean(path: &Path) {
    let check = rustfmt_check(path);
    assert!(
        check.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&check.stdout)
    );
}

/// Each bad fixture, with what its message must say and where it must point.
const BAD: &[(&str, &str, &str)] = &[
    ("malformed.yaml", "malformed YAML", "tests/fixtures/bad/malformed.yaml:5:6"),
    ("malformed.json", "malformed JSON", "tests/fixtures/bad/malformed.json:4:13"),
    ("empty.yaml", "the file is empty", "tests/fixtures/bad/empty.yaml#"),
    ("not-openapi.yaml", "the document is not an OpenAPI description", "tests/fixtures/bad/not-openapi.yaml#"),
    (
        "dangling-ref.yaml",
        "`$ref` \"#/components/schemas/Missing\" points to nothing",
        "tests/fixtures/bad/dangling-ref.yaml#/paths/~1a/get/responses/200/content/application~1json/schema/$ref",
    ),
    ("ref-cycle.yaml", "`$ref` cycle with no real type", "tests/fixtures/bad/ref-cycle.yaml#/components/schemas/A"),
    (
        "wrong-type.json",
        "unknown schema type \"strin\"",
        "tests/fixtures/bad/wrong-type.json#/paths/~1a/get/parameters/0/schema/type",
    ),
    (
        "duplicate-operation-id.yaml",
        "operationId `fetch` is used twice",
        "tests/fixtures/bad/duplicate-operation-id.yaml#/paths/~1b/get/operationId",
    ),
    (
        "undeclared-path-param.yaml",
        "path template parameter `{userId}` of `/users/{userId}` is not declared",
        "tests/fixtures/bad/undeclared-path-param.yaml#/paths/~1users~1{userId}/get",
    ),
    ("external-ref.yaml", "external `$ref`", "tests/fixtures/bad/external-ref.yaml#/paths/~1a/get/responses/200/$ref"),
    ("swagger12.yaml", "Swagger \"1.2\" documents are not supported", "tests/fixtures/bad/swagger12.yaml#/swagger"),
];

#[test]
fn bad_input_fails_with_a_located_error_and_writes_nothing() {
    let out_root = tempfile::tempdir().unwrap();
    for (file, message, location) in BAD {
        let spec = format!("tests/fixtures/bad/{file}");
        let out_dir = out_root.path().join(file);
        let out = specmint(&["generate", &spec, "--out", out_dir.to_str().unwrap()]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{file}: exit code\n{err}");
        assert!(
            err.contains(&format!("error: {message}")),
            "{file}: message `{message}` missing in\n{err}"
        );
        assert!(
            err.contains(&format!("--> {location}\n")),
            "{file}: location `{location}` missing in\n{err}"
        );
        assert!(err.contains("nothing was written"), "{file}:\n{err}");
        assert!(!out_dir.exists(), "{file}: output was written");

        let out = specmint(&["check", &spec]);
        assert_eq!(out.status.code(), Some(1), "{file}: check exit code");
        assert!(
            stderr(&out).contains(location),
            "{file}: check output\n{}",
            stderr(&out)
        );
    }
}

#[test]
fn several_problems_are_reported_in_one_run() {
    let out = specmint(&["check", "tests/fixtures/bad/several-errors.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    for expected in [
        "#/paths/~1a~1{id}/get/responses/200/content/application~1json/schema/$ref",
        "path template parameter `{id}`",
        "#/paths/~1b/get/parameters/0/schema/type",
        "3 errors, 0 warnings",
    ] {
        assert!(err.contains(expected), "`{expected}` missing in\n{err}");
    }
}

#[test]
fn a_failed_run_leaves_the_previous_output_intact() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("api");
    let out = generate_into("tests/fixtures/enums.yaml", &out_dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let models = std::fs::read_to_string(out_dir.join("client/src/models.rs")).unwrap();

    let out = generate_into("tests/fixtures/bad/dangling-ref.yaml", &out_dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(out_dir.join("client/src/models.rs")).unwrap(),
        models
    );
    let entries: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(entries, ["api"], "temporary directories were left behind");
}

#[test]
fn check_mode_lists_stale_files_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("api");
    let out_arg = out_dir.to_str().unwrap();
    let generate = |extra: &[&str]| {
        let mut args = vec!["generate", "tests/fixtures/formats.yaml", "--out", out_arg];
        args.extend_from_slice(extra);
        specmint(&args)
    };
    assert!(generate(&[]).status.success());
    let out = generate(&["--check"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let models = out_dir.join("client/src/models.rs");
    std::fs::write(&models, "// edited by hand\n").unwrap();
    std::fs::write(out_dir.join("client/src/leftover.rs"), "").unwrap();
    std::fs::remove_file(out_dir.join("client/README.md")).unwrap();
    let out = generate(&["--check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("changed: ") && err.contains("models.rs"),
        "{err}"
    );
    assert!(
        err.contains("no longer generated: ") && err.contains("leftover.rs"),
        "{err}"
    );
    assert!(
        err.contains("missing: ") && err.contains("README.md"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&models).unwrap(),
        "// edited by hand\n",
        "--check wrote"
    );

    // A real run brings the directory back to exactly the generated files.
    assert!(generate(&[]).status.success());
    assert!(!out_dir.join("client/src/leftover.rs").exists());
    assert!(generate(&["--check"]).status.success());
}

#[test]
fn crate_version_follows_info_version_when_it_is_semver_or_a_date() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("enums", "2.0.0", false),
        // A date version, as AWS versions its APIs.
        ("formats", "2018.4.4", false),
        ("names", "0.1.0", true),
    ];
    for (fixture, version, warned) in cases {
        let out_dir = dir.path().join(fixture);
        let out = generate_into(&format!("tests/fixtures/{fixture}.yaml"), &out_dir);
        assert!(out.status.success(), "{}", stderr(&out));
        let manifest = std::fs::read_to_string(out_dir.join("client/Cargo.toml")).unwrap();
        assert!(
            manifest.contains(&format!("version = \"{version}\"")),
            "{fixture}: {manifest}"
        );
        assert_eq!(
            stderr(&out).contains("is not a semantic version"),
            warned,
            "{fixture}: {}",
            stderr(&out)
        );
    }
}

/// Users generate into their own repositories: the crate must build where it is written, with
/// no path back into this repository.
#[test]
fn a_crate_generated_elsewhere_builds_on_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("my-api");
    let out = specmint(&[
        "generate",
        "tests/fixtures/formats.yaml",
        "--out",
        out_dir.to_str().unwrap(),
        "--name",
        "my-api",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = std::fs::read_to_string(out_dir.join("client/Cargo.toml")).unwrap();
    assert!(!manifest.contains("path ="), "{manifest}");
    assert!(manifest.contains("name = \"my-api\""));
    // The workspace lock file pins the same dependency versions the repository builds with, so
    // the check needs no network; a separate target directory avoids waiting on this build's lock.
    std::fs::copy(repo().join("Cargo.lock"), out_dir.join("client/Cargo.lock")).unwrap();
    let status = Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet", "--manifest-path"])
        .arg(out_dir.join("client/Cargo.toml"))
        .env("CARGO_TARGET_DIR", repo().join("target/standalone"))
        .env("RUSTFLAGS", "-D warnings")
        .status()
        .expect("run cargo");
    assert!(
        status.success(),
        "the generated crate does not build on its own"
    );
}

#[test]
fn user_templates_override_built_in_ones_file_by_file() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(templates.join("docs")).unwrap();
    std::fs::write(
        templates.join("docs/model.md.j2"),
        "# {{ model.name }}\n\nOur own model page ({{ model.kind }}).\n",
    )
    .unwrap();
    let out_dir = dir.path().join("api");
    let out = specmint(&[
        "generate",
        "tests/fixtures/enums.yaml",
        "--out",
        out_dir.to_str().unwrap(),
        "--templates",
        templates.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let model = std::fs::read_to_string(out_dir.join("docs/models/Status.md")).unwrap();
    assert_eq!(model, "# Status\n\nOur own model page (enum).\n");
    // The templates not overridden are the built-in ones.
    let api = std::fs::read_to_string(out_dir.join("docs/apis/DefaultApi.md")).unwrap();
    assert!(
        api.contains("## list_orders") && api.contains("### Parameters"),
        "{api}"
    );

    // A file that matches no template is refused rather than ignored.
    std::fs::write(templates.join("docs/modle.md.j2"), "typo").unwrap();
    let out = specmint(&[
        "generate",
        "tests/fixtures/enums.yaml",
        "--out",
        out_dir.to_str().unwrap(),
        "--templates",
        templates.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("overrides no template"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn overridden_runtime_templates_are_formatted_like_generated_code() {
    // The built-in runtime templates are copied verbatim; a user's may be laid out any way, so
    // it goes through the printers.
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(templates.join("shared/runtime")).unwrap();
    let builtin =
        std::fs::read_to_string(repo().join("templates/shared/runtime/objects.rs")).unwrap();
    std::fs::write(
        templates.join("shared/runtime/objects.rs"),
        format!("{builtin}\n/// Ours.\npub fn   marker( )->u8{{ 1 }}\n"),
    )
    .unwrap();
    let templates = templates.to_str().unwrap();
    for format in ["prettyplease", "rustfmt"] {
        let out_dir = dir.path().join(format);
        let out = generate_with(
            "tests/fixtures/enums.yaml",
            &out_dir,
            &["--templates", templates, "--format", format],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let runtime = out_dir.join("client/src/runtime/objects.rs");
        let text = std::fs::read_to_string(&runtime).unwrap();
        assert!(
            text.contains("/// Ours.\npub fn marker() -> u8 {\n    1\n}\n"),
            "{text}"
        );
        // Printed, the override is left as printed; formatted, it needs no mark.
        assert_eq!(text.contains(SKIP_RUSTFMT), format == "prettyplease");
        assert_rustfmt_clean(&runtime);
    }
}

#[test]
fn wide_models_come_out_of_rustfmt_in_its_layout() {
    // With `--format rustfmt`, the models go through rustfmt like every printed file: a field
    // too wide for one line has its type on the next, and the file needs no mark.
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("api");
    let out = generate_with(
        "tests/fixtures/layout/wide.yaml",
        &out_dir,
        &["--format", "rustfmt"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for side in ["client", "server"] {
        let models = out_dir.join(side).join("src/models.rs");
        let text = std::fs::read_to_string(&models).unwrap();
        assert!(
            text.contains(
                "    pub a_property_whose_name_alone_is_long_enough_to_push_its_type_onto_the_next_line:\n        ::std::option::Option<::std::vec::Vec<::std::string::String>>,\n"
            ),
            "{text}"
        );
        assert!(!text.contains(SKIP_RUSTFMT), "{text}");
        assert_rustfmt_clean(&models);
    }
}

#[test]
fn printed_output_passes_rustfmt_check_with_only_the_files_in_its_layout_unmarked() {
    // By default generated Rust is left as prettyplease prints it. The runtime templates, in
    // rustfmt's layout already, are copied plain; every printed file carries the mark, and a
    // rustfmt of its own would change it. Either way `rustfmt --check` passes on all of them.
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("api");
    let out = generate_into("tests/fixtures/enums.yaml", &out_dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let client = out_dir.join("client");
    assert!(!client.join(".specmint-format").exists());
    let mut marked = Vec::new();
    for (path, text) in read_tree(&out_dir) {
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        assert_rustfmt_clean(&out_dir.join(&path));
        if let Some((heading, _)) = text.split_once(SKIP_RUSTFMT) {
            // The mark follows the module's doc comment.
            assert!(
                heading.lines().all(|l| l.starts_with("//!")),
                "{}",
                path.display()
            );
            marked.push(path);
        }
    }
    // The mark is what keeps the operations as printed: rustfmt would change them without it.
    let operations = out_dir.join("client/src/apis/default.rs");
    let text = std::fs::read_to_string(&operations).unwrap();
    std::fs::write(&operations, text.replacen(SKIP_RUSTFMT, "", 1)).unwrap();
    assert!(!rustfmt_check(&operations).status.success(), "{text}");
    for plain in [
        "client/src/runtime/mod.rs",
        "client/src/runtime/objects.rs",
        "server/src/runtime/body.rs",
    ] {
        assert!(!marked.contains(&PathBuf::from(plain)), "{plain} is marked");
    }
    for printed in [
        "client/src/apis/default.rs",
        "client/src/models.rs",
        "server/src/apis/default.rs",
    ] {
        assert!(
            marked.contains(&PathBuf::from(printed)),
            "{printed} is not marked"
        );
    }
}

/// Every file below `dir` with its contents.
fn read_tree(dir: &Path) -> std::collections::BTreeMap<PathBuf, String> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let text = std::fs::read_to_string(&path).unwrap();
                out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), text);
            }
        }
    }
    out
}

#[test]
fn a_rerun_formats_only_files_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("api");
    let generate = |rustfmt: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_specmint"));
        command
            .args([
                "generate",
                "tests/fixtures/enums.yaml",
                "--format",
                "rustfmt",
                "--out",
            ])
            .arg(&out_dir)
            .current_dir(repo());
        if let Some(rustfmt) = rustfmt {
            command.env("RUSTFMT", rustfmt);
        }
        command.output().expect("run specmint")
    };
    let first = generate(None);
    assert!(first.status.success(), "{}", stderr(&first));
    let before = read_tree(&out_dir);
    assert!(before.contains_key(Path::new("client/.specmint-format")));

    // Nothing changed: every Rust file is taken from the previous output, so a rustfmt that
    // always fails is never run.
    let again = generate(Some("false"));
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(!stderr(&again).contains("rustfmt"), "{}", stderr(&again));
    assert_eq!(read_tree(&out_dir), before);

    // An edited file is formatted anew (and here rustfmt fails, which is reported)...
    let operations = out_dir.join("client/src/apis/default.rs");
    let original = std::fs::read_to_string(&operations).unwrap();
    std::fs::write(&operations, format!("{original}// edited by hand\n")).unwrap();
    let edited = generate(Some("false"));
    assert!(
        stderr(&edited).contains("not formatted by rustfmt"),
        "{}",
        stderr(&edited)
    );
    // ...and with a working rustfmt the output is what it was.
    let restored = generate(None);
    assert!(restored.status.success(), "{}", stderr(&restored));
    assert_eq!(read_tree(&out_dir), before);
}

#[test]
fn botocore_import_writes_the_committed_wickr_spec() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("wickr.openapi.json");
    let run = specmint(&[
        "import",
        "botocore",
        "specs/wickr-2024-02-01.service-2.json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        String::from_utf8_lossy(&run.stdout).contains("44 operations"),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    let written = std::fs::read_to_string(&out).unwrap();
    let committed = std::fs::read_to_string(repo().join("specs/wickr.openapi.json")).unwrap();
    assert_eq!(written, committed);
}

#[test]
fn botocore_import_refuses_what_it_cannot_convert_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    for (model, message, location) in [
        (
            "botocore-query.json",
            "botocore protocol `query` is not supported",
            "tests/fixtures/bad/botocore-query.json#/metadata/protocol",
        ),
        (
            "botocore-dangling.json",
            "shape `Name` is not defined in `shapes`",
            "tests/fixtures/bad/botocore-dangling.json#/shapes/Thing/members/name/shape",
        ),
    ] {
        let path = format!("tests/fixtures/bad/{model}");
        let run = specmint(&["import", "botocore", &path, "-o", out.to_str().unwrap()]);
        let text = stderr(&run);
        assert!(!run.status.success(), "{model}: {text}");
        assert!(text.contains(message), "{model}: {text}");
        assert!(text.contains(location), "{model}: {text}");
        assert!(!out.exists(), "{model}: nothing is written");
    }
}
