#!/usr/bin/env bash
# Kills `xanolink publish` with kill -9 in the middle of a tenant's transaction, N times, then publishes a newer source
# commit and checks that no tenant is stuck: the newer publish succeeds for every tenant with no conflict, every tenant's
# live branch holds the newest change, and `git fsck --strict` passes.
#
# Each round picks a tenant and a point (docs/publish.md: after the objects, after the new branch, after the snapshot
# ref, while git's lock file of the live ref is held, after live moved) and runs publish with XANOLINK_TEST_PAUSE_AT,
# which makes it stop there; the script kills it there, so every kill lands mid-publish. Every third round also kills a
# run at a random moment. Usage: scripts/kill-test.sh [N=100]. Prints how many kills landed at each point.
set -euo pipefail
N=${1:-100}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$ROOT/src/XanoLink.Cli" -c Release -v q -nologo >/dev/null
XL=(dotnet "$ROOT/src/XanoLink.Cli/bin/Release/net10.0/xanolink.dll")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export GIT_AUTHOR_NAME=Kill GIT_AUTHOR_EMAIL=kill@example.com GIT_COMMITTER_NAME=Kill GIT_COMMITTER_EMAIL=kill@example.com NO_COLOR=1

mkdir -p "$WORK/src" "$WORK/tenants"
cp -r "$ROOT/example-source-workspace/." "$WORK/src/"
rm -f "$WORK/src/"*.csproj
git -C "$WORK/src" init -q -b main
git -C "$WORK/src" add -A && git -C "$WORK/src" commit -qm init
TENANTS=(shop-acme shop-globex shop-initech)
for t in "${TENANTS[@]}"; do
  (cd "$WORK/src" && "${XL[@]}" tenant create "shop:${t#shop-}" >/dev/null)
done
git -C "$WORK/src" commit -qam "tenants" || true

POINTS=(objects-written branch-moved snapshot-ref-moved live-locked live-moved)
declare -A landed
random_kills=0; broken=0; conflicts=0
change() { # a new source commit, so every publish has something to send
  sed -i "s/\"description\": \"[^\"]*\"/\"description\": \"$1\"/" "$WORK/src/apis/products/get.json"
  git -C "$WORK/src" commit -qam "$1"
}

for i in $(seq 1 "$N"); do
  point=${POINTS[$(( RANDOM % ${#POINTS[@]} ))]}
  tenant=${TENANTS[$(( RANDOM % ${#TENANTS[@]} ))]}
  change "round $i"
  marker="$WORK/paused"; rm -f "$marker"
  (cd "$WORK/src" && XANOLINK_TEST_PAUSE_AT=$point XANOLINK_TEST_PAUSE_MARKER=$marker exec "${XL[@]}" publish --merge --tenant "shop:${tenant#shop-}" >/dev/null 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do [ -f "$marker" ] && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  if [ -f "$marker" ]; then landed[$point]=$(( ${landed[$point]:-0} + 1 )); fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true

  if [ $(( i % 3 )) = 0 ]; then
    # And a kill at a random moment of a whole run, wherever it lands.
    change "round $i random"
    (cd "$WORK/src" && exec "${XL[@]}" publish --merge --parallel 1 >/dev/null 2>&1) &
    pid=$!
    sleep "0.$(( RANDOM % 10 ))$(( RANDOM % 10 ))"
    kill -9 "$pid" 2>/dev/null && random_kills=$((random_kills+1)) || true
    wait "$pid" 2>/dev/null || true
  fi

  # A newer commit, published to every tenant: nothing stuck, no false conflict.
  change "round $i newer"
  if ! (cd "$WORK/src" && "${XL[@]}" publish --merge --format json > "$WORK/newer.json" 2>"$WORK/newer.err"); then
    echo "round $i ($point, $tenant): the newer publish failed:"; grep -E '"name"|"status"|"code"|"error"|"warnings"' "$WORK/newer.json" | grep -v '"published"' || true; cat "$WORK/newer.err"; broken=$((broken+1))
  fi
  if grep -q '"conflicts"' "$WORK/newer.json"; then echo "round $i: a conflict after the kill"; conflicts=$((conflicts+1)); fi
  for t in "${TENANTS[@]}"; do
    g="$WORK/tenants/$t.git"
    git -C "$g" fsck --strict --no-progress >/dev/null 2>&1 || { echo "round $i: fsck failed in $t"; broken=$((broken+1)); }
    git -C "$g" show main:apis/products/get.json | grep -q "round $i newer" || { echo "round $i: $t live lacks the newest change"; broken=$((broken+1)); }
  done
done

summary=""
for p in "${POINTS[@]}"; do summary+=" $p=${landed[$p]:-0}"; done
total=0; for p in "${POINTS[@]}"; do total=$(( total + ${landed[$p]:-0} )); done
echo "rounds: $N; kills that landed mid-publish: $total ($summary ); kills at a random moment: $random_kills; false conflicts: $conflicts; stuck tenants or failed publishes: $broken"
[ "$broken" = 0 ] && [ "$conflicts" = 0 ]
