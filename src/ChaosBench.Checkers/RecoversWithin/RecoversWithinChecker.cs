using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.RecoversWithin;

/// <summary>
/// After each repair, the system must serve again within the limit: measured from the moment the repair took
/// effect (the engine confirmed the member running, resumed or reconnected) to the first operation that completes
/// ok, and to the repaired member's readiness. Both are reported, with how long the engine took to confirm.
/// A repair after which no operation was even invoked (every client stuck on an earlier one until the workload
/// ended) says nothing about the product: the verdict is then unknown, unless another repair already failed.
/// </summary>
/// <remarks>
/// Not from the request: starting a container costs the engine 0.1–0.5 s before the product's first instruction
/// runs, and that is the engine's time, not the product's recovery.
/// </remarks>
public sealed class RecoversWithinChecker : ExpectationKind<RecoversWithinOptions>, IChecker
{
    public override string Name => "recovers-within";

    public override string? Shorthand => "within";

    public override bool JudgesHistory => true;

    protected override string Describe(RecoversWithinOptions options) => $"{Name}: {Durations.Format(options.Within ?? TimeSpan.Zero)}";

    protected override void Validate(RecoversWithinOptions options, KindCheck check)
    {
        if (options.Within is { } within && within <= TimeSpan.Zero)
        {
            check.Error(null, $"{Name} must be positive");
        }

        if (check.Scenario.Workload?.Target is { } target && check.IsExternal(target))
        {
            check.Error(null, $"{Name} cannot judge external service '{target}': it times members ChaosBench repairs, and {ScenarioValidator.ExternalReach}", "use availability or http-status to judge an external deployment");
        }
    }

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var limit = expectation.OptionsAs<RecoversWithinOptions>().Within ?? throw new ArgumentException("recovers-within needs a limit");
        var oks = input.History.Ops.Where(o => o.Type == OpType.Ok && !KvFunctions.IsFinalRead(o.F)).Select(o => o.Time).ToList();
        var invocations = input.History.Ops.Where(o => o.Type == OpType.Invoke && !KvFunctions.IsFinalRead(o.F)).Select(o => o.Time).ToList();
        var measurements = new List<Dictionary<string, object?>>();
        var worst = TimeSpan.Zero;
        var never = new List<string>();
        var unmeasured = new List<string>();
        foreach (var repair in input.Timeline.Where(input.StartsRecovery))
        {
            var effective = repair.Time + (repair.ConfirmedAfter ?? TimeSpan.Zero);
            var firstOk = oks.Where(t => t >= effective).DefaultIfEmpty(TimeSpan.MaxValue).Min();
            var ready = Repaired(input, repair.Target).Select(member => input.Timeline
                    .Where(e => e.Kind == TimelineKinds.Ready && e.Target == member && e.Time >= repair.Time)
                    .Select(e => e.Time).DefaultIfEmpty(TimeSpan.MaxValue).Min())
                .Max();
            var toOk = firstOk == TimeSpan.MaxValue ? (TimeSpan?)null : firstOk - effective;
            var toReady = ready == TimeSpan.MaxValue ? (TimeSpan?)null : Max(ready - effective, TimeSpan.Zero);
            if (toReady is not null && toOk is null && !invocations.Any(t => t >= effective))
            {
                unmeasured.Add($"{repair.Kind} {repair.Target}");
            }
            else if (toOk is null || toReady is null)
            {
                never.Add($"{repair.Kind} {repair.Target}");
            }

            worst = Max(worst, Max(toOk ?? TimeSpan.Zero, toReady ?? TimeSpan.Zero));
            measurements.Add(new Dictionary<string, object?>
            {
                ["repair"] = $"{repair.Kind} {repair.Target}",
                ["at"] = repair.Time.TotalSeconds,
                ["confirmed-after-seconds"] = repair.ConfirmedAfter?.TotalSeconds,
                ["to-first-ok-seconds"] = toOk?.TotalSeconds,
                ["to-ready-seconds"] = toReady?.TotalSeconds,
            });
        }

        var evidence = new Dictionary<string, object?>
        {
            ["limit-seconds"] = limit.TotalSeconds,
            ["worst-seconds"] = worst.TotalSeconds,
            ["repairs"] = measurements,
        };
        if (measurements.Count == 0)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, "no repair on the timeline: nothing to measure recovery from", evidence);
        }

        if (never.Count > 0)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Failed, $"never recovered after {string.Join(", ", never)}", evidence);
        }

        if (worst > limit)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Failed, $"took {Durations.Format(Round(worst))} to recover, over the limit of {Durations.Format(limit)}", evidence);
        }

        return unmeasured.Count > 0
            ? new Verdict(expectation.ToString(), VerdictStatus.Unknown, $"no operation after the repair ({string.Join(", ", unmeasured)}): every client was still waiting on an earlier one when the workload ended, so recovery was not measured", evidence)
            : new Verdict(expectation.ToString(), VerdictStatus.Passed, $"recovered in {Durations.Format(Round(worst))} (limit {Durations.Format(limit)})", evidence);
    }

    /// <summary>
    /// The members a repair brought back: the member it names, or those of a group fault's target (a service's
    /// members, or the members a drawn shape names: <c>etcd-1 -> etcd-2</c>); the group is ready when all are.
    /// </summary>
    private static IReadOnlyList<string> Repaired(CheckInput input, string target)
    {
        if (input.Members.TryGetValue(target, out var ofService) && ofService.Count > 0)
        {
            return ofService;
        }

        var members = input.Members.Values.SelectMany(m => m).ToHashSet(StringComparer.Ordinal);
        var named = target.Split([' ', ',', '|', '[', ']', '>'], StringSplitOptions.RemoveEmptyEntries).Where(members.Contains).Distinct().ToList();
        return members.Contains(target) || named.Count == 0 ? [target] : named;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Round(TimeSpan t) => TimeSpan.FromMilliseconds(Math.Ceiling(t.TotalMilliseconds));
}
