namespace ChaosBench.Tests.Scenarios;

/// <summary>The sketches of shared/scenario-sketch.md, adapted to the real format (kinds the model has today).</summary>
internal static class Sketches
{
    public const string EtcdKillMember = """
        # SIGKILL one member of a 3-node etcd cluster under write load.
        name: etcd-kill-member
        seed: 7
        duration: 20s
        services:
          etcd:
            image: recipe:etcd-3.4
            replicas: 3
            cluster: etcd
            volumes: { data: /var/lib/etcd }
            ready: { http: "http://{self}:2379/health", within: 30s }
        workload:
          kind: etcd-kv
          target: etcd
          clients: 4
          rate: 200/s
        faults:
          - at: 5s
            kill: { target: etcd, pick: random, signal: KILL }
          - at: 8s
            start: { target: previous }
        expect:
          - no-lost-writes
          - recovers-within: 10s
        """;

    /// <summary>No Redis workload kind exists yet, so the hops run without a workload or expectations.</summary>
    public const string RedisVersionHop = """
        name: redis-version-hop
        duration: 20s
        services:
          cache:
            image: recipe:redis-6.0
            command: [redis-server, --appendonly, "yes", --appendfsync, always]
            volumes: { data: /var/lib/redis }
            ready: { exec: [redis-cli, ping] }
        faults:
          - at: 5s
            version-hop: { target: cache, to: recipe:redis-7.0 }
          - at: 15s
            version-hop: { target: cache, to: recipe:redis-8.0 }
        """;

    /// <summary>No power-loss fault kind exists yet: a SIGKILL on a power-loss volume stands in for it.</summary>
    public const string EtcdUnsafeNoFsync = """
        name: etcd-unsafe-no-fsync-power-loss
        duration: 20s
        services:
          etcd:
            image: recipe:etcd-3.5
            args: [--unsafe-no-fsync]
            env: { ETCD_LOG_LEVEL: debug }
            volumes: { data: { path: /var/lib/etcd, durability: power-loss } }
            ready: { log: "ready to serve" }
        workload: { kind: etcd-kv, target: etcd, clients: 4, rate: 500/s }
        faults:
          - at: 5s
            kill: { target: etcd }
          - at: 6s
            start: { target: etcd }
        expect:
          - no-lost-writes               # must come out failed: that is the point of a control
        """;
}
