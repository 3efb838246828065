namespace ChaosBench.Model;

/// <summary>
/// One fault or step on the timeline, as written; <see cref="Planning.Planner"/> resolves whom it hits. The
/// parameters beyond the positional ones are those of <see cref="Options.FaultOptions"/>, empty when not given.
/// </summary>
public sealed record Fault(
    int Index,
    TimeSpan At,
    string Kind,
    string Target,
    string Pick,
    string Signal,
    string? Path,
    string? To,
    TimeSpan? For)
{
    // Shared empties keep record equality for the usual fault that has no step parameters.
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public string? WhenLog { get; init; }

    public IReadOnlyList<string> Args { get; init; } = [];

    public bool MayFail { get; init; }

    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary><c>exec</c>: the exit code required; null: any is recorded.</summary>
    public int? Exit { get; init; }

    public string? Match { get; init; }

    public IReadOnlyDictionary<string, string> Save { get; init; } = None;

    public TimeSpan? Within { get; init; }

    public string? Url { get; init; }

    public string Method { get; init; } = "GET";

    public string? Body { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = None;

    /// <summary><c>request</c>: the statuses required; empty: any 2xx.</summary>
    public IReadOnlyList<int> Status { get; init; } = [];

    internal static Fault From(int index, Options.FaultOptions f) => new(
        index, f.At!.Value, f.Kind!, f.Target ?? string.Empty, f.Pick ?? "random", Signals.Normalize(f.Signal ?? "KILL")!, f.Path, f.To, f.For)
    {
        WhenLog = f.WhenLog,
        Args = f.Args.Count == 0 ? [] : [.. f.Args],
        MayFail = f.MayFail ?? false,
        Command = f.Command is { Count: > 0 } command ? [.. command] : [],
        Exit = f.Kind != Options.FaultKinds.Exec || f.Exit == "any" ? null : int.Parse(f.Exit ?? "0", System.Globalization.CultureInfo.InvariantCulture),
        Match = f.Match,
        Save = f.Save.Count == 0 ? None : new Dictionary<string, string>(f.Save),
        Within = f.Within,
        Url = f.Url,
        Method = f.Method ?? "GET",
        Body = f.Body,
        Headers = f.Headers.Count == 0 ? None : new Dictionary<string, string>(f.Headers),
        Status = f.Status.Count == 0 ? [] : [.. f.Status],
    };
}
