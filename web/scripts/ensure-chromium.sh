#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the end-to-end tests (Playwright drives
# it through executablePath; no browser is downloaded by npm). Installs it with apt-get when missing
# (these machines run the build as root); elsewhere says what to install and fails.
set -euo pipefail
browser=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$browser" ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "[web] $browser is missing: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi
echo "[web] $browser is missing: installing Debian's chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >&2 || true
apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk >&2
[ -x "$browser" ] || { echo "[web] chromium was installed but $browser is still missing" >&2; exit 1; }
