#!/bin/sh
# Publishes exactly the plan a pull request reviewed (xanolink-plan.json, written by
# ci/xanolink-pr.sh): its source commit, tenants and settings. A tenant whose live branch
# moved since the plan was made is refused (XL4023) and left as it is; the others are
# published as planned. Run it from anywhere inside the repository:
#
#   sh ci/xanolink-publish.sh path/to/xanolink-plan.json
#
# Exit code: 0 when every planned tenant was published, 1 when one was refused or failed,
# 2 when the plan cannot be read.
set -eu

if [ $# -ne 1 ]; then
  echo "usage: $0 PLAN.json   (the xanolink-plan.json artifact of the reviewed pull request)" >&2
  exit 2
fi
plan=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

cd "$(dirname "$0")/.."
dotnet tool restore
dotnet xanolink publish --plan "$plan"
