#!/usr/bin/env python3
"""Does `specmint diff` agree with cargo-semver-checks on what a spec change does to the client?

For every pair of spec versions (each case of tests/fixtures/diff/cases.yaml, Ory Hydra
v2.2.0 -> v26.2.0, and consecutive versions of GitHub's REST API from npm @octokit/openapi),
this script:

1. asks `specmint diff --format json` for its verdict (the bump, and how many changes break);
2. generates the client crate of both versions, under the same name and version;
3. runs cargo-semver-checks (pinned below) on the two crates and reads its verdict.

A fixture case may state the verdict cargo-semver-checks gives where it differs from
specmint's, with the reason (`semver_checks` and `why` in cases.yaml): changes it cannot see,
such as a renamed wire name or a tightened bound. A pair agrees when cargo-semver-checks gives
the verdict expected of it: `major` exactly when specmint says major (`none` or `minor`
otherwise, since it reports what needs a new version, not additions), or the case's stated one.

Installs what it needs (cargo-semver-checks into target/tools, the GitHub specs with npm into
target/semver-agreement/npm) and prints the agreement table as markdown. Takes a while: the
first cargo-semver-checks install builds it from source, and each GitHub client is large.

Usage: python3 tests/bench/semver_agreement.py [--only NAME] [--no-github]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "target" / "semver-agreement"
TOOLS = ROOT / "target" / "tools"
SEMVER_CHECKS_VERSION = "0.51.0"
# Consecutive releases of @octokit/openapi; each pair of neighbours is compared.
GITHUB_VERSIONS = ["22.0.0", "23.0.0", "23.0.1", "23.0.2"]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def semver_checks():
    binary = TOOLS / "bin" / "cargo-semver-checks"
    have = subprocess.run([binary, "--version"], capture_output=True, text=True) if binary.exists() else None
    if have is None or SEMVER_CHECKS_VERSION not in have.stdout:
        print(f"installing cargo-semver-checks {SEMVER_CHECKS_VERSION} ...", file=sys.stderr)
        run(["cargo", "install", "--locked", "--version", SEMVER_CHECKS_VERSION,
             "--root", str(TOOLS), "cargo-semver-checks"])
    return binary


def specmint():
    run(["cargo", "build", "-q", "--release", "-p", "specmint-cli"], cwd=ROOT)
    return ROOT / "target" / "release" / "specmint"


def fixture_pairs():
    out = WORK / "cases"
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, SPECMINT_DIFF_FIXTURES_OUT=str(out))
    run(["cargo", "test", "-q", "-p", "specmint-cli", "--test", "diff",
         "every_fixture_case_is_classified_as_expected"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL)
    pairs = []
    for case in sorted(out.iterdir()):
        expect = json.loads((case / "expect.json").read_text())
        pairs.append({"name": case.name, "old": case / "old.json", "new": case / "new.json",
                      "expect": expect["semver_checks"], "why": expect["why"]})
    return pairs


def github_pairs():
    npm = WORK / "npm"
    npm.mkdir(parents=True, exist_ok=True)
    (npm / ".npmrc").write_text("omit-lockfile-registry-resolved=true\n")
    deps = {f"octokit-{v}": f"npm:@octokit/openapi@{v}" for v in GITHUB_VERSIONS}
    (npm / "package.json").write_text(json.dumps(
        {"name": "semver-agreement-specs", "private": True, "dependencies": deps}, indent=2))
    run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=npm)
    spec = lambda v: npm / "node_modules" / f"octokit-{v}" / "generated" / "api.github.com.json"
    pairs = []
    for a, b in zip(GITHUB_VERSIONS, GITHUB_VERSIONS[1:]):
        name = f"github {a} -> {b}"
        expect, why = KNOWN.get(name, (None, ""))
        pairs.append({"name": name, "old": spec(a), "new": spec(b), "expect": expect, "why": why})
    return pairs


# Real pairs where cargo-semver-checks cannot see what breaks, with the fixture case that shows
# the same change on its own.
KNOWN = {
    "github 23.0.0 -> 23.0.1": (
        "none",
        "`repos_get_content` loses its optional body, so its call's `.body(..)` setter; other "
        "calls keep one, and cargo-semver-checks cannot tell them apart (case optional-body-removed)",
    ),
}


def hydra_pair():
    return [{"name": "ory-hydra v2.2.0 -> v26.2.0", "old": ROOT / "specs" / "ory-hydra.json",
             "new": ROOT / "tests" / "fixtures" / "diff" / "ory-hydra-v26.2.0.json",
             "expect": None, "why": ""}]


def verdict_of(output):
    """cargo-semver-checks' summary line, as a bump."""
    for line in output.splitlines():
        line = line.strip()
        if line.startswith("Summary"):
            if "requires new major version" in line:
                return "major"
            if "requires new minor version" in line:
                return "minor"
            if "no semver update required" in line:
                return "none"
    return "error"


def compare(pair, tool, target_dir):
    report = json.loads(subprocess.run(
        [tool, "diff", pair["old"], pair["new"], "--format", "json"],
        check=True, capture_output=True, text=True).stdout)
    ours = report["bump"]
    breaking = sum(1 for c in report["changes"] if c["impact"] in ("breaking", "rust-only", "wire-only"))
    rust_breaking = sum(1 for c in report["changes"] if c["impact"] in ("breaking", "rust-only"))
    crates = WORK / "crates" / pair["name"].replace(" ", "_").replace(">", "").replace("/", "_")
    shutil.rmtree(crates, ignore_errors=True)
    for side in ("old", "new"):
        run([tool, "generate", pair[side], "--out", crates / side, "--name", "agreement-client"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Both sides carry the same version, so that the checker judges the change alone, and
        # each is a workspace of its own (they are inside this repository's folder).
        manifest = crates / side / "client" / "Cargo.toml"
        text = manifest.read_text().splitlines()
        text = ['version = "1.0.0"' if l.startswith("version = ") else l for l in text]
        manifest.write_text("\n".join(text) + "\n\n[workspace]\n")
    env = dict(os.environ, CARGO_TARGET_DIR=str(target_dir))
    checked = subprocess.run(
        ["cargo", "semver-checks", "check-release",
         "--manifest-path", crates / "new" / "client" / "Cargo.toml",
         "--baseline-root", crates / "old" / "client"],
        capture_output=True, text=True, env=env)
    theirs = verdict_of(checked.stdout + checked.stderr)
    (crates / "semver-checks.txt").write_text(checked.stdout + checked.stderr)
    expected = pair["expect"] or ("major" if ours == "major" else None)
    if expected is None:
        agree = theirs in ("none", "minor")
    else:
        agree = theirs == expected
    return {"pair": pair["name"], "ours": ours, "breaking": breaking, "rust_breaking": rust_breaking,
            "theirs": theirs, "agree": agree, "why": pair["why"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="only pairs whose name contains this")
    parser.add_argument("--no-github", action="store_true", help="leave out GitHub's spec")
    args = parser.parse_args()
    checker = semver_checks()
    os.environ["PATH"] = f"{checker.parent}{os.pathsep}{os.environ['PATH']}"
    tool = specmint()
    pairs = fixture_pairs() + hydra_pair() + ([] if args.no_github else github_pairs())
    if args.only:
        pairs = [p for p in pairs if args.only in p["name"]]
    target_dir = WORK / "target"
    rows = []
    for pair in pairs:
        row = compare(pair, tool, target_dir)
        rows.append(row)
        mark = "agree" if row["agree"] else "DISAGREE"
        print(f"{row['pair']}: specmint {row['ours']}, cargo-semver-checks {row['theirs']}: {mark}",
              file=sys.stderr)
    print("| pair | specmint | breaking (of which in Rust) | cargo-semver-checks | agree | why they differ |")
    print("|---|---|---:|---|---|---|")
    for r in rows:
        print(f"| {r['pair']} | {r['ours']} | {r['breaking']} ({r['rust_breaking']}) | {r['theirs']} | "
              f"{'yes' if r['agree'] else '**no**'} | {r['why']} |")
    agreed = sum(r["agree"] for r in rows)
    print(f"\n{agreed} of {len(rows)} pairs agree.")
    return 0 if agreed == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
