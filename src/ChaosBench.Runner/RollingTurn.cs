using System.Diagnostics;
using ChaosBench.Faults;
using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner;

/// <summary>
/// The end of one member's turn in a rolling fault (<c>pick: rolling</c>), as an operator upgrades one member at a
/// time: the member ready, then, when its cluster kind can tell, every member of its cluster healthy, before the next
/// member's turn. Both go on the timeline; a turn that does not end stops the rolling fault there.
/// </summary>
internal static class RollingTurn
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <param name="turn">Whose turn it is, which of how many, and whose would come next.</param>
    /// <param name="ready">The watch of the member's readiness its fault started, which reports rather than throws; true when it got ready.</param>
    /// <exception cref="StepFailedException">The member did not get ready, or its cluster was not healthy within the member's readiness limit.</exception>
    public static async Task<TimeSpan> EndAsync(FaultContext context, Scenario scenario, RunRecorder recorder, Turn turn, Task<bool> ready, string kind, CancellationToken ct)
    {
        var member = turn.Member;
        var stops = turn.Next is { } next ? $"stops before {next.Name}'s turn" : "ends there";
        if (!await ready)
        {
            var state = (await context.Engine.Containers.InspectAsync(member.ContainerId, ct)).State;
            var how = state.Running ? "running but not ready" : $"exited {state.ExitCode}";
            throw new StepFailedException(kind, $"{member.Name} did not get ready after its turn ({turn.Number} of {turn.Of}; {how}), so the rolling {kind} {stops}; its log is in the run folder");
        }

        var service = scenario.Service(member.Service);
        if (service.Cluster is not { } name)
        {
            return TimeSpan.Zero;
        }

        var cluster = scenario.Kinds.Clusters.Get(name);
        var within = service.SetupOf(member.Name, cluster.DefaultReadiness).Ready?.Within ?? cluster.DefaultReadiness.Within;
        var members = context.Deployment.Of(member.Service);
        var at = recorder.Now;
        var clock = Stopwatch.StartNew();
        while (await cluster.UnhealthyAsync([.. members.Select(m => (m.Name, m.Address))], ct) is { Count: > 0 } unhealthy)
        {
            if (clock.Elapsed > within)
            {
                throw new StepFailedException(kind, $"the {name} cluster {member.Service} was not healthy {Durations.Format(within)} after {member.Name}'s turn ({turn.Number} of {turn.Of}; {string.Join(", ", unhealthy)} not), so the rolling {kind} {stops}");
            }

            await Task.Delay(Poll, ct);
        }

        recorder.Record(TimelineKinds.ClusterHealthy, member.Service, $"every member healthy ({string.Join(", ", members.Select(m => m.Name))}) after {member.Name}'s turn", clock.Elapsed, at);
        return clock.Elapsed;
    }

    /// <summary>A member's turn: the <paramref name="Number"/>th of <paramref name="Of"/>, <paramref name="Next"/> the member whose turn follows (null for the last).</summary>
    internal sealed record Turn(Member Member, int Number, int Of, Member? Next);
}
