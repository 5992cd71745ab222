#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml, `language: script`): runs
# `subprocessor-list validate --strict` on each registry pre-commit passes,
# with the command-line kit of this very checkout (the hook's `rev`), built
# on first use (`npm ci`, whose prepare step builds; once per checkout).
# Exit status: 0 when every registry passes, 1 otherwise.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$here/dist/cli/cli.js"
if [ ! -f "$cli" ]; then
  echo "subprocessor-list: building the command-line kit of $(node -p 'require(process.argv[1]).version' "$here/package.json") (first run only)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error && { [ -f "$cli" ] || npm run build; }) >&2 || {
    echo "subprocessor-list: the build failed (see above)" >&2
    exit 2
  }
fi

status=0
for file in "$@"; do
  node "$cli" validate --strict "$file" || status=1
done
exit "$status"
