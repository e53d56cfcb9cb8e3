#!/usr/bin/env bash
# Runs every check a change must pass: formatting, clippy on the whole workspace (generator,
# generated crates and fixture snapshots), then `cargo test --workspace`, which includes the
# test that fails when generated/ is stale.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d tests/peers/oidc-provider/node_modules ]; then
  echo "== npm ci (tests/peers/oidc-provider)"
  (cd tests/peers/oidc-provider && npm ci --no-audit --no-fund)
fi
if [ ! -d crates/hydra-oidc-example/tests/relying-party/node_modules ]; then
  echo "== npm ci (crates/hydra-oidc-example/tests/relying-party)"
  (cd crates/hydra-oidc-example/tests/relying-party && npm ci --no-audit --no-fund)
fi
if [ ! -x tests/python/.venv/bin/python ]; then
  echo "== python venv (tests/python)"
  python3 -m venv tests/python/.venv
fi
# (Re)install when requirements.txt changed since the venv last installed it.
if ! cmp -s tests/python/requirements.txt tests/python/.venv/installed-requirements.txt; then
  echo "== pip install -r tests/python/requirements.txt"
  tests/python/.venv/bin/pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt
  cp tests/python/requirements.txt tests/python/.venv/installed-requirements.txt
fi
echo "== cargo fmt --check (workspace and runtime templates)"
cargo fmt --all --check
# The built-in runtime templates are copied into generated crates verbatim, so they must be
# formatted as rustfmt leaves them. Each is checked through standard input, where rustfmt does
# not follow `mod` declarations (`objects.rs` lives in templates/shared, not beside them).
unformatted=0
while IFS= read -r -d '' template; do
  if ! rustfmt --edition 2021 --emit stdout < "$template" | cmp -s - "$template"; then
    echo "not formatted as rustfmt leaves it: $template"
    unformatted=1
  fi
done < <(find templates -name '*.rs' -print0 | sort -z)
[ "$unformatted" = 0 ]
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo doc (generated crates and fixture snapshots, warnings are errors)"
# Spec prose lands in doc comments; rustdoc must read it as the spec meant (no broken
# intra-doc links, bare URLs or stray HTML tags).
packages=()
for manifest in generated/*/{client,server}/Cargo.toml tests/snapshots/*/{client,server}/Cargo.toml; do
  packages+=(-p "$(sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -n 1)")
done
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked "${packages[@]}"
echo "== cargo test"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --workspace --locked 2>&1 | tee "$log"
# cargo prints one result line per test binary, the last often a doc-test run with no tests;
# close with the totals over all of them.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
