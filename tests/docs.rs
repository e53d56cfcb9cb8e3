//! The generated markdown: every relative link and `#anchor` resolves, every table row has the
//! column count of its header, and Hydra's `OidcApi` page carries what the OpenAPI Generator
//! page (seed 003) shows for each operation.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use specmint_tests::root;

/// Every markdown file below `dir`.
fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                markdown_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

/// GitHub's heading anchors, with `-1`, `-2` for repeated headings.
fn anchors(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(text, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(t) | Event::Code(t) if heading.is_some() => {
                heading.as_mut().unwrap().push_str(&t)
            }
            Event::End(TagEnd::Heading(_)) => {
                let slug = specmint::emit::docs::anchor(&heading.take().unwrap());
                let n = counts.entry(slug.clone()).or_insert(0);
                out.insert(if *n == 0 {
                    slug.clone()
                } else {
                    format!("{slug}-{n}")
                });
                *n += 1;
            }
            _ => {}
        }
    }
    out
}

/// The number of cell separators on a table line: `|` not escaped and not inside a code span.
fn separators(line: &str) -> usize {
    let mut count = 0;
    let mut in_code = false;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '`' => in_code = !in_code,
            '|' if !in_code => count += 1,
            _ => {}
        }
    }
    count
}

struct Report {
    pages: usize,
    links: usize,
    tables: usize,
    problems: Vec<String>,
}

fn check_tree(dir: &Path) -> Report {
    let mut files = Vec::new();
    markdown_files(dir, &mut files);
    files.sort();
    let mut anchor_cache: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    let mut report = Report {
        pages: files.len(),
        links: 0,
        tables: 0,
        problems: Vec::new(),
    };
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let shown = file
            .strip_prefix(root())
            .unwrap_or(file)
            .display()
            .to_string();
        for (event, range) in Parser::new_ext(&text, Options::ENABLE_TABLES).into_offset_iter() {
            match event {
                Event::Start(Tag::Link { dest_url, .. }) => {
                    let dest = dest_url.to_string();
                    if dest.contains("://") || dest.starts_with("mailto:") {
                        continue;
                    }
                    report.links += 1;
                    let (path_part, fragment) = match dest.split_once('#') {
                        Some((p, f)) => (p.to_string(), Some(f.to_string())),
                        None => (dest.clone(), None),
                    };
                    let target = if path_part.is_empty() {
                        file.clone()
                    } else {
                        file.parent().unwrap().join(&path_part)
                    };
                    let target = specmint::config::normalize(&target);
                    if !target.is_file() {
                        report
                            .problems
                            .push(format!("{shown}: link to {dest}: no such file"));
                        continue;
                    }
                    if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                        let known = anchor_cache
                            .entry(target.clone())
                            .or_insert_with(|| anchors(&std::fs::read_to_string(&target).unwrap()));
                        if !known.contains(&fragment) {
                            report
                                .problems
                                .push(format!("{shown}: link to {dest}: no heading `#{fragment}`"));
                        }
                    }
                }
                Event::Start(Tag::Table(_)) => {
                    report.tables += 1;
                    let lines: Vec<&str> = text[range]
                        .lines()
                        .filter(|l| !l.trim().is_empty())
                        .collect();
                    let header = separators(lines[0]);
                    for line in &lines[1..] {
                        if separators(line) != header {
                            report.problems.push(format!(
                                "{shown}: table row has {} separators, header {header}: {line}",
                                separators(line)
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    report
}

#[test]
fn links_resolve_and_tables_are_consistent() {
    let mut problems = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("generated"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    dirs.push(root().join("tests/snapshots"));
    for dir in dirs {
        let report = check_tree(&dir);
        let shown = dir.strip_prefix(root()).unwrap().display().to_string();
        println!(
            "{shown}: {} markdown pages, {} relative links, {} tables checked",
            report.pages, report.links, report.tables
        );
        assert!(
            report.pages > 0 && report.links > 0 && report.tables > 0,
            "{shown}"
        );
        problems.extend(report.problems);
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_checker_finds_broken_links_and_ragged_tables() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "# A\n\n[ok](b.md#b) [gone](c.md) [bad anchor](b.md#nope) [self](#a)\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.md"),
        "# B\n\n| x | y |\n|---|---|\n| 1 | 2 | 3 |\n| `a|b` | c \\| d |\n",
    )
    .unwrap();
    let report = check_tree(dir.path());
    assert_eq!(report.links, 4);
    assert_eq!(report.problems.len(), 3, "{:#?}", report.problems);
    assert!(report
        .problems
        .iter()
        .any(|p| p.contains("c.md: no such file")));
    assert!(report
        .problems
        .iter()
        .any(|p| p.contains("no heading `#nope`")));
    assert!(report.problems.iter().any(|p| p.contains("| 1 | 2 | 3 |")));
}

/// What seed 003 (OpenAPI Generator's Rust `OidcApi.md` for Hydra v2.2.0) shows per operation,
/// written down as facts: the call, parameters (name, type, required), return type,
/// authorization, and request headers.
struct SeedOp {
    name: &'static str,
    params: &'static [(&'static str, &'static str, bool)],
    returns: Option<&'static str>,
    authorization: &'static [&'static str],
    content_type: &'static str,
    accept: &'static str,
}

const SEED_003: &[SeedOp] = &[
    SeedOp {
        name: "create_oidc_dynamic_client",
        params: &[("body", "OAuth2Client", true)],
        returns: Some("OAuth2Client"),
        authorization: &[],
        content_type: "application/json",
        accept: "application/json",
    },
    SeedOp {
        name: "create_verifiable_credential",
        params: &[("body", "CreateVerifiableCredentialRequestBody", false)],
        returns: Some("VerifiableCredentialResponse"),
        authorization: &[],
        content_type: "application/json",
        accept: "application/json",
    },
    SeedOp {
        name: "delete_oidc_dynamic_client",
        params: &[("id", "String", true)],
        returns: None,
        authorization: &["bearer"],
        content_type: "Not defined",
        accept: "application/json",
    },
    SeedOp {
        name: "discover_oidc_configuration",
        params: &[],
        returns: Some("OidcConfiguration"),
        authorization: &[],
        content_type: "Not defined",
        accept: "application/json",
    },
    SeedOp {
        name: "get_oidc_dynamic_client",
        params: &[("id", "String", true)],
        returns: Some("OAuth2Client"),
        authorization: &["bearer"],
        content_type: "Not defined",
        accept: "application/json",
    },
    SeedOp {
        name: "get_oidc_user_info",
        params: &[],
        returns: Some("OidcUserInfo"),
        authorization: &["oauth2"],
        content_type: "Not defined",
        accept: "application/json",
    },
    SeedOp {
        name: "revoke_oidc_session",
        params: &[],
        returns: None,
        authorization: &[],
        content_type: "Not defined",
        accept: "Not defined",
    },
    SeedOp {
        name: "set_oidc_dynamic_client",
        params: &[("id", "String", true), ("body", "OAuth2Client", true)],
        returns: Some("OAuth2Client"),
        authorization: &["bearer"],
        content_type: "application/json",
        accept: "application/json",
    },
];

/// The part of the page between `## name` and the next `## `.
fn section<'a>(page: &'a str, name: &str) -> &'a str {
    let start = page
        .find(&format!("\n## {name}\n"))
        .unwrap_or_else(|| panic!("no section for {name}"));
    let rest = &page[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    &rest[..end]
}

/// What seed 002 (OpenAPI Generator's Python `OidcApi.md` for Ory Network v1.1.41) shows per
/// operation, with the seed's Python types in their Rust form.
const SEED_002: &[SeedOp] = &[
    SeedOp {
        name: "create_oidc_dynamic_client",
        params: &[("body", "OAuth2Client", true)],
        returns: Some("OAuth2Client"),
        authorization: &[],
        content_type: "application/json",
        accept: "application/json",
    },
    SeedOp {
        name: "delete_oidc_dynamic_client",
        params: &[("id", "String", true)],
        returns: None,
        authorization: &["bearer"],
        content_type: "Not defined",
        accept: "application/json",
    },
    SeedOp {
        name: "discover_oidc_configuration",
        params: &[],
        returns: Some("OidcConfiguration"),
        authorization: &[],
        content_type: "Not defined",
        accept: "application/json",
    },
    SeedOp {
        name: "get_oidc_dynamic_client",
        params: &[("id", "String", true)],
        returns: Some("OAuth2Client"),
        authorization: &["bearer"],
        content_type: "Not defined",
        accept: "application/json",
    },
    SeedOp {
        name: "get_oidc_user_info",
        params: &[],
        returns: Some("OidcUserInfo"),
        authorization: &["oauth2"],
        content_type: "Not defined",
        accept: "application/json",
    },
    SeedOp {
        name: "revoke_oidc_session",
        params: &[],
        returns: None,
        authorization: &[],
        content_type: "Not defined",
        accept: "Not defined",
    },
    SeedOp {
        name: "set_oidc_dynamic_client",
        params: &[("id", "String", true), ("body", "OAuth2Client", true)],
        returns: Some("OAuth2Client"),
        authorization: &["bearer"],
        content_type: "application/json",
        accept: "application/json",
    },
];

#[test]
fn hydra_oidc_page_carries_what_seed_003_shows() {
    page_carries_what_the_seed_shows("ory-hydra", "ory-hydra.json", SEED_003);
}

#[test]
fn ory_network_oidc_page_carries_what_seed_002_shows() {
    page_carries_what_the_seed_shows("ory-client", "ory-client.json", SEED_002);
}

fn page_carries_what_the_seed_shows(target: &str, spec: &str, seed: &[SeedOp]) {
    let page =
        std::fs::read_to_string(root().join(format!("generated/{target}/docs/apis/OidcApi.md")))
            .unwrap();
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("specs").join(spec)).unwrap())
            .unwrap();
    // The page documents exactly the seed's operations.
    let sections = page.matches("\n## ").count();
    assert_eq!(sections, seed.len(), "{target}: one section per operation");
    for op in seed {
        let s = section(&page, op.name);
        // The index table links the section, as the seed's does.
        assert!(
            page.contains(&format!("[`{0}`](#{0})", op.name)),
            "{}: index entry",
            op.name
        );
        // Signature: a method that returns the call, to be awaited.
        assert!(
            (s.contains(&format!("pub fn {}(", op.name))
                || s.contains(&format!("pub fn {}<'a>(", op.name)))
                && s.contains(") -> Call<"),
            "{}: signature",
            op.name
        );
        for (param, ty, required) in op.params {
            // Required parameters are the method's arguments; optional ones its call's setters.
            assert_eq!(
                s.contains(&format!("    {param}: ")),
                *required,
                "{}: `{param}` in the signature",
                op.name
            );
            let row = s
                .lines()
                .find(|l| l.starts_with(&format!("| `{param}` |")))
                .unwrap_or_else(|| panic!("{}: row for {param}", op.name));
            assert!(row.contains(ty), "{}: `{param}` typed {ty}: {row}", op.name);
            let marker = if *required {
                "| argument |".to_string()
            } else {
                format!("| `.{param}(..)` |")
            };
            assert!(
                row.contains(&marker),
                "{}: `{param}` {marker}: {row}",
                op.name
            );
        }
        if op.params.is_empty() {
            assert!(
                s.contains("This operation takes no parameters."),
                "{}",
                op.name
            );
        }
        // Summary and description, from the spec.
        let path_item = spec["paths"]
            .as_object()
            .unwrap()
            .values()
            .flat_map(|v| v.as_object().unwrap().values());
        let spec_op = path_item
            .into_iter()
            .find(|o| {
                o["operationId"]
                    .as_str()
                    .map(|id| specmint::ir::naming::snake_name(id, "x"))
                    == Some(op.name.to_string())
            })
            .unwrap();
        assert!(
            s.contains(spec_op["summary"].as_str().unwrap()),
            "{}: summary",
            op.name
        );
        let description = spec_op["description"].as_str().unwrap();
        let first_line = description.lines().next().unwrap().trim();
        assert!(s.contains(first_line), "{}: description", op.name);
        // Return type.
        let returns = s
            .split("### Return type")
            .nth(1)
            .unwrap()
            .split("###")
            .next()
            .unwrap();
        match op.returns {
            Some(model) => assert!(
                returns.contains(&format!("[{model}](../models/{model}.md)")),
                "{}: returns {model}",
                op.name
            ),
            None => assert!(
                returns.contains("(empty response body)"),
                "{}: empty body",
                op.name
            ),
        }
        // Authorization.
        let auth = s
            .split("### Authorization")
            .nth(1)
            .unwrap()
            .split("###")
            .next()
            .unwrap();
        if op.authorization.is_empty() {
            assert!(
                auth.contains("No authorization required."),
                "{}: no auth",
                op.name
            );
        }
        for scheme in op.authorization {
            assert!(
                auth.contains(&format!("[{scheme}](../../client/README.md#{scheme})")),
                "{}: {scheme}",
                op.name
            );
        }
        // Request headers.
        assert!(
            s.contains(&format!("- **Content-Type**: {}", op.content_type)),
            "{}: content type",
            op.name
        );
        assert!(
            s.contains(&format!("- **Accept**: {}", op.accept)),
            "{}: accept",
            op.name
        );
        // And what the seed does not have: an example that `cargo test` compiles, and errors.
        assert!(
            s.contains(&format!("client.{}(", op.name)),
            "{}: example",
            op.name
        );
        assert!(s.contains("### Errors"), "{}: errors", op.name);
    }
}

/// What seed 004 (boto3's page for Wickr's `get_oidc_info`) shows: each parameter with its
/// type and whether it is required, the response structure, and the exceptions.
const SEED_004_PARAMS: &[(&str, &str, bool)] = &[
    ("networkId", "network_id", true),
    ("clientId", "client_id", false),
    ("code", "code", false),
    ("grantType", "grant_type", false),
    ("redirectUri", "redirect_uri", false),
    ("url", "url", false),
    ("clientSecret", "client_secret", false),
    ("codeVerifier", "code_verifier", false),
    ("certificate", "certificate", false),
];

/// The response structure, as `(parent, JSON name, type)`; boto3's `integer` is `i32` or `i64`.
const SEED_004_RESPONSE: &[(&str, &str, &str)] = &[
    ("", "openidConnectInfo", "OidcConfigInfo"),
    ("openidConnectInfo", "applicationName", "String"),
    ("openidConnectInfo", "clientId", "String"),
    ("openidConnectInfo", "companyId", "String"),
    ("openidConnectInfo", "scopes", "String"),
    ("openidConnectInfo", "issuer", "String"),
    ("openidConnectInfo", "clientSecret", "String"),
    ("openidConnectInfo", "secret", "String"),
    ("openidConnectInfo", "redirectUrl", "String"),
    ("openidConnectInfo", "userId", "String"),
    ("openidConnectInfo", "customUsername", "String"),
    ("openidConnectInfo", "caCertificate", "String"),
    ("openidConnectInfo", "applicationId", "i32"),
    ("openidConnectInfo", "ssoTokenBufferMinutes", "i32"),
    ("openidConnectInfo", "extraAuthParams", "String"),
    ("", "tokenInfo", "OidcTokenInfo"),
    ("tokenInfo", "codeVerifier", "String"),
    ("tokenInfo", "codeChallenge", "String"),
    ("tokenInfo", "accessToken", "String"),
    ("tokenInfo", "idToken", "String"),
    ("tokenInfo", "refreshToken", "String"),
    ("tokenInfo", "tokenType", "String"),
    ("tokenInfo", "expiresIn", "i64"),
];

const SEED_004_ERRORS: &[&str] = &[
    "ValidationError",
    "BadRequestError",
    "ResourceNotFoundError",
    "ForbiddenError",
    "UnauthorizedError",
    "InternalServerError",
    "RateLimitError",
];

/// The plain text of botocore's HTML documentation, for comparing with the page.
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}

#[test]
fn wickr_get_oidc_info_page_carries_what_seed_004_shows() {
    let page =
        std::fs::read_to_string(root().join("generated/wickr/docs/apis/WickrApi.md")).unwrap();
    let model: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("specs/wickr-2024-02-01.service-2.json")).unwrap(),
    )
    .unwrap();
    let shapes = &model["shapes"];
    let s = section(&page, "get_oidc_info");
    let part = |heading: &str| {
        s.split(&format!("### {heading}\n"))
            .nth(1)
            .unwrap_or_else(|| panic!("no `{heading}` part"))
            .split("\n### ")
            .next()
            .unwrap()
            .to_string()
    };
    assert!(s.contains(&plain(
        model["operations"]["GetOidcInfo"]["documentation"]
            .as_str()
            .unwrap()
    )));

    // The call with every parameter, and each parameter's type, requiredness and description.
    let signature = s
        .split("```rust\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let members = &shapes["GetOidcInfoRequest"]["members"];
    let params = part("Parameters");
    for (wire, rust, required) in SEED_004_PARAMS {
        // Required parameters are arguments; optional ones are set on the call.
        assert_eq!(
            signature.contains(&format!("    {rust}: &'a str,")),
            *required,
            "`{rust}` in the call:\n{signature}"
        );
        let row = params
            .lines()
            .find(|l| l.starts_with(&format!("| `{rust}` |")))
            .unwrap_or_else(|| panic!("row for {rust}"));
        let marker = if *required {
            "| argument |".to_string()
        } else {
            format!("| `.{rust}(..)` |")
        };
        assert!(row.contains("| String |") && row.contains(&marker), "{row}");
        assert!(row.contains(&format!("parameter `{wire}`")), "{row}");
        let doc = plain(members[wire]["documentation"].as_str().unwrap());
        assert!(row.contains(&doc), "{rust}: description in {row}");
    }

    // The return type and its structure, nested as boto3 nests it, with descriptions.
    assert!(part("Return type").contains("[GetOidcInfoResponse](../models/GetOidcInfoResponse.md)"));
    let structure = part("Response structure");
    let shape_of = |parent: &str| match parent {
        "" => "GetOidcInfoResponse",
        "openidConnectInfo" => "OidcConfigInfo",
        _ => "OidcTokenInfo",
    };
    for (parent, name, ty) in SEED_004_RESPONSE {
        let indent = if parent.is_empty() { "- " } else { "  - " };
        let line = structure
            .lines()
            .find(|l| {
                l.starts_with(indent)
                    && (l.contains(&format!("JSON `{name}`"))
                        || l.starts_with(&format!("{indent}`{name}` ")))
            })
            .unwrap_or_else(|| panic!("{parent}.{name} in the response structure:\n{structure}"));
        assert!(line.contains(ty), "{name}: {ty} in {line}");
        let doc = plain(
            shapes[shape_of(parent)]["members"][name]["documentation"]
                .as_str()
                .unwrap(),
        );
        assert!(line.contains(&doc), "{name}: description in {line}");
    }
    assert_eq!(
        structure
            .lines()
            .filter(|l| l.starts_with("- ") || l.starts_with("  - "))
            .count(),
        SEED_004_RESPONSE.len()
    );

    // The errors it can return, each with its status and typed body.
    let responses = part("HTTP response details");
    for error in SEED_004_ERRORS {
        let status = shapes[error]["error"]["httpStatusCode"].as_u64().unwrap();
        let row = responses
            .lines()
            .find(|l| l.starts_with(&format!("| {status} |")))
            .unwrap_or_else(|| panic!("{error}: row for {status}"));
        assert!(row.contains(&format!("`{error}`")), "{error} in {row}");
        assert!(
            part("Errors").contains(&format!("[{error}](../models/{error}.md)")),
            "{error} body type"
        );
    }

    // SigV4 is how the call is authorized, and the example sets it up.
    assert!(part("Authorization").contains("[sigv4]"));
    assert!(s.contains(".aws_credentials(AwsCredentials::new("));
}
