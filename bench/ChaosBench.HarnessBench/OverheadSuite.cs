namespace ChaosBench.HarnessBench;

/// <summary>
/// Goal 2: the harness's wall time for kill-member against a hand-written docker CLI + etcdctl script doing the same
/// steps, interleaved trial by trial so drift on a shared machine falls on all alike. Goal: harness ≤ 0.5× script.
/// </summary>
internal static class OverheadSuite
{
    private const string Scenario = "scenarios/etcd/kill-member.yaml";
    private const string Like = "bench/scenarios/kill-member-100.yaml";

    public static async Task RunAsync(Cli cli, string evidence, int trials, TextWriter output, CancellationToken ct)
    {
        var times = new Dictionary<string, List<double>> { ["script"] = [], ["like"] = [], ["scenario"] = [] };
        using var log = File.CreateText(Path.Combine(evidence, "trials.tsv"));
        await log.WriteLineAsync("trial\tvariant\twall_s\texit\tevidence");
        for (var t = 1; t <= trials; t++)
        {
            var script = await Proc.RunAsync("bash", [Path.Combine(cli.Repo, "bench/scripts/kill-member.sh"), "100"], null, ct);
            if (script.ExitCode != 0)
            {
                throw new BenchFailedException($"bench/scripts/kill-member.sh exited {script.ExitCode}:\n{Cli.Tail(script.Stderr)}");
            }

            times["script"].Add(script.Wall.TotalSeconds);
            await log.WriteLineAsync($"{t}\tscript\t{script.Wall.TotalSeconds.F("0.000")}\t0\t{script.Stdout.Trim()}");
            foreach (var (variant, file) in new[] { ("like", Like), ("scenario", Scenario) })
            {
                var folder = Path.Combine(evidence, $"{variant}-{t}");
                var (proc, records) = await cli.RunScenariosAsync([file], folder, 7 + t, ct);
                Cli.ExpectPassed(records, proc);
                times[variant].Add(proc.Wall.TotalSeconds);
                var ops = records[0]["historySummary"]?.ToJsonString() ?? "{}";
                await log.WriteLineAsync($"{t}\t{variant}\t{proc.Wall.TotalSeconds.F("0.000")}\t{proc.ExitCode}\t{records[0]["folder"]} {ops}");
            }
        }

        var baseline = times["script"].Median();
        output.WriteLine("### Scenario overhead (goal: harness wall ≤ 0.5× the script's)\n");
        output.WriteLine("| variant | what it does | trials | median s | best s | × script |");
        output.WriteLine("|---|---|---|---|---|---|");
        Row(output, "script", "`bench/scripts/kill-member.sh 100`: 3 members, 100 sequential `docker exec etcdctl put`, `docker kill -s KILL`, `docker start`, wait healthy, 100 `etcdctl get` through the restarted member", times["script"], baseline);
        Row(output, "harness, like for like", $"`chaosbench run {Like}`: 3 members, 3 clients at 20/s together for 5 s (about 100 puts), SIGKILL at 1 s, start at 1.2 s, final read of every key, run folder with reports", times["like"], baseline);
        Row(output, "harness, kill-member.yaml", $"`chaosbench run {Scenario}`: 3 members, 4 clients at 200/s for 15 s (about 3000 puts), SIGKILL at 5 s, start at 8 s, final read of every key, reports", times["scenario"], baseline);
        var ratio = times["like"].Median() / baseline;
        output.WriteLine($"\nLike for like: harness / script = {ratio.F()} (goal ≤ 0.50): **{Extensions.Goal(ratio <= 0.5)}**. " +
            $"kill-member.yaml as written: {(times["scenario"].Median() / baseline).F()}× (its 15 s of load is fixed by the scenario). Evidence: `{Path.GetRelativePath(cli.Repo, evidence)}`.\n");
    }

    private static void Row(TextWriter output, string name, string what, List<double> times, double baseline) =>
        output.WriteLine($"| {name} | {what} | {times.Count} | {times.Median().F()} | {times.Min().F()} | {(times.Median() / baseline).F()} |");
}
