using ChaosBench.Model;
using ChaosBench.Model.History;

namespace ChaosBench.Workloads;

/// <summary>What a workload needs: its settings, the seed, where to connect, where to record, and the run's clock.</summary>
/// <param name="Endpoints">The target's members' client endpoints now, as <c>scheme://address:port</c> (they change on a version hop), or an external target's base URL.</param>
/// <param name="Clock">Time since the run started: the clock of the history and the timeline.</param>
public sealed record WorkloadContext(Workload Workload, long Seed, Func<IReadOnlyList<Uri>> Endpoints, History History, Func<TimeSpan> Clock)
{
    /// <summary>
    /// The client endpoints now of the named members or services (a service stands for all its members), in the
    /// workload's scheme and port: where a workload's <c>reads-from</c> sends its reads. Default: none are known.
    /// </summary>
    public Func<IReadOnlyList<string>, IReadOnlyList<Uri>> EndpointsOf { get; init; } = _ => [];
}
