using System.Text.RegularExpressions;

namespace ChaosBench.HarnessBench;

/// <summary>
/// Goal 5: the harness process's peak RSS during a run (VmHWM polled from <c>/proc</c>; goal &lt; 200 MiB); an image
/// built cold from a recipe (the suite's root file system cached) and the warm cache hit (goal &lt; 1 s). The image is a
/// copy of the etcd-3.4 recipe under a tag of the bench's own, so no image another run uses is removed.
/// </summary>
internal static class FootprintSuite
{
    private const string Scenario = "scenarios/etcd/kill-member.yaml";
    private const string Tag = "chaosbench/bench-etcd:3.4";

    public static async Task RunAsync(Cli cli, string evidence, int trials, TextWriter output, CancellationToken ct)
    {
        var (run, records) = await cli.RunScenariosAsync([Scenario], Path.Combine(evidence, "run"), 7, ct);
        Cli.ExpectPassed(records, run);

        var home = Path.Combine(evidence, "home");
        Directory.CreateDirectory(Path.Combine(home, "fixtures", "images"));
        var recipe = File.ReadAllText(Path.Combine(cli.Repo, "fixtures/images/etcd-3.4.yaml"));
        File.WriteAllText(Path.Combine(home, "fixtures/images/bench-etcd-3.4.yaml"), Regex.Replace(recipe, "^product: etcd$", "product: bench-etcd", RegexOptions.Multiline));
        await Proc.RunAsync("docker", ["rmi", "-f", Tag], null, ct);
        try
        {
            var cold = await BuildAsync(cli, home, ct);
            var warm = new List<double>();
            for (var t = 0; t < Math.Max(trials, 3); t++)
            {
                warm.Add((await BuildAsync(cli, home, ct)).Wall.TotalSeconds);
            }

            var peak = run.PeakRssKiB / 1024.0;
            output.WriteLine("### Footprint (goals: harness peak RSS < 200 MiB; warm image cache hit < 1 s)\n");
            output.WriteLine("| what | figure | goal |");
            output.WriteLine("|---|---|---|");
            output.WriteLine($"| harness peak RSS, `chaosbench run {Scenario}` (VmHWM of the CLI process, polled every 50 ms) | {peak.F("0")} MiB | < 200 MiB: **{Extensions.Goal(peak < 200)}** |");
            output.WriteLine($"| image build, cold (`images build` of a copy of `etcd-3.4` as `{Tag}`: bookworm root from the suite cache, apt install, import) | {cold.Wall.TotalSeconds.F()} s | — |");
            output.WriteLine($"| image build, warm cache hit (same command again; whole CLI process, median of {warm.Count}) | {warm.Median().F()} s (best {warm.Min().F()}) | < 1 s: **{Extensions.Goal(warm.Median() < 1)}** |");
            output.WriteLine($"\nThe cold figure assumes the Debian suite's root file system is cached (`~/.cache/chaosbench/suites`); a first bootstrap of a suite adds `debootstrap` (about 45 s). Evidence: `{Path.GetRelativePath(cli.Repo, evidence)}`.\n");
        }
        finally
        {
            await Proc.RunAsync("docker", ["rmi", "-f", Tag], null, CancellationToken.None);
        }
    }

    private static async Task<Proc> BuildAsync(Cli cli, string home, CancellationToken ct)
    {
        var proc = await cli.RunAsync(["images", "build", "bench-etcd-3.4"], ct, home);
        return proc.ExitCode == 0 ? proc : throw new BenchFailedException($"images build bench-etcd-3.4 exited {proc.ExitCode}:\n{Cli.Tail(proc.Stderr)}");
    }
}
