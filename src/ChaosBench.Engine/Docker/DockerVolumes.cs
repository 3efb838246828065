using Docker.DotNet.Models;

namespace ChaosBench.Engine.Docker;

/// <summary>The volume operations, through the library's volumes endpoints.</summary>
internal sealed class DockerVolumes(EngineCalls calls) : IVolumeOperations
{
    public async Task<string> CreateAsync(string name, IReadOnlyDictionary<string, string> labels, CancellationToken ct)
    {
        var created = await calls.RunAsync($"create volume {name}", false, (d, c) => d.Volumes.CreateAsync(new VolumesCreateParameters { Name = name, Driver = "local", Labels = labels.ToDictionary() }, c), ct);
        return created.Name;
    }

    public async Task<IReadOnlyList<LabelledObject>> ListAsync(string label, CancellationToken ct)
    {
        var list = await calls.RunAsync($"list volumes labelled {label}", true, (d, c) => d.Volumes.ListAsync(new VolumesListParameters { Filters = DockerJson.LabelFilter(label) }, c), ct);
        return (list.Volumes ?? []).Select(v => new LabelledObject(v.Name, v.Name, new Dictionary<string, string>(v.Labels ?? new Dictionary<string, string>(), StringComparer.Ordinal))).ToList();
    }

    public async Task<string> MountpointAsync(string name, CancellationToken ct) =>
        (await calls.RunAsync($"inspect volume {name}", true, (d, c) => d.Volumes.InspectAsync(name, c), ct)).Mountpoint;

    /// <summary>
    /// The library sends no <c>force</c> (its parameter is dropped); for the local driver force changes nothing:
    /// a volume still in use is refused (409) either way.
    /// </summary>
    public async Task RemoveAsync(string name, CancellationToken ct)
    {
        try
        {
            await calls.RunAsync($"remove volume {name}", true, (d, c) => d.Volumes.RemoveAsync(name, true, c), ct);
        }
        catch (EngineNotFoundException)
        {
        }
    }
}
