#!/usr/bin/env bash
# What a person writes instead of scenarios/etcd/kill-member.yaml, with the docker CLI and etcdctl through docker exec:
# start 3 etcd 3.4 members on a network of its own, put N keys (default 100), SIGKILL one member, start it again,
# wait until it is healthy, and get every key back through it. The harness bench times it against the harness.
# Its objects carry chaosbench.bench=<id> (never chaosbench.run: they are not a run's) and are removed on any exit.
# Usage: bench/scripts/kill-member.sh [WRITES] [IMAGE]; exits 0 when every key reads back, 1 otherwise.
set -euo pipefail
writes="${1:-100}"
image="${2:-chaosbench/etcd:3.4}"
id="kill-member-$$-$RANDOM"
label="chaosbench.bench=$id"
net="cbb-$id"
members=(m1 m2 m3)

cleanup() {
  docker ps -aq --filter "label=$label" | xargs -r docker rm -f -v >/dev/null 2>&1 || true
  docker network ls -q --filter "label=$label" | xargs -r docker network rm >/dev/null 2>&1 || true
}
trap cleanup EXIT

healthy() { # member
  for _ in $(seq 1 300); do
    docker exec "$id-$1" etcdctl --endpoints "http://127.0.0.1:2379" endpoint health >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "kill-member.sh: $1 not healthy within 30 s" >&2
  return 1
}

docker network create --label "$label" "$net" >/dev/null
initial="m1=http://m1:2380,m2=http://m2:2380,m3=http://m3:2380"
for m in "${members[@]}"; do
  docker run -d --label "$label" --name "$id-$m" --network "$net" --network-alias "$m" -v /var/lib/etcd \
    "$image" etcd --name "$m" --data-dir /var/lib/etcd \
    --listen-client-urls http://0.0.0.0:2379 --advertise-client-urls "http://$m:2379" \
    --listen-peer-urls http://0.0.0.0:2380 --initial-advertise-peer-urls "http://$m:2380" \
    --initial-cluster "$initial" --initial-cluster-state new --initial-cluster-token "$id" >/dev/null
done
for m in "${members[@]}"; do healthy "$m"; done

for i in $(seq 1 "$writes"); do
  docker exec "$id-m1" etcdctl put "key-$i" "value-$i" >/dev/null
done

docker kill --signal KILL "$id-m2" >/dev/null
docker start "$id-m2" >/dev/null
healthy m2

for i in $(seq 1 "$writes"); do
  got=$(docker exec "$id-m2" etcdctl get --print-value-only "key-$i")
  if [ "$got" != "value-$i" ]; then
    echo "kill-member.sh: key-$i reads '$got', expected 'value-$i'" >&2
    exit 1
  fi
done
echo "kill-member.sh: $writes keys written, m2 killed and restarted, every key read back through m2"
