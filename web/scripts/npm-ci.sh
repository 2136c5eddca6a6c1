#!/usr/bin/env bash
# npm ci, but only when node_modules is older than package-lock.json (npm ci wipes and reinstalls
# every time; builds without network must work once installed).
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ -f node_modules/.package-lock.json ] && ! [ package-lock.json -nt node_modules/.package-lock.json ]; then
  exit 0
fi
echo "[web] npm ci" >&2
npm ci --no-audit --no-fund
