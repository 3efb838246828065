using ChaosBench.Reports.Json;

namespace ChaosBench.Reports.Merge;

/// <summary>How long each scenario file took in earlier runs, read from <c>run.json</c> and merged <c>summary.json</c> files.</summary>
public static class RecordedDurations
{
    /// <summary>
    /// Each scenario file's duration (as its record names the file), from <paramref name="path"/>: a run folder, a
    /// folder of them, a merged report folder, or one <c>run.json</c> / <c>summary.json</c>. Where a file ran
    /// more than once, its latest record counts; a matrix file's is the sum of its expansions' latest.
    /// </summary>
    /// <exception cref="InvalidDataException">A file is neither; the message names it.</exception>
    public static IReadOnlyDictionary<string, TimeSpan> Read(string path)
    {
        var found = new List<(string File, string Scenario, DateTimeOffset? At, TimeSpan Elapsed)>();
        foreach (var record in RunFolders.Records(path).Where(p => Path.GetFileName(p) == "run.json"))
        {
            var run = RunRecordJson.Read(record);
            if (run.ScenarioFile is { } file)
            {
                found.Add((file, run.Scenario, run.StartedAt, run.Elapsed));
            }
        }

        foreach (var summary in Summaries(path))
        {
            found.AddRange(SummaryJsonWriter.Read(summary).Runs.Where(r => r.ScenarioFile is not null).Select(r => (r.ScenarioFile!, r.Scenario, (DateTimeOffset?)null, r.Elapsed)));
        }

        // A run record knows when it ran; a summary's entries do not, so they count as oldest. A matrix file is
        // sharded whole, so it weighs what all its expansions took together.
        return found.GroupBy(f => (f.File, f.Scenario)).Select(g => g.MaxBy(f => f.At ?? DateTimeOffset.MinValue))
            .GroupBy(f => f.File).ToDictionary(g => g.Key, g => g.Aggregate(TimeSpan.Zero, (sum, f) => sum + f.Elapsed));
    }

    private static IEnumerable<string> Summaries(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "summary.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : Path.GetFileName(path) == "summary.json" ? [path]
        : [];
}
