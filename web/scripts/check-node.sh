#!/usr/bin/env bash
# The web module builds with the machine's own Node.js (>= 20.19, what Vite needs) and npm.
set -euo pipefail
need="20.19.0"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[web] Node.js >= $need with npm is required to build the web frontends (module web), and none is on the PATH." >&2
  echo "[web] Install it (Debian/Ubuntu: apt-get install nodejs npm, or Node's own packages) and build again." >&2
  exit 1
fi
have=$(node --version | sed 's/^v//')
lowest=$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -1)
if [ "$lowest" != "$need" ]; then
  echo "[web] Node.js >= $need is required to build the web frontends; this machine has $have ($(command -v node))." >&2
  exit 1
fi
