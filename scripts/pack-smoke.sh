#!/usr/bin/env bash
# The packed-tarball smoke test (called by .ci/run, or `npm run pack:smoke` which builds first).
#
# Packs the current dist/ with `npm pack`, installs the tarball into a scratch project in a
# temporary directory, runs the tests of the packed package (test/package/), then uses the
# installed package the way a user does, under the current Node and under Node 22 and 24
# (the `node` package from the registry puts those binaries in node_modules/.bin):
#   - the CLI: `npx chitieu parse "Giảm 07% so với năm 2022"` must print the canonical form;
#   - the API: test/package/smoke-api.mjs imports chitieu and checks the AST;
#   - CommonJS: test/package/smoke-require.cjs, in a CommonJS project, require()s chitieu
#     (require(esm), Node 20.19+).
# Once, under the current Node: the tarball's types and manifest with @arethetypeswrong/cli
# and publint --strict (devDependencies, nothing downloaded), and the types of
# require('chitieu') type-checked in the CommonJS project.
# Packing and installing stop at the first failure; the checks after that all run, and the
# script exits non-zero if any failed, listing them. KEEP_SMOKE=1 keeps the temporary directory.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/chitieu-smoke.XXXXXX")"
if [[ "${KEEP_SMOKE:-}" == 1 ]]; then
  echo "pack-smoke: keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi

statement='Giảm 07% so với năm 2022'
expected='giảm ≥ 7% so với năm 2022'
npm_quiet=(--no-audit --no-fund --loglevel=error)

step() { printf '\n== pack-smoke: %s\n' "$*"; }

failed=()
# check <label> <command...>: runs the command, records the label if it fails, goes on.
check() {
  local label="$1"
  shift
  if ! "$@"; then
    failed+=("$label")
    printf 'pack-smoke: FAILED: %s\n' "$label" >&2
  fi
}

step "npm pack"
[[ -f "$repo/dist/index.js" ]] || { echo "dist/index.js missing: run npm run build first" >&2; exit 1; }
# --ignore-scripts: pack the dist/ that was built, without `prepare` building it again.
tarball="$work/$(cd "$repo" && npm pack --ignore-scripts --pack-destination "$work" --silent | tail -n 1)"
echo "$tarball ($(du -k "$tarball" | cut -f1) KB)"

# scratch_project DIR NAME TYPE SCRIPT: a fresh project of module TYPE with SCRIPT from
# test/package/ beside it, and the tarball installed.
scratch_project() {
  mkdir "$1"
  printf '{ "name": "%s", "private": true, "type": "%s" }\n' "$2" "$3" >"$1/package.json"
  cp "$repo/test/package/$4" "$1/"
  (cd "$1" && npm install "$tarball" "${npm_quiet[@]}")
}

step "install the tarball into a scratch project"
app="$work/app"
scratch_project "$app" chitieu-smoke module smoke-api.mjs

step "install the tarball into a CommonJS project"
cjs="$work/cjs"
scratch_project "$cjs" chitieu-smoke-cjs commonjs smoke-require.cjs

step "tests of the installed package (test/package)"
package_tests() {
  (cd "$repo" && CHITIEU_PACKAGE_DIR="$app/node_modules/chitieu" CHITIEU_TARBALL="$tarball" \
    npx vitest run --config test/package/vitest.config.ts)
}
check "tests of the installed package" package_tests

step "types and manifest: @arethetypeswrong/cli, publint --strict"
# Profile esm-only: chitieu ships ES modules only. It leaves out the two resolution modes that
# cannot load them: node10 (no exports map: chitieu/vitest does not resolve; Node before 12)
# and node16 from CommonJS, which attw reports as "ESM (dynamic import only)" because its
# TypeScript predates require(esm). That case is covered below with the project's TypeScript
# (module nodenext) and at run time by smoke-require.cjs.
attw_check() { (cd "$repo" && npx --no attw "$tarball" --profile esm-only --format ascii); }
check "attw --profile esm-only" attw_check
publint_check() { (cd "$repo" && npx --no publint run "$tarball" --strict); }
check "publint --strict" publint_check
require_types() {
  # (here, not a file of test/: the repository's tsconfig would type-check it as ESM)
  cat >"$cjs/smoke-require-types.cts" <<'TS'
// Type-checked in the CommonJS scratch project with the project's
// TypeScript and `module: nodenext`, which types require() of an ES module (require(esm),
// TypeScript 5.8+): a CommonJS TypeScript app gets chitieu's types, not just its code.
import chitieu = require('chitieu');

const target: chitieu.Target = chitieu.parseTarget('Giảm 07% so với năm 2022');
const canonical: string = chitieu.formatTarget(target);
// @ts-expect-error: a Target is not a string (the types are real, not `any`)
const wrong: string = target;

export = [canonical, wrong];
TS
  printf '{ "compilerOptions": { "module": "nodenext", "target": "es2022", "strict": true, "noEmit": true, "types": [] }, "files": ["smoke-require-types.cts"] }\n' \
    >"$cjs/tsconfig.json"
  (cd "$cjs" && "$repo/node_modules/.bin/tsc" -p . && echo "types of require('chitieu') ok (TypeScript $("$repo/node_modules/.bin/tsc" --version), module nodenext)")
}
check "types of require('chitieu') (module nodenext)" require_types

# The CLI and the API script, with whatever `node` is first on PATH.
smoke_cli() {
  local version output
  version="$(node --version)"
  output="$(cd "$app" && npx --no chitieu parse "$statement")" || return 1
  if [[ "$output" != "$expected" ]]; then
    printf 'node %s: chitieu parse %q printed\n  %q\nexpected\n  %q\n' \
      "$version" "$statement" "$output" "$expected" >&2
    return 1
  fi
  echo "cli ok on node $version: $output"
}
smoke_api() { (cd "$app" && node smoke-api.mjs); }
smoke_require() { (cd "$cjs" && node smoke-require.cjs); }

current="$(node --version)"
step "CLI and API under Node $current"
check "CLI under Node $current" smoke_cli
check "API under Node $current" smoke_api
check "require() under Node $current" smoke_require

for major in 22 24; do
  step "CLI and API under Node $major"
  dir="$work/node$major"
  mkdir "$dir"
  printf '{ "name": "node%s", "private": true }\n' "$major" >"$dir/package.json"
  (cd "$dir" && npm install "node@$major" "${npm_quiet[@]}")
  [[ "$(PATH="$dir/node_modules/.bin:$PATH" node --version)" == "v$major."* ]] ||
    { echo "node@$major did not install a Node $major binary" >&2; exit 1; }
  PATH="$dir/node_modules/.bin:$PATH" check "CLI under Node $major" smoke_cli
  PATH="$dir/node_modules/.bin:$PATH" check "API under Node $major" smoke_api
  PATH="$dir/node_modules/.bin:$PATH" check "require() under Node $major" smoke_require
done

if ((${#failed[@]})); then
  step "${#failed[@]} check(s) failed"
  printf '  - %s\n' "${failed[@]}" >&2
  exit 1
fi
step "all passed"
