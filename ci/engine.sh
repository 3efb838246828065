#!/usr/bin/env bash
# Makes sure a container engine answers, installing and starting Debian's docker.io when none does.
# Idempotent: does nothing when the engine the harness would use (resolved as the docker CLI does) answers /_ping.
set -euo pipefail

log_dir="${CHAOSBENCH_STATE:-${XDG_STATE_HOME:-$HOME/.local/state}/chaosbench}"
dockerd_log="$log_dir/dockerd.log"
wait_seconds="${CHAOSBENCH_ENGINE_WAIT:-60}"

# Finds the engine as the harness does (src/ChaosBench.Engine/Docker/Endpoints/EndpointResolver.cs): DOCKER_HOST
# (TLS with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH or ~/.docker), DOCKER_CONTEXT, config.json's currentContext, the
# rootless socket, /var/run/docker.sock, Podman's sockets. Sets host (unix://... or tcp://...) and tls_dir (empty for
# plain HTTP); exits 2 with the fix on a wrong setting.
resolve_engine() {
  local config="${DOCKER_CONFIG:-$HOME/.docker}" context="${DOCKER_CONTEXT:-}" id meta socket
  tls_dir=""
  if [ -n "${DOCKER_HOST:-}" ]; then
    host="$DOCKER_HOST"
    [ -z "${DOCKER_TLS_VERIFY:-}" ] || tls_dir="${DOCKER_CERT_PATH:-$config}"
  else
    if [ -z "$context" ] && [ -f "$config/config.json" ]; then
      context=$(grep -o '"currentContext"[[:space:]]*:[[:space:]]*"[^"]*"' "$config/config.json" | sed 's/.*"\([^"]*\)"$/\1/' || true)
    fi
    if [ -n "$context" ] && [ "$context" != default ]; then
      id=$(printf '%s' "$context" | sha256sum | cut -d' ' -f1)
      meta="$config/contexts/meta/$id/meta.json"
      [ -f "$meta" ] || { echo "engine.sh: docker context '$context' does not exist (no $meta); fix: create it, or name an existing one" >&2; exit 2; }
      host=$(grep -o '"Host"[[:space:]]*:[[:space:]]*"[^"]*"' "$meta" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
      [ ! -d "$config/contexts/tls/$id/docker" ] || tls_dir="$config/contexts/tls/$id/docker"
    else
      host="unix:///var/run/docker.sock"
      for socket in ${XDG_RUNTIME_DIR:+"$XDG_RUNTIME_DIR/docker.sock"} /var/run/docker.sock \
        ${XDG_RUNTIME_DIR:+"$XDG_RUNTIME_DIR/podman/podman.sock"} /run/podman/podman.sock; do
        [ -e "$socket" ] && { host="unix://$socket"; break; }
      done
    fi
  fi
  case "$host" in
    unix://*|tcp://*) ;;
    ssh://*) echo "engine.sh: $host: the harness does not reach engines over ssh://; fix: forward the engine's socket (ssh -nNT -L /tmp/docker.sock:/var/run/docker.sock HOST) and set DOCKER_HOST=unix:///tmp/docker.sock" >&2; exit 2 ;;
    *) echo "engine.sh: $host is neither unix:// nor tcp://; fix: set DOCKER_HOST=unix:///var/run/docker.sock" >&2; exit 2 ;;
  esac
}

ping_engine() {
  case "$host" in
    unix://*) curl -fsS --max-time 2 --unix-socket "${host#unix://}" http://engine/_ping >/dev/null 2>&1 ;;
    tcp://*)
      local address="${host#tcp://}"; address="${address%/}"
      if [ -n "$tls_dir" ]; then
        [[ "$address" == *:* ]] || address="$address:2376"
        curl -fsS --max-time 2 --cacert "$tls_dir/ca.pem" --cert "$tls_dir/cert.pem" --key "$tls_dir/key.pem" "https://$address/_ping" >/dev/null 2>&1
      else
        [[ "$address" == *:* ]] || address="$address:2375"
        curl -fsS --max-time 2 "http://$address/_ping" >/dev/null 2>&1
      fi ;;
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

resolve_engine
ping_engine && exit 0

if [ "$host" != "unix:///var/run/docker.sock" ]; then
  fail "no engine answers at ${DOCKER_HOST:+DOCKER_HOST=}$host; fix: start that engine, or unset DOCKER_HOST/DOCKER_CONTEXT to use a local one"
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

host="unix:///var/run/docker.sock" tls_dir=""
for _ in $(seq 1 $((wait_seconds * 4))); do
  ping_engine && { echo "engine.sh: engine ready" >&2; exit 0; }
  sleep 0.25
done
tail -n 20 "$dockerd_log" >&2 || true
fail "dockerd did not answer /_ping within ${wait_seconds}s; fix: read $dockerd_log"
