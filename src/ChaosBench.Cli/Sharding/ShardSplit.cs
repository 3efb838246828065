namespace ChaosBench.Cli.Sharding;

/// <summary>
/// Splits scenario files into shards, the same way on every machine: no hashing, no randomness, only the files'
/// names and the recorded durations. Longest first onto the least-loaded shard (LPT); a file without a record
/// weighs the median of those with one, so with no records at all the split is a round robin in name order.
/// </summary>
internal static class ShardSplit
{
    /// <summary>What a file weighs when no file has a record: any equal weight gives the round robin.</summary>
    private static readonly TimeSpan Uniform = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The files of each of <paramref name="count"/> shards, each file in exactly one. Files are compared by
    /// ordinal name, so the order they are given in does not matter; duplicates count once.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Split(IEnumerable<string> files, int count, IReadOnlyDictionary<string, TimeSpan> durations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var distinct = files.Distinct(StringComparer.Ordinal).ToList();
        var fallback = Fallback(distinct, durations) ?? Uniform;
        var shards = Enumerable.Range(0, count).Select(_ => new List<string>()).ToList();
        var loads = new TimeSpan[count];
        foreach (var file in distinct.OrderByDescending(f => durations.GetValueOrDefault(f, fallback)).ThenBy(f => f, StringComparer.Ordinal))
        {
            // Ties go to the lowest shard: Array.IndexOf finds the first of equal minima.
            var least = Array.IndexOf(loads, loads.Min());
            shards[least].Add(file);
            loads[least] += durations.GetValueOrDefault(file, fallback);
        }

        return shards.Select(s => (IReadOnlyList<string>)s.Order(StringComparer.Ordinal).ToList()).ToList();
    }

    /// <summary>What a file without a record is assumed to take, given the records of <paramref name="files"/>; null when none has one.</summary>
    public static TimeSpan? Fallback(IEnumerable<string> files, IReadOnlyDictionary<string, TimeSpan> durations) =>
        Median(files.Distinct(StringComparer.Ordinal).Where(durations.ContainsKey).Select(f => durations[f]).ToList());

    private static TimeSpan? Median(List<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
