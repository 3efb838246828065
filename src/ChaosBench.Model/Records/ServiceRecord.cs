namespace ChaosBench.Model.Records;

/// <summary>
/// A service as the run started it: its members, its environment (values under secret names shown as <c>***</c>)
/// and every Linux capability its containers were given, each with why.
/// </summary>
public sealed record ServiceRecord(string Name, IReadOnlyList<string> Members, IReadOnlyDictionary<string, string> Env, IReadOnlyList<CapabilityRecord> Capabilities);
