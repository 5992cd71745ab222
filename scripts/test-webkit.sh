#!/usr/bin/env bash
# The browser tests in WebKit: an X display (Xvfb) and WebKitWebDriver, then
# the test runner with web-test-runner.webkit.config.mjs. Extra arguments go
# to the test runner (e.g. a test file).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; then
  echo "WebKit tests need Debian's webkit2gtk-driver, xvfb and xauth (apt-get install webkit2gtk-driver xvfb xauth)." >&2
  exit 1
fi
port="${WEBKIT_DRIVER_PORT:-4444}"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
DISPLAY="$display" WebKitWebDriver --port="$port" >/dev/null 2>&1 &
driver=$!
trap 'kill $driver $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY="$display" WEBKIT_DRIVER_PORT="$port" npx wtr --config web-test-runner.webkit.config.mjs "$@"
