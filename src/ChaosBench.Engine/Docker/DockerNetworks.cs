using Docker.DotNet.Models;

namespace ChaosBench.Engine.Docker;

/// <summary>The network operations, through the library's networks endpoints.</summary>
internal sealed class DockerNetworks(EngineCalls calls) : INetworkOperations
{
    public async Task<string> CreateAsync(string name, IReadOnlyDictionary<string, string> labels, bool @internal, CancellationToken ct)
    {
        var created = await calls.RunAsync($"create network {name}", false, (d, c) => d.Networks.CreateNetworkAsync(
            new NetworksCreateParameters { Name = name, Driver = "bridge", Internal = @internal, Labels = labels.ToDictionary() }, c), ct);
        return created.ID;
    }

    public async Task<string?> GatewayAsync(string network, CancellationToken ct)
    {
        var inspected = await calls.RunAsync($"inspect network {network}", true, (d, c) => d.Networks.InspectNetworkAsync(network, c), ct);
        return inspected.IPAM?.Config?.Select(c => c.Gateway).FirstOrDefault(g => !string.IsNullOrEmpty(g));
    }

    public Task ConnectAsync(string network, string container, IReadOnlyList<string>? aliases, CancellationToken ct) =>
        calls.RunAsync($"connect {container} to network {network}", false, (d, c) => d.Networks.ConnectNetworkAsync(
            network, new NetworkConnectParameters { Container = container, EndpointConfig = new EndpointSettings { Aliases = [.. aliases ?? []] } }, c), ct);

    public Task DisconnectAsync(string network, string container, bool force, CancellationToken ct) =>
        calls.RunAsync($"disconnect {container} from network {network}", false, (d, c) => d.Networks.DisconnectNetworkAsync(
            network, new NetworkDisconnectParameters { Container = container, Force = force }, c), ct);

    public async Task<IReadOnlyList<LabelledObject>> ListAsync(string label, CancellationToken ct)
    {
        var list = await calls.RunAsync($"list networks labelled {label}", true, (d, c) => d.Networks.ListNetworksAsync(new NetworksListParameters { Filters = DockerJson.LabelFilter(label) }, c), ct);
        return list.Select(n => new LabelledObject(n.ID, n.Name, new Dictionary<string, string>(n.Labels ?? new Dictionary<string, string>(), StringComparer.Ordinal))).ToList();
    }

    public async Task RemoveAsync(string id, CancellationToken ct)
    {
        try
        {
            await calls.RunAsync($"remove network {id}", true, (d, c) => d.Networks.DeleteNetworkAsync(id, c), ct);
        }
        catch (EngineNotFoundException)
        {
        }
    }
}
