using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Availability;

/// <summary>
/// The share of operations that did not succeed, window by window through the run; the worst window must stay
/// within the bound. An operation counts in every window it was outstanding in: good only in the window where
/// it completed ok, bad in the others. So a stall (a paused server answering nothing) counts as unavailable,
/// not as a quiet window. A window no operation was in at all (a client rate below one per window) cannot be
/// judged, and neither can a history without operations: the verdict is then unknown, unless a window failed.
/// </summary>
public sealed class AvailabilityChecker : ExpectationKind<AvailabilityOptions>, IChecker
{
    public override string Name => "availability";

    public override bool JudgesHistory => true;

    protected override string Describe(AvailabilityOptions options) =>
        $"{Name} error rate at most {options.MaxErrorRate:0.###} per {Durations.Format(options.Per ?? TimeSpan.FromSeconds(1))}";

    protected override void Validate(AvailabilityOptions options, KindCheck check)
    {
        if (options.MaxErrorRate is { } rate && rate is < 0 or > 1)
        {
            check.Error("max-error-rate", $"max-error-rate is a share from 0 to 1, not {rate}", "write e.g. 'max-error-rate: 0.5'");
        }

        if (options.Per is { } per && per <= TimeSpan.Zero)
        {
            check.Error("per", "per must be positive", "write e.g. 'per: 1s'");
        }
    }

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var options = expectation.OptionsAs<AvailabilityOptions>();
        var limit = options.MaxErrorRate ?? throw new ArgumentException("availability needs max-error-rate");
        var per = options.Per ?? TimeSpan.FromSeconds(1);
        var windows = new SortedDictionary<long, (int Good, int Bad)>();
        var end = input.History.Ops.Where(o => !KvFunctions.IsFinalRead(o.F)).Select(o => o.Time).DefaultIfEmpty().Max();
        foreach (var (invoke, completedAt, outcome) in Operations.Of(input.History.Ops, f => !KvFunctions.IsFinalRead(f)))
        {
            var (invoked, completed, ok) = (invoke.Time, completedAt ?? end, outcome == OpType.Ok);
            for (var window = invoked.Ticks / per.Ticks; window <= completed.Ticks / per.Ticks; window++)
            {
                var (good, bad) = windows.GetValueOrDefault(window);
                var succeeded = ok && window == completed.Ticks / per.Ticks;
                windows[window] = succeeded ? (good + 1, bad) : (good, bad + 1);
            }
        }

        var rates = windows.Select(w => (Start: TimeSpan.FromTicks(w.Key * per.Ticks), Rate: (double)w.Value.Bad / (w.Value.Good + w.Value.Bad))).ToList();
        var empty = Empty(windows.Keys);
        var worst = rates.Count == 0 ? (Start: TimeSpan.Zero, Rate: 1.0) : rates.MaxBy(r => r.Rate);
        var evidence = new Dictionary<string, object?>
        {
            ["max-error-rate"] = limit,
            ["window-seconds"] = per.TotalSeconds,
            ["worst-error-rate"] = Math.Round(worst.Rate, 4),
            ["worst-window-at-seconds"] = worst.Start.TotalSeconds,
            ["windows"] = rates.Count,
            ["windows-over-limit"] = rates.Count(r => r.Rate > limit),
            ["windows-without-operations"] = empty.Count,
        };
        if (rates.Count == 0)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Unknown, "no operation in any window: nothing to judge availability by", evidence);
        }

        if (worst.Rate > limit)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Failed, $"{worst.Rate:P1} of operations failed in the {Durations.Format(per)} window at {At(worst.Start)} (limit {limit:P1})", evidence);
        }

        return empty.Count > 0
            ? new Verdict(expectation.ToString(), VerdictStatus.Unknown, Unjudged(empty, per), evidence)
            : new Verdict(expectation.ToString(), VerdictStatus.Passed, $"worst {Durations.Format(per)} window had {worst.Rate:P1} errors (limit {limit:P1})", evidence);
    }

    /// <summary>The windows between the first and the last that no operation was in.</summary>
    private static List<long> Empty(SortedDictionary<long, (int Good, int Bad)>.KeyCollection windows)
    {
        var empty = new List<long>();
        long? previous = null;
        foreach (var window in windows)
        {
            for (var gap = previous + 1 ?? window; gap < window; gap++)
            {
                empty.Add(gap);
            }

            previous = window;
        }

        return empty;
    }

    /// <summary>"no operation in the 1s window at +3s: ...", naming the first three such windows.</summary>
    private static string Unjudged(List<long> empty, TimeSpan per)
    {
        var which = empty.Count == 1 ? $"the {Durations.Format(per)} window" : $"{empty.Count} {Durations.Format(per)} windows";
        var at = string.Join(", ", empty.Take(3).Select(w => At(TimeSpan.FromTicks(w * per.Ticks)))) + (empty.Count > 3 ? ", ..." : string.Empty);
        return $"no operation in {which} at {at}: nothing to judge availability by there; raise the workload's rate or widen 'per'";
    }

    private static string At(TimeSpan start) => $"+{Durations.Format(TimeSpan.FromMilliseconds(Math.Round(start.TotalMilliseconds)))}";
}
