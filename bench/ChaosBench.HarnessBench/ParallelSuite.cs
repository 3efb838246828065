namespace ChaosBench.HarnessBench;

/// <summary>
/// Goal 4: four independent scenarios one after another, then <c>--parallel 4</c>, alternating; each run on its own
/// run id and networks. Goal: parallel wall ≤ 0.6× sequential, and every scenario's verdicts identical in both.
/// </summary>
internal static class ParallelSuite
{
    private const string Folder = "bench/scenarios/parallel";

    public static async Task RunAsync(Cli cli, string evidence, int trials, TextWriter output, CancellationToken ct)
    {
        var files = Directory.GetFiles(Path.Combine(cli.Repo, Folder), "*.yaml").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(cli.Repo, f)).ToList();
        var walls = new Dictionary<int, List<double>> { [1] = [], [4] = [] };
        var verdicts = new Dictionary<int, List<string>> { [1] = [], [4] = [] };
        var rss = new List<long>();
        for (var t = 1; t <= trials; t++)
        {
            foreach (var parallel in new[] { 1, 4 })
            {
                var (proc, records) = await cli.RunScenariosAsync(files, Path.Combine(evidence, $"parallel{parallel}-{t}"), 7, ct, parallel);
                Cli.ExpectPassed(records, proc);
                if (records.Count != files.Count || records.Select(r => r["runId"]!.GetValue<string>()).Distinct().Count() != files.Count)
                {
                    throw new BenchFailedException($"--parallel {parallel}: {records.Count} run folders with distinct run ids for {files.Count} scenarios");
                }

                walls[parallel].Add(proc.Wall.TotalSeconds);
                rss.Add(proc.PeakRssKiB);
                verdicts[parallel].Add(string.Join("; ", records.OrderBy(r => r["scenario"]!.GetValue<string>(), StringComparer.Ordinal)
                    .Select(r => $"{r["scenario"]}: {r["outcome"]} [{string.Join(", ", r["verdicts"]!.AsArray().Select(v => $"{v!["expectation"]}={v["status"]}"))}]")));
            }
        }

        var identical = verdicts[1].Concat(verdicts[4]).Distinct().Count() == 1;
        if (!identical)
        {
            throw new BenchFailedException($"verdicts differ between sequential and parallel runs:\n{string.Join('\n', verdicts[1].Concat(verdicts[4]).Distinct())}");
        }

        var ratio = walls[4].Median() / walls[1].Median();
        output.WriteLine("### Parallel runs (goal: `--parallel 4` wall ≤ 0.6× sequential, identical verdicts)\n");
        output.WriteLine($"{files.Count} scenarios (`{Folder}`: {string.Join(", ", files.Select(Path.GetFileNameWithoutExtension))}), seed 7, {Environment.ProcessorCount} cores.\n");
        output.WriteLine("| mode | trials | median s | best s | verdicts |");
        output.WriteLine("|---|---|---|---|---|");
        output.WriteLine($"| sequential (`--parallel 1`) | {walls[1].Count} | {walls[1].Median().F()} | {walls[1].Min().F()} | all passed |");
        output.WriteLine($"| `--parallel 4` | {walls[4].Count} | {walls[4].Median().F()} | {walls[4].Min().F()} | all passed, identical |");
        output.WriteLine($"\nParallel / sequential = {ratio.F()} (goal ≤ 0.60): **{Extensions.Goal(ratio <= 0.6)}**; verdicts identical: **met**. " +
            $"Harness peak RSS over these runs: {(rss.Max() / 1024.0).F("0")} MiB. Evidence: `{Path.GetRelativePath(cli.Repo, evidence)}`.\n");
    }
}
