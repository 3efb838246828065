#!/usr/bin/env bash
# Makes sure a container engine answers, installing and starting Debian's docker.io when none does.
# Idempotent: does nothing when DOCKER_HOST or /var/run/docker.sock already answers /_ping.
set -euo pipefail

log_dir="${CHAOSBENCH_STATE:-${XDG_STATE_HOME:-$HOME/.local/state}/chaosbench}"
dockerd_log="$log_dir/dockerd.log"
wait_seconds="${CHAOSBENCH_ENGINE_WAIT:-60}"

ping_engine() {
  local host="${DOCKER_HOST:-unix:///var/run/docker.sock}"
  case "$host" in
    unix://*) curl -fsS --max-time 2 --unix-socket "${host#unix://}" http://engine/_ping >/dev/null 2>&1 ;;
    tcp://*)
      # Plain HTTP only, as the harness speaks; port 2375 when none is given, as the docker CLI assumes.
      [ -z "${DOCKER_TLS_VERIFY:-}" ] || { echo "engine.sh: DOCKER_TLS_VERIFY is set, but the harness speaks only plain HTTP to $host; fix: unset it and reach the engine over a unix socket or a plain tcp:// port on 127.0.0.1" >&2; exit 3; }
      local address="${host#tcp://}"; address="${address%/}"
      [[ "$address" == *:* ]] || address="$address:2375"
      curl -fsS --max-time 2 "http://$address/_ping" >/dev/null 2>&1 ;;
    *) echo "engine.sh: DOCKER_HOST=$host is neither unix:// nor tcp://; fix: set DOCKER_HOST=unix:///var/run/docker.sock" >&2; exit 2 ;;
  esac
}

fail() { echo "engine.sh: $1" >&2; exit 1; }

# Power-loss volumes mount a FUSE layer through Debian's libfuse3 (package fuse3).
if ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libfuse3\.so\.3 '; then
  if [ "$(id -u)" = 0 ]; then
    echo "engine.sh: installing fuse3" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends fuse3; } >/dev/null \
      || fail "apt-get install fuse3 failed; fix: install it by hand (power-loss volumes need it)"
  else
    echo "engine.sh: libfuse3 is missing, so power-loss volumes cannot mount; fix: sudo apt-get install -y fuse3" >&2
  fi
fi

ping_engine && exit 0

if [ -n "${DOCKER_HOST:-}" ] && [ "${DOCKER_HOST}" != "unix:///var/run/docker.sock" ]; then
  fail "no engine answers at DOCKER_HOST=$DOCKER_HOST; fix: start that engine, or unset DOCKER_HOST to use a local one"
fi

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "needs ${missing[*]} installed; fix: run as root, or: sudo apt-get install -y ${missing[*]}"
  echo "engine.sh: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || fail "apt-get update failed; fix: check the machine's Debian sources"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" iptables ca-certificates >/dev/null \
    || fail "apt-get install ${missing[*]} failed; fix: install them by hand"
fi

[ "$(id -u)" = 0 ] || fail "no engine answers and dockerd needs root; fix: run as root or start dockerd yourself"
mkdir -p "$log_dir"
# A stale pid file from a killed dockerd stops the next one from starting.
if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then rm -f /var/run/docker.pid; fi
echo "engine.sh: starting dockerd (log: $dockerd_log)" >&2
nohup setsid dockerd >>"$dockerd_log" 2>&1 </dev/null &

for _ in $(seq 1 $((wait_seconds * 4))); do
  ping_engine && { echo "engine.sh: engine ready" >&2; exit 0; }
  sleep 0.25
done
tail -n 20 "$dockerd_log" >&2 || true
fail "dockerd did not answer /_ping within ${wait_seconds}s; fix: read $dockerd_log"
