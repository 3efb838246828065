using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>Something that must hold when the run is over; the parameters are those of <see cref="ExpectationOptions"/>.</summary>
public sealed record Expectation(string Kind, TimeSpan? Within)
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    public string? Service { get; init; }

    public string? Pattern { get; init; }

    public int? AtMost { get; init; }

    public int? AtLeast { get; init; }

    public bool Absent { get; init; }

    public TimeSpan? After { get; init; }

    public string? Log { get; init; }

    public bool DataUntouched { get; init; }

    public string? Url { get; init; }

    public int? Is { get; init; }

    public IReadOnlyList<int> Never { get; init; } = [];

    public IReadOnlyDictionary<string, string> Headers { get; init; } = NoHeaders;

    public double? MaxErrorRate { get; init; }

    public TimeSpan? Per { get; init; }

    public TimeSpan? LossWindow { get; init; }

    public TimeSpan? Budget { get; init; }

    internal static Expectation From(ExpectationOptions o) => new(o.Kind!, o.Within)
    {
        Service = o.Service,
        Pattern = o.Pattern,
        AtMost = o.AtMost,
        AtLeast = o.AtLeast,
        Absent = o.Absent,
        After = o.After,
        Log = o.Log,
        DataUntouched = o.DataUntouched,
        Url = o.Url,
        Is = o.Is,
        // The shared empty list keeps record equality for the usual case of no 'never'.
        Never = o.Never.Count == 0 ? [] : [.. o.Never],
        Headers = o.Headers.Count == 0 ? NoHeaders : new Dictionary<string, string>(o.Headers),
        MaxErrorRate = o.MaxErrorRate,
        Per = o.Per,
        LossWindow = o.LossWindow,
        Budget = o.Budget,
    };

    /// <summary>How the expectation reads in the scenario: <c>no-lost-writes</c>, <c>no-lost-writes loss-window 1s</c>, <c>recovers-within: 10s</c>, <c>log etcd /panic/ absent</c>.</summary>
    public override string ToString() => Kind switch
    {
        ExpectationKinds.RecoversWithin => $"{Kind}: {Durations.Format(Within ?? TimeSpan.Zero)}",
        ExpectationKinds.Log => $"{Kind} {Service} /{Pattern}/ {(Absent ? "absent" : AtMost is { } most ? $"at most {most}" : $"at least {AtLeast ?? 1}")}{(After is { } after ? $" after {Durations.Format(after)}" : string.Empty)}",
        ExpectationKinds.RefusesToStart => $"{Kind} {Service}",
        ExpectationKinds.HttpStatus => $"{Kind} {Url} is {Is}{(Never.Count > 0 ? $" never {string.Join(", ", Never)}" : string.Empty)}",
        ExpectationKinds.NoLostWrites when LossWindow is { } window => $"{Kind} loss-window {Durations.Format(window)}",
        ExpectationKinds.Linearizable when Budget is { } budget => $"{Kind} budget {Durations.Format(budget)}",
        ExpectationKinds.Availability => $"{Kind} error rate at most {MaxErrorRate:0.###} per {Durations.Format(Per ?? TimeSpan.FromSeconds(1))}",
        _ => Kind,
    };
}
