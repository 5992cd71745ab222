#!/usr/bin/env bash
# The step of the GitHub Action (action.yml): `subprocessor-list validate` on
# each registry named in INPUT_PATH (whitespace-separated), with --strict
# unless INPUT_STRICT is "false". It runs the repository's own installed
# package when there is one (node_modules/.bin), else the published one at
# INPUT_VERSION (default: the action's own version). Exit status: the worst
# of the runs (0 fine, 1 problems or warnings, 2 a file that cannot be used).
set -uo pipefail

paths="${INPUT_PATH:-subprocessors.json}"
version="${INPUT_VERSION:-}"
if [ -z "$version" ]; then
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  version="$(node -p 'require(process.argv[1]).version' "$here/package.json")"
fi

if [ -x node_modules/.bin/subprocessor-list ]; then
  cmd=(node_modules/.bin/subprocessor-list)
else
  cmd=(npx --yes "subprocessor-list@$version")
fi
args=(validate)
[ "${INPUT_STRICT:-true}" = false ] || args+=(--strict)

worst=0
read -r -a files <<<"$(echo "$paths" | tr '\n' ' ')"
[ ${#files[@]} -gt 0 ] || { echo "::error::no registry given (the action's path input)"; exit 2; }
for file in "${files[@]}"; do
  echo "$ subprocessor-list ${args[*]} $file"
  "${cmd[@]}" "${args[@]}" "$file"
  status=$?
  if [ "$status" -ne 0 ]; then
    echo "::error file=$file::subprocessor-list ${args[*]} exited with $status (1: problems$([ "${args[1]:-}" = --strict ] && echo ' or warnings'), 2: the file cannot be used)"
  fi
  [ "$status" -gt "$worst" ] && worst=$status
done
exit "$worst"
