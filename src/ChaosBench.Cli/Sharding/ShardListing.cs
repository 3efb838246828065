using ChaosBench.Model;

namespace ChaosBench.Cli.Sharding;

/// <summary>Says which files a shard takes and what each is expected to take, so a slow shard can be explained.</summary>
internal static class ShardListing
{
    public static void Write(TextWriter output, Shard shard, IReadOnlyList<string> all, IReadOnlyList<string> mine, IReadOnlyDictionary<string, TimeSpan> durations)
    {
        var total = all.Distinct(StringComparer.Ordinal).Count();
        var fallback = ShardSplit.Fallback(all, durations);
        var basis = fallback is null ? "split by name" : $"balanced by {all.Distinct(StringComparer.Ordinal).Count(durations.ContainsKey)} recorded durations";
        if (mine.Count == 0)
        {
            output.WriteLine($"shard {shard}: no scenario file ({total} {(total == 1 ? "file" : "files")} for {shard.Count} shards); nothing to do");
            return;
        }

        output.WriteLine($"shard {shard}: {mine.Count} of {total} scenario files, {basis}");
        foreach (var file in mine)
        {
            var expected = durations.TryGetValue(file, out var recorded) ? $" ({Durations.Format(recorded)} recorded)"
                : fallback is { } assumed ? $" ({Durations.Format(assumed)} assumed, no record)"
                : string.Empty;
            output.WriteLine($"  {file}{expected}");
        }
    }
}
