using ChaosBench.Model.History;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers;

/// <summary>What checkers judge: the workload's history, the run's timeline (faults, repairs, readiness, probes) and the members' logs.</summary>
public sealed record CheckInput(History History, IReadOnlyList<TimelineEntry> Timeline)
{
    /// <summary>Each member's log lines, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Logs { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>When the run started, the zero of <c>log</c>'s <c>after</c>; unknown (null) outside a run.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>The kinds the run was read with: which timeline entries start a recovery, which are crashes.</summary>
    public Vocabulary Kinds { get; init; } = Vocabulary.Empty;

    /// <summary>Each service's members.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Members { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The log lines of every member of <paramref name="service"/>, with the member they came from.</summary>
    public IEnumerable<(string Member, string Line)> LogsOf(string service) =>
        Members.GetValueOrDefault(service, []).SelectMany(m => Logs.GetValueOrDefault(m, []).Select(line => (m, line)));

    /// <summary>Whether the entry is a fault after which its member recovers (a start, a resume, a restart, a version hop).</summary>
    public bool StartsRecovery(TimelineEntry entry) => Kinds.Faults.Find(entry.Kind)?.StartsRecovery == true;

    /// <summary>Whether the entry ended a product without letting it flush (a kill, a power loss).</summary>
    public bool IsCrash(TimelineEntry entry) => Kinds.Faults.Find(entry.Kind)?.IsCrash == true;
}
