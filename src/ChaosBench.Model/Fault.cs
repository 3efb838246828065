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

    /// <summary>Value equality, lists and maps included, so a plan read back from run.json equals the one written.</summary>
    public bool Equals(Fault? other) =>
        other is not null
        && (Index, At, Kind, Target, Pick, Signal, Path, To, For) == (other.Index, other.At, other.Kind, other.Target, other.Pick, other.Signal, other.Path, other.To, other.For)
        && (WhenLog, MayFail, Exit, Match, Within, Url, Method, Body) == (other.WhenLog, other.MayFail, other.Exit, other.Match, other.Within, other.Url, other.Method, other.Body)
        && Args.SequenceEqual(other.Args) && Command.SequenceEqual(other.Command) && Status.SequenceEqual(other.Status)
        && SameEntries(Save, other.Save) && SameEntries(Headers, other.Headers);

    public override int GetHashCode() => HashCode.Combine(Index, At, Kind, Target, Url);

    internal static Fault From(int index, Options.FaultOptions f) => new(
        index, f.At!.Value, f.Kind!, f.Target ?? string.Empty, f.Pick ?? "random", Signals.Normalize(f.Signal ?? "KILL")!, f.Path, f.To, f.For)
    {
        WhenLog = f.WhenLog,
        Args = [.. f.Args],
        MayFail = f.MayFail ?? false,
        Command = [.. f.Command ?? []],
        Exit = f.Kind != Options.FaultKinds.Exec || f.Exit == "any" ? null : int.Parse(f.Exit ?? "0", System.Globalization.CultureInfo.InvariantCulture),
        Match = f.Match,
        Save = new Dictionary<string, string>(f.Save),
        Within = f.Within,
        Url = f.Url,
        Method = f.Method ?? "GET",
        Body = f.Body,
        Headers = new Dictionary<string, string>(f.Headers),
        Status = [.. f.Status],
    };

    private static bool SameEntries(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var value) && value == e.Value);
}
