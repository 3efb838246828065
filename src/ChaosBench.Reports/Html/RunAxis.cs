using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;

namespace ChaosBench.Reports.Html;

/// <summary>The run's time axis: how long it is, and which timeline entries are faults or repairs.</summary>
internal sealed record RunAxis(TimeSpan Length)
{
    /// <summary>Long enough to hold everything recorded, even when <see cref="RunRecord.Elapsed"/> was never set.</summary>
    public static RunAxis Of(ReportInput input)
    {
        var run = input.Run;
        var ends = new List<TimeSpan> { run.Elapsed, TimeSpan.FromMilliseconds(1) };
        ends.AddRange(run.Phases.Select(p => p.End));
        ends.AddRange(run.Timeline.Select(t => t.Time));
        ends.AddRange(input.History.Ops.Select(o => o.Time));
        return new RunAxis(ends.Max());
    }

    /// <summary>How the entry is drawn: as its fault kind's <see cref="IFaultKind.Marker"/>; other entries are not markers.</summary>
    public static ReportMarker MarkerOf(TimelineEntry entry, Vocabulary kinds) => kinds.Faults.Find(entry.Kind)?.Marker ?? ReportMarker.None;

    /// <summary>A tick step of 1, 2 or 5 times a power of ten giving at most ten ticks.</summary>
    public double TickSeconds()
    {
        for (var power = 0.001; ; power *= 10)
        {
            foreach (var multiple in (int[])[1, 2, 5])
            {
                if (Length.TotalSeconds / (multiple * power) <= 10)
                {
                    return multiple * power;
                }
            }
        }
    }
}
