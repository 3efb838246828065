#!/usr/bin/env bash
# Fetches the extra engines the engine tests start beside the main one, into .build/engines (cached; idempotent):
#   trixie/   Debian trixie's docker.io (Docker 26) and containerd, extracted with dpkg-deb: their dockerd, containerd,
#             containerd-shim-runc-v2 and docker-init run on bookworm's C library, with bookworm's runc.
# The .debs come through apt-get with a source list of its own in a private folder: the machine's apt sources are
# never changed. The archive is the one the machine's sources already use (CHAOSBENCH_DEBIAN_MIRROR overrides it).
# Also makes sure openssl (for the TLS engine's certificates) and Debian's podman (the Podman engine's tests start
# `podman system service` on a socket of their own; nothing of Podman runs otherwise; catatonit is the init
# Podman gives a container asked for one, as every harness container is; CNI's dnsname plugin resolves the members'
# names on a network, as Docker's embedded DNS does) are installed, from the
# machine's own apt sources.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
engines="$home/.build/engines"
trixie="$engines/trixie"

fail() { echo "engines.sh: $1" >&2; exit 1; }

if ! command -v openssl >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "openssl is missing; fix: sudo apt-get install -y openssl"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openssl >/dev/null || fail "apt-get install openssl failed"
fi

if ! command -v podman >/dev/null 2>&1 || [ ! -x /usr/libexec/podman/catatonit ] || [ ! -x /usr/lib/cni/dnsname ]; then
  [ "$(id -u)" = 0 ] || fail "podman is missing; fix: sudo apt-get install -y --no-install-recommends podman catatonit golang-github-containernetworking-plugin-dnsname"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman catatonit golang-github-containernetworking-plugin-dnsname >/dev/null || fail "apt-get install podman catatonit failed"
fi

[ -x "$trixie/root/usr/sbin/dockerd" ] && [ -x "$trixie/root/usr/bin/containerd" ] && exit 0

mirror="${CHAOSBENCH_DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
    | grep -Eo '(https?://[^ ]*/debian)/?( |$)' | grep -v security | head -n 1 | tr -d ' ' || true)
fi
[ -n "$mirror" ] || fail "no Debian archive in the machine's apt sources; fix: set CHAOSBENCH_DEBIAN_MIRROR to a Debian mirror URL"

apt="$trixie/apt"
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$trixie/debs"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror%/} trixie main" > "$apt/sources.list"
options=(-o "Dir::Etc::SourceList=$apt/sources.list" -o "Dir::Etc::SourceParts=/nonexistent" -o "Dir::State::Lists=$apt/lists"
  -o "Dir::Cache=$apt/cache" -o "Dir::State::Status=/dev/null" -o "APT::Sandbox::User=root" -o "APT::Architecture=$(dpkg --print-architecture)")
echo "engines.sh: fetching Debian trixie's docker.io and containerd" >&2
apt-get "${options[@]}" -qq update >/dev/null || fail "apt-get update of the trixie list failed; fix: check network access to $mirror"
(cd "$trixie/debs" && apt-get "${options[@]}" -qq download docker.io containerd >/dev/null) || fail "apt-get download docker.io containerd (trixie) failed"
rm -rf "$trixie/root"
for deb in "$trixie/debs"/*.deb; do dpkg-deb -x "$deb" "$trixie/root"; done
[ -x "$trixie/root/usr/sbin/dockerd" ] || fail "the trixie docker.io package holds no usr/sbin/dockerd"
echo "engines.sh: $("$trixie/root/usr/sbin/dockerd" --version)" >&2
