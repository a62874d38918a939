#!/usr/bin/env bash
# Renders `xanolink deps --format mermaid` with the real Mermaid library in headless Chromium, to check the graph
# renders as a Markdown preview would render it (GitHub uses the same library). Prints RENDERED OK or the
# parser's error and writes a PNG. Not part of the unit tests: it needs npm and Debian's chromium.
# Usage: scripts/render-mermaid.sh [WORKSPACE] [OUT.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
workspace=${1:-$root/example-source-workspace}
out=${2:-$root/artifacts/deps-graph.png}
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
(cd "$work" && npm install --silent --no-audit --no-fund mermaid@11 >/dev/null)
dotnet run --project "$root/src/XanoLink.Cli" -- deps -w "$workspace" --format mermaid > "$work/graph.mmd"

python3 - "$work" <<'PY'
import sys, html
work = sys.argv[1]
graph = open(f"{work}/graph.mmd").read()
script = open(f"{work}/node_modules/mermaid/dist/mermaid.min.js").read()
open(f"{work}/graph.html", "w").write(f"""<!doctype html><html><body>
<pre class="mermaid">{html.escape(graph)}</pre><div id="status">pending</div>
<script>{script}</script>
<script>mermaid.initialize({{startOnLoad: false}});
mermaid.run().then(() => document.getElementById('status').textContent = 'RENDERED OK')
  .catch(e => document.getElementById('status').textContent = 'ERROR ' + e);</script></body></html>""")
PY

flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --virtual-time-budget=5000)
status=$(chromium "${flags[@]}" --user-data-dir="$work/p1" --dump-dom "file://$work/graph.html" 2>/dev/null | grep -o 'id="status">[^<]*' | sed 's/id="status">//')
chromium "${flags[@]}" --user-data-dir="$work/p2" --screenshot="$out" --window-size=1600,1000 "file://$work/graph.html" 2>/dev/null
echo "$status"
echo "$out"
[ "$status" = "RENDERED OK" ]
