namespace ChaosBench.Model.Records;

/// <summary>The exact image a service ran: reference, content id, and package versions when built from a recipe.</summary>
public sealed record ImageRecord(string Service, string Reference, string Id, IReadOnlyDictionary<string, string> Packages)
{
    /// <summary>
    /// Where the run got it: <c>recipe</c> (built, or built before), <c>engine</c> (it was there), <c>tarball FILE</c>
    /// (loaded), <c>pulled</c>. Null in records written before sources were recorded.
    /// </summary>
    public string? Source { get; init; }
}
