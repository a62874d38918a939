#!/bin/sh
# The pull-request check of .github/workflows/xanolink-pr.yml for any other CI:
# validates the workspace (dotnet build), then writes xanolink-pr.md with the item-by-item
# diff from BASE to HEAD and the publish plan of HEAD, and xanolink-plan.json: the reviewed
# plan, which ci/xanolink-publish.sh applies exactly once the pull request is merged.
# Run it from anywhere inside the repository:
#
#   sh ci/xanolink-pr.sh origin/main HEAD
#
# BASE and HEAD are Git refs (branches, tags or commits) of this repository; the CI checkout
# must hold both (a full clone, or fetch the base branch first). Exit code: 0 when the
# workspace is valid, the report was written and no tenant would fail or conflict; the report
# and the plan are written either way.
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 BASE [HEAD]   (for example: $0 origin/main HEAD)" >&2
  exit 2
fi
base=$1
head=${2:-HEAD}
report=${XANOLINK_PR_REPORT:-xanolink-pr.md}
plan=${XANOLINK_PLAN:-xanolink-plan.json}

cd "$(dirname "$0")/.."
trap 'rm -f "$report.tmp"' EXIT

dotnet tool restore
dotnet build
# The plan pins the commit reviewed, not a branch name that moves on.
commit=$(git rev-parse --verify "$head^{commit}")

planned=0
{
  echo "## XanoLink: changes from $base to $head"
  echo
  dotnet xanolink diff "$base" "$head" --format markdown
  echo
  echo "## XanoLink: publish plan"
  echo
  dotnet xanolink plan --from "$commit" --out "$plan" --format markdown || planned=$?
} > "$report.tmp"
mv "$report.tmp" "$report"
echo "wrote $(pwd)/$report and $(pwd)/$plan"
exit "$planned"
