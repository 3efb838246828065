namespace ChaosBench.Engine;

/// <summary>The engine's build, the API version both sides speak (negotiated), its oldest accepted one, and the host kernel.</summary>
public sealed record EngineVersion(string Version, string ApiVersion, string MinApiVersion, string KernelVersion, string OperatingSystem)
{
    /// <summary>The newest API version the engine speaks; <see cref="ApiVersion"/> is no newer. Empty when not asked.</summary>
    public string EngineApiVersion { get; init; } = string.Empty;
}
