#!/usr/bin/env bash
# Runs every check a change must pass: formatting, clippy on the whole workspace (generator,
# generated crates and fixture snapshots), then `cargo test --workspace`, which includes the
# test that fails when generated/ is stale.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
