using ChaosBench.Checkers;
using ChaosBench.Faults;
using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Model.Planning;
using ChaosBench.Runner.Clusters;

namespace ChaosBench.Runner;

/// <summary>
/// Plays a plan's faults at their offsets from the workload's start, repairs those with <c>for</c> when
/// it runs out, and at the end heals every fault still in effect.
/// </summary>
/// <param name="repaired">Called with each member a repair brought back, so its readiness is watched from that moment, and whether it may fail to get ready (<c>may-fail</c>).</param>
internal sealed class FaultTimeline(FaultContext context, Scenario scenario, RunRecorder recorder, FaultCatalog faults, ClusterCatalog clusters, Action<Member, bool> repaired)
{
    private static readonly HashSet<string> Repairs = [FaultKinds.Start, FaultKinds.Resume, FaultKinds.Heal, FaultKinds.Restart, FaultKinds.VersionHop];

    private readonly List<Task> _repairs = [];
    private IReadOnlyList<Member> _previous = [];

    /// <summary>The step that did not hold, if one did not; the timeline stopped there.</summary>
    public StepFailedException? FailedStep { get; private set; }

    public async Task RunAsync(Plan plan, TimeSpan workloadStart, CancellationToken ct)
    {
        try
        {
            await PlayAsync(plan, workloadStart, ct);
        }
        catch (StepFailedException e)
        {
            // Later steps may build on this one, so the timeline ends; heal and the checks still run for the evidence.
            FailedStep = e;
        }

        await Task.WhenAll(_repairs);
    }

    private async Task PlayAsync(Plan plan, TimeSpan workloadStart, CancellationToken ct)
    {
        foreach (var planned in plan.Faults)
        {
            var due = workloadStart + planned.At - recorder.Now;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, ct);
            }

            if (faults.StepOf(planned.Kind) is { } step)
            {
                await RunStepAsync(step, planned, ct);
                continue;
            }

            var members = await MembersAsync(planned, ct);
            _previous = members;
            foreach (var member in members)
            {
                if (planned.Fault.WhenLog is { } pattern)
                {
                    // From the moment the fault was due: a start at the same offset may already have booted it.
                    var dueAt = recorder.StartedAt + workloadStart + planned.At;
                    var line = await LogTrigger.WaitAsync(context.Engine, member, planned.Fault, dueAt, workloadStart + scenario.Duration - recorder.Now, ct);
                    recorder.Record(TimelineKinds.LogTrigger, member.Name, $"/{pattern}/ matched: {line}");
                }

                await ApplyAsync(planned.Fault, planned.Kind, member, string.Empty, ct);
            }

            if (planned.Fault.For is { } duration && FaultKinds.RepairOf(planned.Kind) is { } repair)
            {
                _repairs.Add(RepairLaterAsync(planned.Fault, repair, members, duration, ct));
            }
        }
    }

    /// <summary>Repairs every member with a fault still in effect: thaw, reconnect, start.</summary>
    public async Task HealAsync(CancellationToken ct)
    {
        foreach (var member in context.Deployment.Members.Where(m => m.Faults != MemberFaults.None))
        {
            foreach (var (flag, repair) in new[] { (MemberFaults.Paused, FaultKinds.Resume), (MemberFaults.Partitioned, FaultKinds.Heal), (MemberFaults.Stopped, FaultKinds.Start) })
            {
                if (member.Faults.HasFlag(flag))
                {
                    await ApplyAsync(null, repair, member, " (heal phase)", ct);
                }
            }
        }
    }

    private async Task RepairLaterAsync(Fault fault, string repair, IReadOnlyList<Member> members, TimeSpan after, CancellationToken ct)
    {
        await Task.Delay(after, ct);
        foreach (var member in members)
        {
            await ApplyAsync(fault, repair, member, $" (after {Durations.Format(after)})", ct);
        }
    }

    private async Task ApplyAsync(Fault? fault, string kind, Member member, string note, CancellationToken ct)
    {
        var at = recorder.Now;
        var effect = await Failing(fault, kind, member.Name, () => faults.Get(kind).ApplyAsync(context, member, fault ?? RepairFault(kind, member), ct));
        recorder.Record(kind, member.Name, effect.Detail + note, effect.ConfirmedAfter, at);
        if (Repairs.Contains(kind))
        {
            repaired(member, fault?.MayFail ?? false);
        }
    }

    private async Task RunStepAsync(IStep step, PlannedFault planned, CancellationToken ct)
    {
        var at = recorder.Now;
        var effect = await Failing(planned.Fault, planned.Kind, planned.Target, () => step.RunAsync(context, planned.Fault, ct));
        recorder.Record(planned.Kind, planned.Target, effect.Detail, effect.ConfirmedAfter, at);
    }

    /// <summary>A step that did not hold goes on the timeline as evidence, and names its place in the scenario.</summary>
    private async Task<FaultEffect> Failing(Fault? fault, string kind, string target, Func<Task<FaultEffect>> act)
    {
        try
        {
            return await act();
        }
        catch (StepFailedException e)
        {
            recorder.Record(kind, target, "FAILED: " + e.Problem);
            throw new StepFailedException($"faults[{fault?.Index}] {e.Step}", e.Problem);
        }
    }

    private async Task<IReadOnlyList<Member>> MembersAsync(PlannedFault planned, CancellationToken ct)
    {
        if (planned.Fault.Target == "previous")
        {
            return _previous;
        }

        var ofService = context.Deployment.Of(planned.Service);
        if (planned.Kind is FaultKinds.Start or FaultKinds.Resume or FaultKinds.Heal && planned.Members.Count > 1)
        {
            var needs = planned.Kind switch { FaultKinds.Start => MemberFaults.Stopped, FaultKinds.Resume => MemberFaults.Paused, _ => MemberFaults.Partitioned };
            return ofService.Where(m => m.Faults.HasFlag(needs)).ToList();
        }

        if (planned.Members.Count > 0)
        {
            return planned.Members.Select(name => context.Deployment[name]).ToList();
        }

        var leader = await clusters.Find(scenario.Service(planned.Service).Cluster)!.LeaderAsync(ofService, ct)
            ?? throw new FaultException(planned.Kind, planned.Service, "no member is leader now");
        recorder.Decide(new Decision($"faults[{planned.Fault.Index}] {planned.Kind} target (leader)", leader.Name, ofService.Select(m => m.Name).ToList()));
        return [leader];
    }

    private static Fault RepairFault(string kind, Member member) =>
        new(-1, TimeSpan.Zero, kind, member.Name, "all", "KILL", null, null, null);
}
