using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Availability;

/// <summary>
/// The share of operations that failed or ended indeterminate, window by window through the run; the worst
/// window must stay within the bound. Windows in which nothing completed are skipped, not counted as good.
/// </summary>
public sealed class AvailabilityChecker : IChecker
{
    public string Kind => Model.Options.ExpectationKinds.Availability;

    public Verdict Check(Expectation expectation, CheckInput input)
    {
        var limit = expectation.MaxErrorRate ?? throw new ArgumentException("availability needs max-error-rate");
        var per = expectation.Per ?? TimeSpan.FromSeconds(1);
        var windows = new SortedDictionary<long, (int Good, int Bad)>();
        foreach (var op in input.History.Ops)
        {
            if (op.Type == OpType.Invoke || op.F == "final-read")
            {
                continue;
            }

            var window = op.Time.Ticks / per.Ticks;
            var (good, bad) = windows.GetValueOrDefault(window);
            windows[window] = op.Type == OpType.Ok ? (good + 1, bad) : (good, bad + 1);
        }

        var rates = windows.Select(w => (Start: TimeSpan.FromTicks(w.Key * per.Ticks), Rate: (double)w.Value.Bad / (w.Value.Good + w.Value.Bad))).ToList();
        var worst = rates.Count == 0 ? (Start: TimeSpan.Zero, Rate: 1.0) : rates.MaxBy(r => r.Rate);
        var evidence = new Dictionary<string, object?>
        {
            ["max-error-rate"] = limit,
            ["window-seconds"] = per.TotalSeconds,
            ["worst-error-rate"] = Math.Round(worst.Rate, 4),
            ["worst-window-at-seconds"] = worst.Start.TotalSeconds,
            ["windows"] = rates.Count,
            ["windows-over-limit"] = rates.Count(r => r.Rate > limit),
        };
        if (rates.Count == 0)
        {
            return new Verdict(expectation.ToString(), VerdictStatus.Failed, "no operation completed: availability cannot be shown", evidence);
        }

        return worst.Rate <= limit
            ? new Verdict(expectation.ToString(), VerdictStatus.Passed, $"worst {Durations.Format(per)} window had {worst.Rate:P1} errors (limit {limit:P1})", evidence)
            : new Verdict(expectation.ToString(), VerdictStatus.Failed, $"{worst.Rate:P1} of operations failed in the {Durations.Format(per)} window at +{Durations.Format(TimeSpan.FromMilliseconds(Math.Round(worst.Start.TotalMilliseconds)))} (limit {limit:P1})", evidence);
    }
}
