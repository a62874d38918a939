#!/usr/bin/env bash
# Kills `xanolink publish` (kill -9) at a random moment, N times, and checks that every tenant is whole:
# `git fsck --strict` passes, and a rerun completes (published or up to date) with the snapshot ref at the tip of the
# snapshot line. Usage: scripts/kill-test.sh [N=20]. Prints how many kills landed mid-publish.
set -euo pipefail
N=${1:-20}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$ROOT/src/XanoLink.Cli" -c Release -v q -nologo >/dev/null
XL=(dotnet "$ROOT/src/XanoLink.Cli/bin/Release/net10.0/xanolink.dll")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export GIT_AUTHOR_NAME=Kill GIT_AUTHOR_EMAIL=kill@example.com GIT_COMMITTER_NAME=Kill GIT_COMMITTER_EMAIL=kill@example.com

mkdir -p "$WORK/src" "$WORK/tenants"
cp -r "$ROOT/example-source-workspace/." "$WORK/src/"
rm -f "$WORK/src/"*.csproj
git -C "$WORK/src" init -q -b main
git -C "$WORK/src" add -A && git -C "$WORK/src" commit -qm init
for t in shop-acme shop-globex shop-initech; do
  git init -q --bare -b main "$WORK/tenants/$t.git"
  seed=$(mktemp -d); git -C "$seed" init -q -b main
  printf '{\n  "guid": "ws-%s",\n  "name": "%s"\n}\n' "$t" "$t" > "$seed/workspace.json"
  git -C "$seed" add -A && git -C "$seed" commit -qm "Empty workspace" && git -C "$seed" push -q "$WORK/tenants/$t.git" main
  rm -rf "$seed"
done

mid=0; before=0; after=0; broken=0; torn=0
for i in $(seq 1 "$N"); do
  # A new source commit each round, so every round has something to publish.
  sed -i "s/\"description\": \"[^\"]*\"/\"description\": \"round $i\"/" "$WORK/src/apis/products/get.json"
  git -C "$WORK/src" commit -qam "round $i"
  refs_before=$(for t in "$WORK"/tenants/*.git; do git -C "$t" for-each-ref --format="$t %(refname) %(objectname)"; done)
  (cd "$WORK/src" && exec "${XL[@]}" publish --merge --parallel 1 >/dev/null 2>&1) &
  pid=$!
  sleep "$(( RANDOM % 2 )).$(( RANDOM % 10 ))$(( RANDOM % 10 ))"
  if kill -9 "$pid" 2>/dev/null; then killed=1; else killed=0; fi
  wait "$pid" 2>/dev/null || true
  refs_killed=$(for t in "$WORK"/tenants/*.git; do git -C "$t" for-each-ref --format="$t %(refname) %(objectname)"; done)
  changed=$(diff <(echo "$refs_before") <(echo "$refs_killed") | grep -c '^>' || true)
  snapshots=$(diff <(echo "$refs_before") <(echo "$refs_killed") | grep '^>' | grep -c 'refs/xanolink/snapshots/' || true)
  # Per tenant: refs moved but the snapshot ref not yet = killed between ref moves (the rerun must finish it).
  for t in "$WORK"/tenants/*.git; do
    d=$(diff <(echo "$refs_before" | grep "^$t ") <(echo "$refs_killed" | grep "^$t ") | grep '^>' || true)
    if [ -n "$d" ] && ! echo "$d" | grep -q snapshots/; then torn=$((torn+1)); fi
  done
  if [ "$killed" = 0 ] || [ "$snapshots" = 3 ]; then after=$((after+1)); elif [ "$changed" = 0 ]; then before=$((before+1)); else mid=$((mid+1)); fi
  for t in "$WORK"/tenants/*.git; do
    git -C "$t" fsck --strict --no-progress >/dev/null 2>&1 || { echo "round $i: fsck failed in $t"; broken=$((broken+1)); }
  done
  if ! (cd "$WORK/src" && "${XL[@]}" publish --merge --format json > "$WORK/rerun.json" 2>"$WORK/rerun.err"); then
    echo "round $i: the rerun failed:"; cat "$WORK/rerun.json" "$WORK/rerun.err"; broken=$((broken+1))
  fi
  # After the rerun every tenant's live branch holds this round's change.
  for t in "$WORK"/tenants/*.git; do
    git -C "$t" show main:apis/products/get.json | grep -q "round $i" || { echo "round $i: $t live lacks the change"; broken=$((broken+1)); }
  done
done
echo "rounds: $N; killed before any tenant finished: $before; mid-publish (some tenants done, others not): $mid; after it finished: $after; tenants caught between ref moves: $torn; broken tenants or failed reruns: $broken"
[ "$broken" = 0 ]
