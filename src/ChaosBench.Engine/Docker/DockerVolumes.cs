using System.Text.Json.Nodes;

namespace ChaosBench.Engine.Docker;

/// <summary>The <c>/volumes</c> endpoints.</summary>
internal sealed class DockerVolumes(DockerTransport transport) : IVolumeOperations
{
    public async Task<string> CreateAsync(string name, IReadOnlyDictionary<string, string> labels, CancellationToken ct)
    {
        var created = await transport.PostJsonAsync($"create volume {name}", "/volumes/create", new { Name = name, Driver = "local", Labels = labels }, ct);
        return created.Str("Name");
    }

    public async Task<IReadOnlyList<LabelledObject>> ListAsync(string label, CancellationToken ct)
    {
        var list = await transport.GetJsonAsync($"list volumes labelled {label}", $"/volumes?filters={DockerJson.LabelFilter(label)}", ct);
        return (list?["Volumes"] as JsonArray ?? []).Select(v => new LabelledObject(v.Str("Name"), v.Str("Name"), v.Map("Labels"))).ToList();
    }

    public async Task<string> MountpointAsync(string name, CancellationToken ct)
    {
        var volume = await transport.GetJsonAsync($"inspect volume {name}", $"/volumes/{name}", ct);
        return volume.Str("Mountpoint");
    }

    public async Task RemoveAsync(string name, CancellationToken ct)
    {
        try
        {
            await transport.SendAsync($"remove volume {name}", HttpMethod.Delete, $"/volumes/{name}?force=true", ct);
        }
        catch (EngineNotFoundException)
        {
        }
    }
}
