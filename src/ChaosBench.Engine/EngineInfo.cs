namespace ChaosBench.Engine;

/// <summary>Facts about the engine's host that shape what faults can do.</summary>
public sealed record EngineInfo(string StorageDriver, string CgroupVersion, string CgroupDriver, int Containers, int Images, string DockerRootDir);
