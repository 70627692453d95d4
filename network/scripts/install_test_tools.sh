#!/usr/bin/env bash
# What the tests need beyond Python packages: Debian's Chromium for the browser tests (never a
# browser Playwright would download) and gettext's msgfmt to check the French catalogue.
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

missing=()
[ -x "$CHROMIUM_PATH" ] || missing+=(chromium)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from Debian's packages for the tests ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ -x "$CHROMIUM_PATH" ] || {
  echo "error: Chromium is needed for the browser tests and is not at $CHROMIUM_PATH." >&2
  echo "       Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
}
command -v msgfmt >/dev/null 2>&1 || {
  echo "error: msgfmt is needed to check the translations. Install gettext." >&2
  exit 1
}
