namespace ChaosBench.Engine;

/// <summary>A network or volume found by label.</summary>
public sealed record LabelledObject(string Id, string Name, IReadOnlyDictionary<string, string> Labels);
