#!/usr/bin/env bash
# `npm run build`: bundle dist/ with tsup, then generate schema.json (the JSON Schema of the
# public data types) at the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."

npx tsup

# scripts/gen-schema.ts is written in parallel with this script. Until it lands the build
# says so on stderr and ships without schema.json (the package tests then fail on
# `./schema.json`); once it exists it is a required step: its failure fails the build.
if [[ -f scripts/gen-schema.ts ]]; then
  npx tsx scripts/gen-schema.ts
else
  echo "build: scripts/gen-schema.ts does not exist yet: schema.json not generated" >&2
fi
