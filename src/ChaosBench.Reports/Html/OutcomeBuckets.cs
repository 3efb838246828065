using ChaosBench.Model.History;

namespace ChaosBench.Reports.Html;

/// <summary>How many operations completed ok, failed or ended indeterminate in one slice of the run.</summary>
internal sealed record OutcomeBucket(TimeSpan Start, TimeSpan End, int Ok, int Fail, int Info)
{
    public int Total => Ok + Fail + Info;
}

/// <summary>Slices the run into equal buckets and counts the completions in each: the shape of availability over time.</summary>
internal static class OutcomeBuckets
{
    /// <param name="ops">The history; invocations are skipped, only completions say how an operation went, and the reads after recovery are evidence, not load.</param>
    /// <param name="runLength">The length of the axis.</param>
    /// <param name="count">How many buckets.</param>
    public static IReadOnlyList<OutcomeBucket> Of(IEnumerable<Op> ops, TimeSpan runLength, int count)
    {
        var ok = new int[count];
        var fail = new int[count];
        var info = new int[count];
        foreach (var op in ops.Where(o => !KvFunctions.IsFinalRead(o.F)))
        {
            var slot = Math.Clamp((int)(op.Time / runLength * count), 0, count - 1);
            var counts = op.Type switch
            {
                OpType.Ok => ok,
                OpType.Fail => fail,
                OpType.Info => info,
                _ => null,
            };
            if (counts is not null)
            {
                counts[slot]++;
            }
        }

        return [.. Enumerable.Range(0, count).Select(i => new OutcomeBucket(runLength * i / count, runLength * (i + 1) / count, ok[i], fail[i], info[i]))];
    }
}
