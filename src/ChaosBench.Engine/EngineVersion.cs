namespace ChaosBench.Engine;

/// <summary>The engine's build, the API version both sides speak, and the host kernel.</summary>
public sealed record EngineVersion(string Version, string ApiVersion, string MinApiVersion, string KernelVersion, string OperatingSystem);
