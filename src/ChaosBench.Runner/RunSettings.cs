using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner;

/// <summary>How to run a scenario: the seed, a plan to replay, what to leave behind, who watches.</summary>
public sealed record RunSettings
{
    /// <summary>Overrides the scenario's seed. Default: the scenario's, else a fresh one.</summary>
    public long? Seed { get; init; }

    /// <summary>A recorded plan to follow instead of resolving one (replay).</summary>
    public Plan? Plan { get; init; }

    /// <summary>Image ids to insist on (replay): service image reference → id. A different id is an error.</summary>
    public IReadOnlyDictionary<string, string> PinnedImages { get; init; } = new Dictionary<string, string>();

    /// <summary>Leave containers, networks and volumes up when the run fails or errors. Default: false.</summary>
    public bool KeepOnFailure { get; init; }

    /// <summary>Harness build, engine endpoint and host for the record.</summary>
    public required EnvironmentRecord Environment { get; init; }

    public IRunObserver Observer { get; init; } = IRunObserver.None;
}
