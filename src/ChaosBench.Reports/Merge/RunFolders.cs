using ChaosBench.Reports.Json;

namespace ChaosBench.Reports.Merge;

/// <summary>Finds and reads back run folders (those holding a <c>run.json</c>) under paths the user names.</summary>
public static class RunFolders
{
    /// <summary>The <c>run.json</c> files at or under <paramref name="path"/> in name order; none when nothing is there.</summary>
    public static IReadOnlyList<string> Records(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "run.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
        : File.Exists(path) ? [path]
        : [];

    /// <summary>
    /// Every run under <paramref name="paths"/>, one per scenario, ordered by scenario. A path that does not exist,
    /// a file that is no run record and a scenario that ran twice are errors; all of them come back together.
    /// </summary>
    public static (IReadOnlyList<MergedRun> Runs, IReadOnlyList<string> Errors) Read(IEnumerable<string> paths)
    {
        var runs = new List<MergedRun>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                errors.Add($"no folder '{path}'; fix: name each shard's --out folder");
                continue;
            }

            foreach (var record in Records(path))
            {
                try
                {
                    runs.Add(new MergedRun(RunRecordJson.Read(record), Path.GetDirectoryName(record)!));
                }
                catch (InvalidDataException e)
                {
                    errors.Add(e.Message);
                }
            }
        }

        errors.AddRange(runs.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g =>
            $"{g.Key} ran more than once: {string.Join(", ", g.Select(r => r.RecordPath))}; fix: give each shard a fresh --out, or remove the runs that should not count"));
        var ordered = runs.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Run.Scenario, StringComparer.Ordinal).ToList();
        return (ordered, errors);
    }
}
