#!/usr/bin/env bash
# The whole job on the example workspace, in a temporary folder:
# a source repository, three tenant repositories, a publish with merge, a tenant's own
# customization, a source change published again (the customization survives), then the
# tenants' status and an item-level diff. Usage: bash scripts/demo.sh [WORK_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d "${TMPDIR:-/tmp}/xanolink-demo.XXXXXX")}
mkdir -p "$work"
work=$(cd "$work" && pwd)

# Commits need an identity; a fresh machine may have none configured.
export GIT_AUTHOR_NAME=${GIT_AUTHOR_NAME:-XanoLink demo} GIT_AUTHOR_EMAIL=${GIT_AUTHOR_EMAIL:-demo@example.com}
export GIT_COMMITTER_NAME=${GIT_COMMITTER_NAME:-$GIT_AUTHOR_NAME} GIT_COMMITTER_EMAIL=${GIT_COMMITTER_EMAIL:-$GIT_AUTHOR_EMAIL}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "Building xanolink..."
dotnet build "$root/src/XanoLink.Cli" -c Release -nologo -v quiet >/dev/null
cli="$root/src/XanoLink.Cli/bin/Release/net10.0/xanolink.dll"
# Bold headings only on a terminal and without NO_COLOR, as xanolink itself colours: a redirected log gets no escape codes.
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ] && [ "${TERM:-}" != dumb ]; then
  step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
else
  step() { printf '\n== %s\n' "$*"; }
fi
xl() { printf '$ xanolink %s\n' "$*"; dotnet "$cli" "$@"; }

step "1. The source workspace: a Git repository holding a copy of example-source-workspace/"
mkdir -p "$work/source"
(cd "$root/example-source-workspace" && tar --exclude=./bin --exclude=./obj -cf - .) | (cd "$work/source" && tar -xf -)
cd "$work/source"
git init -q -b main && git add -A && git commit -qm "Shop source workspace"
xl validate

step "2. Three tenants, as xanolink.json lists them (bare repositories in $work/tenants)"
for tenant in shop:acme shop:globex shop:initech; do xl tenant create "$tenant"; done

step "3. Publish the selection to every tenant, merging it into their live branch"
xl publish --merge

step "4. shop:acme customizes its live branch: a table of its own and an extra field on a source table"
git clone -q "$work/tenants/shop-acme.git" "$work/acme"
cd "$work/acme"
cat > tables/loyalty_card.json <<'JSON'
{
  "guid": "acme-loyalty-card",
  "name": "loyalty_card",
  "fields": [
    { "name": "id", "type": "int" },
    { "name": "user_id", "type": "int", "table": "user" },
    { "name": "points", "type": "int" }
  ]
}
JSON
python3 - <<'PY' 2>/dev/null || sed -i 's/"fields": \[/"fields": [\n    { "name": "acme_sku", "type": "text", "nullable": true },/' tables/product.json
import json
p = "tables/product.json"
d = json.load(open(p))
d["fields"].append({"name": "acme_sku", "type": "text", "nullable": True})
json.dump(d, open(p, "w"), indent=2)
PY
git add -A && git commit -qm "Acme: loyalty cards and its own SKU field" && git push -q origin main
cd "$work/source"
xl diff tenant:shop:acme@main~1 tenant:shop:acme

step "5. The source changes an endpoint: products/create gets a description and a new input"
python3 - <<'PY' 2>/dev/null || sed -i 's/"description": "Add a product to the catalogue"/"description": "Add a product to the catalogue (with SKU)"/' apis/products/create.json
import json
p = "apis/products/create.json"
d = json.load(open(p))
d["description"] = "Add a product to the catalogue (with SKU)"
d["inputs"].append({"name": "sku", "type": "text"})
json.dump(d, open(p, "w"), indent=2)
PY
xl format >/dev/null
git commit -qam "products/create: SKU input"
xl plan --tenant shop:acme

step "6. Publish again with merge: acme keeps its table and field and gets the source change"
xl publish --merge
git -C "$work/tenants/shop-acme.git" log --graph --format='%h %s' main | head -n 8
git -C "$work/tenants/shop-acme.git" show main:tables/product.json | grep -c acme_sku >/dev/null && echo "acme_sku field kept"
git -C "$work/tenants/shop-acme.git" cat-file -e main:tables/loyalty_card.json && echo "loyalty_card table kept"

step "7. Publishing the same source again writes nothing"
xl publish --merge

step "8. Status of every tenant"
xl status

step "9. What the last publish brought into shop:acme's live branch (item-level diff of its live branch before and after)"
xl diff tenant:shop:acme@main^1 tenant:shop:acme

printf '\nDone. Everything is in %s\n' "$work"
