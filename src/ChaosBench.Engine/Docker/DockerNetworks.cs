using System.Text.Json.Nodes;

namespace ChaosBench.Engine.Docker;

/// <summary>The <c>/networks</c> endpoints.</summary>
internal sealed class DockerNetworks(DockerTransport transport) : INetworkOperations
{
    public async Task<string> CreateAsync(string name, IReadOnlyDictionary<string, string> labels, bool @internal, CancellationToken ct)
    {
        var created = await transport.PostJsonAsync(
            $"create network {name}", "/networks/create",
            new { Name = name, Driver = "bridge", CheckDuplicate = true, Internal = @internal, Labels = labels }, ct);
        return created.Str("Id");
    }

    public Task ConnectAsync(string network, string container, IReadOnlyList<string>? aliases, CancellationToken ct) =>
        transport.PostJsonAsync(
            $"connect {container} to network {network}", $"/networks/{network}/connect",
            new { Container = container, EndpointConfig = new { Aliases = aliases ?? [] } }, ct);

    public Task DisconnectAsync(string network, string container, bool force, CancellationToken ct) =>
        transport.PostJsonAsync($"disconnect {container} from network {network}", $"/networks/{network}/disconnect", new { Container = container, Force = force }, ct);

    public async Task<IReadOnlyList<LabelledObject>> ListAsync(string label, CancellationToken ct)
    {
        var list = await transport.GetJsonAsync($"list networks labelled {label}", $"/networks?filters={DockerJson.LabelFilter(label)}", ct);
        return (list as JsonArray ?? []).Select(n => new LabelledObject(n.Str("Id"), n.Str("Name"), n.Map("Labels"))).ToList();
    }

    public async Task RemoveAsync(string id, CancellationToken ct)
    {
        try
        {
            await transport.SendAsync($"remove network {id}", HttpMethod.Delete, $"/networks/{id}", ct);
        }
        catch (EngineNotFoundException)
        {
        }
    }
}
