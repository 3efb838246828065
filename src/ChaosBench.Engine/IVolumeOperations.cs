namespace ChaosBench.Engine;

/// <summary>Named volumes: the part of a service that survives kills and version hops.</summary>
public interface IVolumeOperations
{
    /// <summary>Creates a local volume; returns its name.</summary>
    Task<string> CreateAsync(string name, IReadOnlyDictionary<string, string> labels, CancellationToken ct = default);

    /// <summary>Volume names carrying <paramref name="label"/>.</summary>
    Task<IReadOnlyList<LabelledObject>> ListAsync(string label, CancellationToken ct = default);

    /// <summary>Where the volume's data lies on the engine's host (local driver).</summary>
    Task<string> MountpointAsync(string name, CancellationToken ct = default);

    /// <summary>Removes the volume. Missing volumes are fine.</summary>
    Task RemoveAsync(string name, CancellationToken ct = default);
}
