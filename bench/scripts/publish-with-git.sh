#!/usr/bin/env bash
# What publish does, done with the git command line, for the benchmark's comparison: per tenant, clone its repository,
# make the snapshot branch (the selected files copied over the clone's workspace), merge it into the live branch, push
# both. Usage: publish-with-git.sh SNAPSHOT_DIR BRANCH PARALLEL TENANT_REPO...
set -euo pipefail
snapshot=$1; branch=$2; parallel=$3; shift 3
one() {
  local repo=$1 snapshot=$2 branch=$3 work
  work=$(mktemp -d)
  git clone -q "$repo" "$work/t"
  cd "$work/t"
  git checkout -q -b "$branch"
  # The snapshot: the source's selected files, with the tenant's own workspace.json.
  find . -mindepth 1 -maxdepth 1 ! -name .git ! -name workspace.json -exec rm -rf {} +
  cp -r "$snapshot/." .
  git add -A
  if git commit -qm "Publish $branch" 2>/dev/null; then
    git checkout -q main
    git merge -q --no-ff --no-edit "$branch"
    git push -q origin main "$branch"
  fi
  cd /; rm -rf "$work"
}
export -f one
printf '%s\n' "$@" | xargs -P "$parallel" -I{} bash -c 'one "$@"' _ {} "$snapshot" "$branch"
