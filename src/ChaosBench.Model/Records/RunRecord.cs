using ChaosBench.Model.Planning;

namespace ChaosBench.Model.Records;

/// <summary>
/// Everything needed to understand and replay a run: the seed and plan, the exact images, the timeline,
/// every verdict with its evidence, and the outcome. Written as <c>run.json</c>.
/// </summary>
public sealed record RunRecord
{
    public required string RunId { get; init; }

    public required string Scenario { get; init; }

    /// <summary>The scenario file, relative to where the harness ran; null when built in C#.</summary>
    public string? ScenarioFile { get; init; }

    /// <summary>The values of the scenario file's <c>matrix:</c> this run is the expansion for; empty without a matrix.</summary>
    public IReadOnlyDictionary<string, string> Matrix { get; init; } = new Dictionary<string, string>();

    /// <summary>SHA-256 of the scenario file, so a replay can tell it was edited.</summary>
    public string? ScenarioHash { get; init; }

    public required long Seed { get; init; }

    /// <summary>
    /// The run was given <c>--allow-host</c>: its scenario could bind host paths outside its folder and its faults
    /// reach the members' binds (docs/trust.md). False in records written before it was recorded.
    /// </summary>
    public bool AllowHost { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public TimeSpan Elapsed { get; init; }

    public required EnvironmentRecord Environment { get; init; }

    public IReadOnlyList<ImageRecord> Images { get; init; } = [];

    /// <summary>
    /// Each service the run started, with its env (secret values hidden) and the capabilities it was given and why.
    /// Empty in records written before services were recorded.
    /// </summary>
    public IReadOnlyList<ServiceRecord> Services { get; init; } = [];

    /// <summary>Where the run differed from the scenario's Compose file as written, one line each; empty without one.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The Compose file's variables that were unset and read as empty, one line each; empty without any.</summary>
    public IReadOnlyList<string> UnsetVariables { get; init; } = [];

    /// <summary>Each external service's base URL as resolved from the environment (user info masked), by service.</summary>
    public IReadOnlyDictionary<string, string> ExternalServices { get; init; } = new Dictionary<string, string>();

    /// <summary>The resolved fault timeline and every choice the seed (or the run) made.</summary>
    public Plan? Plan { get; init; }

    /// <summary>Choices made at run time (e.g. which member was the leader).</summary>
    public IReadOnlyList<Decision> RuntimeDecisions { get; init; } = [];

    public IReadOnlyList<PhaseRecord> Phases { get; init; } = [];

    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    public IReadOnlyList<Verdict> Verdicts { get; init; } = [];

    /// <summary>Counts of the history by op type; the ops themselves are in <c>history.jsonl</c>.</summary>
    public IReadOnlyDictionary<string, int> HistorySummary { get; init; } = new Dictionary<string, int>();

    public required Outcome Outcome { get; init; }

    /// <summary>The step that failed or errored, e.g. <c>expect[1] recovers-within</c> or <c>provision etcd-2</c>.</summary>
    public string? FailedStep { get; init; }

    /// <summary>Why, in one sentence.</summary>
    public string? Reason { get; init; }
}
