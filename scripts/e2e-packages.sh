#!/bin/sh
# End-to-end check of the packages as a user gets them (not part of `dotnet test`):
# packs XanoLink.Tool, XanoLink.Build and XanoLink.Templates into a local feed with a fresh
# version, makes a workspace with `dotnet new xanolink-workspace`, restores the pinned tool,
# validates with `xanolink validate` and `dotnet build`, checks that a broken reference
# fails the build, adds an object with `dotnet new xanolink-object`, and runs the
# pull-request script ci/xanolink-pr.sh on a branch.
#
#   sh scripts/e2e-packages.sh [WORK_DIR]
#
# WORK_DIR (default: a new temp folder) receives the feed, the template hive and the workspace.
# Needs NuGet (for Microsoft.Build.NoTargets and the packages' dependencies).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d "${TMPDIR:-/tmp}/xanolink-e2e.XXXXXX")}
mkdir -p "$work"
work=$(cd "$work" && pwd)
# A version never seen before, so the NuGet cache cannot hand back an older build.
version=0.1.0-e2e.$(date -u +%Y%m%d%H%M%S)
feed=$work/feed
hive=$work/hive
ws=$work/shop

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'E2E FAILED: %s\n' "$*" >&2; exit 1; }

step "pack $version into $feed"
dotnet pack "$root/XanoLink.sln" -c Release -o "$feed" -p:Version="$version" -nologo -v q
for id in XanoLink.Tool XanoLink.Build XanoLink.Templates; do
  [ -f "$feed/$id.$version.nupkg" ] || fail "$id.$version.nupkg was not packed (packed: $(ls "$feed"))"
done

step "install the templates package into a private hive"
dotnet new install "$feed/XanoLink.Templates.$version.nupkg" --debug:custom-hive "$hive"

step "dotnet new xanolink-workspace"
dotnet new xanolink-workspace -o "$ws" --workspace-name shop:e2e --xanolink-version "$version" --debug:custom-hive "$hive"
cat > "$ws/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="xanolink-e2e" value="$feed" />
  </packageSources>
</configuration>
EOF
cd "$ws"
git init -q -b main
git config user.name "XanoLink E2E"
git config user.email "e2e@xanolink.invalid"
git add -A
git commit -q -m "New workspace from xanolink-workspace"

step "dotnet tool restore (XanoLink.Tool $version)"
dotnet tool restore
dotnet xanolink --version || true
dotnet xanolink git-setup

step "xanolink validate"
dotnet xanolink validate

step "dotnet build validates"
dotnet build -nologo

step "a broken reference fails the build"
cp tables/user.json "$work/user.json.bak"
sed -i.sed 's/"name": "user"/"name": "account"/' tables/user.json && rm -f tables/user.json.sed
if dotnet build -nologo > "$work/broken-build.log" 2>&1; then
  fail "dotnet build passed with a table whose name does not match its path"
fi
grep -q "error XL" "$work/broken-build.log" || fail "the failed build names no XL diagnostic: $(cat "$work/broken-build.log")"
cp "$work/user.json.bak" tables/user.json

step "dotnet new xanolink-object on a branch, then the pull-request script"
git checkout -q -b feature/calc
dotnet new xanolink-object --kind function --folder billing --name calc --debug:custom-hive "$hive"
dotnet xanolink validate
git add -A
git commit -q -m "Add billing/calc"
sh ci/xanolink-pr.sh main HEAD
[ -s xanolink-pr.md ] || fail "ci/xanolink-pr.sh wrote no xanolink-pr.md"
grep -q "billing/calc" xanolink-pr.md || fail "the pull-request report does not mention billing/calc: $(cat xanolink-pr.md)"

printf '\nE2E PASSED (%s)\n' "$work"
