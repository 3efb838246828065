namespace ChaosBench.Model.Options;

/// <summary>A host file or directory mounted into each member at <see cref="Target"/>.</summary>
public sealed class BindOptions
{
    /// <summary>The absolute path on the engine's host. Required.</summary>
    public string? Source { get; set; }

    /// <summary>The absolute mount path inside the container. Required.</summary>
    public string? Target { get; set; }

    /// <summary>Mounted read-only. Default: false.</summary>
    public bool ReadOnly { get; set; }
}
