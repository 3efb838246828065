using ChaosBench.PowerLoss;

namespace ChaosBench.Faults;

/// <summary>A member's volume mounted at <paramref name="Target"/> through a power-loss layer.</summary>
public sealed record PowerLossVolume(string Name, string Target, PowerLossMount Mount)
{
    /// <summary><paramref name="path"/> as the layer sees it (relative to the volume), or null when it is not inside this volume.</summary>
    public string? Inside(string path)
    {
        var root = Target.TrimEnd('/');
        return path == root ? "/" : path.StartsWith(root + "/", StringComparison.Ordinal) ? path[root.Length..] : null;
    }
}
