#!/usr/bin/env bash
# Installs Debian's Chromium when missing: the tests open the HTML reports in it headless (category Browser).
# Idempotent.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
[ "$(id -u)" = 0 ] || { echo "chromium.sh: /usr/bin/chromium is missing; fix: sudo apt-get install -y chromium" >&2; exit 1; }
echo "chromium.sh: installing chromium" >&2
export DEBIAN_FRONTEND=noninteractive
{ apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; } >/dev/null \
  || { echo "chromium.sh: apt-get install chromium failed; fix: install it by hand" >&2; exit 1; }
