#!/usr/bin/env bash
# Renders a `xanolink diff --format html` page in headless Chromium and saves a PNG, to check by eye that
# the page reads well offline. Not part of the unit tests (Chromium is optional on a developer machine).
# Usage: scripts/screenshot-diff.sh [PAGE.html] [OUT.png]
# Without PAGE, it renders the approved html snapshot of the diff formatter tests.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
page="${1:-$root/tests/XanoLink.Core.Tests/Diff/Approved/DiffFormatterTests.Html_is_one_self_contained_page.approved.html}"
out="${2:-$root/artifacts/diff-screenshot.png}"
mkdir -p "$(dirname "$out")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium not found; installing Debian's package" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" \
  --screenshot="$out" --window-size=1280,900 "file://$(realpath "$page")" 2>/dev/null
echo "$out"
