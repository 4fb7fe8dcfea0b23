#!/usr/bin/env bash
# The browser tests drive Debian's Chromium with playwright-core (never a downloaded browser).
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi
/usr/bin/chromium --version
