namespace ChaosBench.Model.Records;

/// <summary>The exact image a service ran: reference, content id, and package versions when built from a recipe.</summary>
public sealed record ImageRecord(string Service, string Reference, string Id, IReadOnlyDictionary<string, string> Packages);
