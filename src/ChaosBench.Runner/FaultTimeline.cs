using ChaosBench.Faults;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner;

/// <summary>
/// Plays a plan's faults at their offsets from the workload's start, repairs those with <c>for</c> when
/// it runs out, and at the end heals every fault still in effect, each with the repair its kind names.
/// </summary>
/// <param name="repaired">Called with each member a fault brought back, so its readiness is watched from that moment, and whether it may fail to get ready (<c>may-fail</c>); the watch ends true when it got ready.</param>
/// <param name="replacing">Called with each member a fault is about to stop, crash or replace, before it acts: the readiness watch of its last boot ends there.</param>
internal sealed class FaultTimeline(FaultContext context, Scenario scenario, RunRecorder recorder, Func<Member, bool, Task<bool>> repaired, Action<Member> replacing)
{
    private readonly List<Task> _repairs = [];
    private readonly List<(PlannedFault Planned, GroupEffect Effect)> _drawn = [];
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

            if (planned.Fault.Kind is IStep step)
            {
                await RunStepAsync(step, planned, ct);
                continue;
            }

            if (planned.Fault.Kind is IGroupFault group && (group.OwnMembers(planned.Fault.Options) is not null || group.HitsAllAtOnce(planned.Fault.Options)))
            {
                await ApplyGroupAsync(group, planned, ct);
                continue;
            }

            var members = await MembersAsync(planned, ct);
            _previous = members;
            var rolling = planned.Fault.Targeting?.Pick == TargetOptions.Rolling;
            for (var turn = 0; turn < members.Count; turn++)
            {
                var member = members[turn];
                if (planned.Fault.WhenLog is { } pattern)
                {
                    // From the moment the fault was due: a start at the same offset may already have booted it.
                    var dueAt = recorder.StartedAt + workloadStart + planned.At;
                    var line = await LogTrigger.WaitAsync(context.Engine, member, planned.Fault, dueAt, workloadStart + scenario.Duration - recorder.Now, ct);
                    recorder.Record(TimelineKinds.LogTrigger, member.Name, $"/{pattern}/ matched: {line}");
                }

                var ready = await ApplyAsync(planned.Fault, member, string.Empty, ct, rolling);
                if (rolling)
                {
                    var next = members.ElementAtOrDefault(turn + 1);
                    await Failing(planned.Fault, member.Name, () => RollingTurn.EndAsync(context, scenario, recorder, new RollingTurn.Turn(member, turn + 1, members.Count, next), ready, planned.Kind, ct));
                }
            }

            if (planned.Fault.For is { } duration && planned.Fault.Kind.RepairedBy is { } repair)
            {
                _repairs.Add(RepairLaterAsync(planned.Fault, scenario.Kinds.Faults.Get(repair), members, duration, ct));
            }
        }
    }

    /// <summary>
    /// Repairs what group faults did that is still in effect (exactly what each did), then every member with a fault
    /// still in effect, in the order of <see cref="MemberState"/>: thaw, reconnect, start.
    /// </summary>
    public async Task HealAsync(CancellationToken ct)
    {
        foreach (var (planned, effect) in _drawn.ToList())
        {
            await RepairGroupAsync(planned, effect, " (heal phase)", ct);
        }

        foreach (var member in context.Deployment.Members.Where(m => m.State != MemberState.Running))
        {
            foreach (var state in Enum.GetValues<MemberState>().Where(s => s != MemberState.Running && member.State.HasFlag(s)))
            {
                if (scenario.Kinds.RepairOf(state) is { } repair)
                {
                    await ApplyAsync(RepairFault(repair, member, index: -1), member, " (heal phase)", ct);
                }
            }
        }
    }

    private async Task RepairLaterAsync(Fault fault, IFaultKind repair, IReadOnlyList<Member> members, TimeSpan after, CancellationToken ct)
    {
        await Task.Delay(after, ct);
        foreach (var member in members)
        {
            await ApplyAsync(RepairFault(repair, member, fault.Index), member, $" (after {Durations.Format(after)})", ct);
        }
    }

    /// <param name="turn">A rolling fault's turn: its end judges the member's readiness (<see cref="RollingTurn"/>), so the watch reports a member that does not get ready rather than failing the run as a harness error.</param>
    /// <returns>The watch of the member's readiness the fault started (true: it got ready); a finished true when it starts none.</returns>
    private async Task<Task<bool>> ApplyAsync(Fault fault, Member member, string note, CancellationToken ct, bool turn = false)
    {
        var at = recorder.Now;
        var kind = fault.Kind as IFault ?? throw new InvalidOperationException($"fault kind '{fault.Kind.Name}' ({fault.Kind.GetType().FullName}) cannot act on a member: it must implement {nameof(IFault)}");
        if (kind.StartsRecovery || kind.IsCrash || kind.Leaves(fault.Options)?.HasFlag(MemberState.Stopped) == true)
        {
            // A hop or a restart kills the product it replaces, which a watch of that boot would read as not getting ready.
            replacing(member);
        }

        var effect = await Failing(fault, member.Name, () => kind.ApplyAsync(context, member, fault, ct));
        recorder.Record(kind.Name, member.Name, effect.Detail + note, effect.ConfirmedAfter, at);
        return kind.StartsRecovery ? repaired(member, effect.MayFailToRecover || turn) : Task.FromResult(true);
    }

    /// <summary>A fault acting on its members together: applied once, its own repair kept for <c>for</c> or the heal phase.</summary>
    private async Task ApplyGroupAsync(IGroupFault group, PlannedFault planned, CancellationToken ct)
    {
        var members = planned.Members.Select(name => context.Deployment[name]).ToList();
        _previous = members;
        var at = recorder.Now;
        GroupEffect? applied = null;
        var effect = await Failing(planned.Fault, planned.Target, async () =>
        {
            applied = await group.ApplyAsync(context, planned.Fault, members, c => LeaderAsync(planned, c), ct);
            return applied.Effect;
        });
        recorder.Record(group.Name, planned.Target, effect.Detail, effect.ConfirmedAfter, at);
        lock (_drawn)
        {
            _drawn.Add((planned, applied!));
        }

        if (planned.Fault.For is { } duration)
        {
            _repairs.Add(RepairGroupLaterAsync(planned, applied!, duration, ct));
        }
    }

    private async Task RepairGroupLaterAsync(PlannedFault planned, GroupEffect effect, TimeSpan after, CancellationToken ct)
    {
        await Task.Delay(after, ct);
        await RepairGroupAsync(planned, effect, $" (after {Durations.Format(after)})", ct);
    }

    private async Task RepairGroupAsync(PlannedFault planned, GroupEffect effect, string note, CancellationToken ct)
    {
        lock (_drawn)
        {
            if (!_drawn.Remove((planned, effect)))
            {
                return;
            }
        }

        var at = recorder.Now;
        var done = await Failing(planned.Fault, planned.Target, () => effect.RepairAsync(ct));
        recorder.Record(planned.Fault.Kind.RepairedBy ?? planned.Kind, planned.Target, done.Detail + note, done.ConfirmedAfter, at);

        // Each member the group fault held is watched until it answers its probe again, as after a member's own
        // repair: recovers-within measures the group's recovery to the last of them.
        if (planned.Fault.Kind.RepairedBy is { } repair && scenario.Kinds.Faults.Get(repair).StartsRecovery)
        {
            foreach (var member in planned.Members)
            {
                _ = repaired(context.Deployment[member], false);
            }
        }
    }

    private async Task RunStepAsync(IStep step, PlannedFault planned, CancellationToken ct)
    {
        var at = recorder.Now;
        var effect = await Failing(planned.Fault, planned.Target, () => step.RunAsync(context, planned.Fault, ct));
        recorder.Record(planned.Kind, planned.Target, effect.Detail, effect.ConfirmedAfter, at);
    }

    /// <summary>A step that did not hold goes on the timeline as evidence, and names its place in the scenario.</summary>
    private async Task<T> Failing<T>(Fault fault, string target, Func<Task<T>> act)
    {
        try
        {
            return await act();
        }
        catch (StepFailedException e)
        {
            recorder.Record(fault.Kind.Name, target, "FAILED: " + e.Problem);
            throw new StepFailedException($"faults[{fault.Index}] {e.Step}", e.Problem);
        }
    }

    private async Task<IReadOnlyList<Member>> MembersAsync(PlannedFault planned, CancellationToken ct)
    {
        if (planned.Fault.Targeting?.Target == TargetOptions.Previous)
        {
            return _previous;
        }

        var ofService = context.Deployment.Of(planned.Service);
        if (planned.Fault.Kind is { Repairs: true, Needs: { } needs } && planned.Members.Count > 1)
        {
            return ofService.Where(m => m.State.HasFlag(needs)).ToList();
        }

        if (planned.Members.Count > 0)
        {
            return planned.Members.Select(name => context.Deployment[name]).ToList();
        }

        return [await LeaderAsync(planned, ct)];
    }

    /// <summary>The leader of the planned fault's service now, as its cluster kind names it; recorded as a decision.</summary>
    private async Task<Member> LeaderAsync(PlannedFault planned, CancellationToken ct)
    {
        var ofService = context.Deployment.Of(planned.Service);
        var up = ofService.Where(m => m.State == MemberState.Running && m.Address.Length > 0).Select(m => (m.Name, m.Address)).ToList();
        var name = await scenario.Kinds.Clusters.Get(scenario.Service(planned.Service).Cluster!).LeaderAsync(up, ct);
        var leader = ofService.FirstOrDefault(m => m.Name == name) ?? throw new FaultException(planned.Kind, planned.Service, "no member is leader now");
        recorder.Decide(new Decision($"faults[{planned.Fault.Index}] {planned.Kind} target (leader)", leader.Name, ofService.Select(m => m.Name).ToList()));
        return leader;
    }

    /// <summary>The repair <paramref name="kind"/> aimed at <paramref name="member"/> alone, under the index of the fault it repairs.</summary>
    private static Fault RepairFault(IFaultKind kind, Member member, int index)
    {
        var options = OptionsShape.Of(kind.OptionsType).Create();
        if (options is TargetOptions targeting)
        {
            targeting.Target = member.Name;
            targeting.Pick = "all";
        }

        return new Fault(index, TimeSpan.Zero, kind, options);
    }
}
