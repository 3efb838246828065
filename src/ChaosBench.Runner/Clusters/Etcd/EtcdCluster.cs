using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Runner.Clusters.Etcd;

/// <summary>
/// An etcd cluster: each member named after itself, peers on port 2380 (through their peer links' proxies when a
/// fault shapes them), clients on 2379, the initial cluster listing every member; leader read from <c>/v3/maintenance/status</c>, health from each member's <c>/health</c>.
/// </summary>
public sealed class EtcdCluster : IClusterKind
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    public string Name => "etcd";

    public Readiness DefaultReadiness { get; } = new("http://{self}:2379/health", null, null, TimeSpan.FromSeconds(30));

    public int? PeerPort => 2380;

    public IReadOnlyList<string> CommandFor(Service service, string member, ClusterWiring wiring)
    {
        var dataDir = service.Volumes.FirstOrDefault()?.Path ?? "/var/lib/etcd";
        var initial = string.Join(",", service.Members.Select(m => $"{m}=http://{wiring.PeerEndpoint(m)}"));
        return
        [
            "etcd", "--name", member, "--data-dir", dataDir,
            "--listen-client-urls", "http://0.0.0.0:2379", "--advertise-client-urls", $"http://{member}:2379",
            "--listen-peer-urls", "http://0.0.0.0:2380", "--initial-advertise-peer-urls", $"http://{wiring.PeerEndpoint(member)}",
            "--initial-cluster", initial, "--initial-cluster-state", "new", "--initial-cluster-token", wiring.Token,
        ];
    }

    public async Task<string?> LeaderAsync(IReadOnlyList<(string Name, string Address)> members, CancellationToken ct)
    {
        foreach (var member in members)
        {
            try
            {
                var status = await PostAsync(member, "maintenance/status", ct);
                var leader = status?["leader"]?.ToString();
                var list = await PostAsync(member, "cluster/member/list", ct);
                var name = (list?["members"] as JsonArray ?? []).FirstOrDefault(m => m?["ID"]?.ToString() == leader)?["name"]?.ToString();
                return members.Any(m => m.Name == name) ? name : null;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Ask the next member.
            }
        }

        return null;
    }

    /// <summary>
    /// Each member asked alone: etcd's <c>/health</c> answers <c>"health":"true"</c> only when the member has a leader
    /// and serves a read through the cluster, so every member true is the cluster healthy, as
    /// <c>etcdctl endpoint health --cluster</c> reports it.
    /// </summary>
    public async Task<IReadOnlyList<string>> UnhealthyAsync(IReadOnlyList<(string Name, string Address)> members, CancellationToken ct)
    {
        var unhealthy = new List<string>();
        foreach (var member in members)
        {
            try
            {
                var health = member.Address.Length == 0 ? null : await Http.GetFromJsonAsync<JsonNode>($"http://{member.Address}:2379/health", ct);
                if (health?["health"]?.ToString() != "true")
                {
                    unhealthy.Add(member.Name);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                // Not answering, or answering 503 while it has no leader: not healthy yet.
                unhealthy.Add(member.Name);
            }
        }

        return unhealthy;
    }

    private static async Task<JsonNode?> PostAsync((string Name, string Address) member, string path, CancellationToken ct)
    {
        foreach (var prefix in new[] { "v3", "v3beta" })
        {
            using var response = await Http.PostAsJsonAsync($"http://{member.Address}:2379/{prefix}/{path}", new JsonObject(), ct);
            if (response.IsSuccessStatusCode)
            {
                return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
            }
        }

        return null;
    }
}
