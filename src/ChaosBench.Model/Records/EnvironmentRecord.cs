namespace ChaosBench.Model.Records;

/// <summary>Where the run happened: harness build, engine, kernel, host.</summary>
public sealed record EnvironmentRecord(string HarnessVersion, string HarnessCommit, string EngineVersion, string EngineApiVersion, string Kernel, string Host, string EngineEndpoint);
