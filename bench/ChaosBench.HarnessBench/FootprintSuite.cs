using System.Text.RegularExpressions;

namespace ChaosBench.HarnessBench;

/// <summary>
/// Goal 5: the harness process's peak RSS during a run (VmHWM polled from <c>/proc</c>; goal &lt; 200 MiB); per Debian
/// suite, an image built cold from a recipe (the suite's root file system cached) and the warm cache hit (goal &lt; 1 s).
/// Each image is a copy of an etcd recipe under a tag of the bench's own, so no image another run uses is removed.
/// </summary>
internal static class FootprintSuite
{
    private const string Scenario = "scenarios/etcd/kill-member.yaml";
    private static readonly (string Recipe, string Suite)[] Recipes = [("etcd-3.3", "bullseye"), ("etcd-3.4", "bookworm"), ("etcd-3.5", "trixie")];

    public static async Task RunAsync(Cli cli, string evidence, int trials, TextWriter output, CancellationToken ct)
    {
        var (run, records) = await cli.RunScenariosAsync([Scenario], Path.Combine(evidence, "run"), 7, ct);
        Cli.ExpectPassed(records, run);

        var home = Path.Combine(evidence, "home");
        Directory.CreateDirectory(Path.Combine(home, "fixtures", "images"));
        var peak = run.PeakRssKiB / 1024.0;
        output.WriteLine("### Footprint (goals: harness peak RSS < 200 MiB; warm image cache hit < 1 s)\n");
        output.WriteLine("| what | figure | goal |");
        output.WriteLine("|---|---|---|");
        output.WriteLine($"| harness peak RSS, `chaosbench run {Scenario}` (VmHWM of the CLI process, polled every 50 ms) | {peak.F("0")} MiB | < 200 MiB: **{Extensions.Goal(peak < 200)}** |");
        var hits = new List<double>();
        foreach (var (recipe, suite) in Recipes)
        {
            var (cold, warm) = await ColdAndWarmAsync(cli, home, recipe, Math.Max(trials, 3), ct);
            hits.AddRange(warm);
            output.WriteLine($"| image build, cold: `images build` of a copy of `{recipe}` ({suite} root from the suite cache, apt install, import) | {cold.F()} s | — |");
            output.WriteLine($"| image build, warm cache hit: the same command again (whole CLI process, median of {warm.Count}) | {warm.Median().F()} s (best {warm.Min().F()}) | < 1 s: **{Extensions.Goal(warm.Median() < 1)}** |");
        }

        output.WriteLine($"\nSlowest warm cache hit over all suites: {hits.Max().F()} s. The cold figures assume each Debian suite's root file system is cached (`~/.cache/chaosbench/suites`); a first bootstrap of a suite adds `debootstrap` (about 45 s). Evidence: `{Path.GetRelativePath(cli.Repo, evidence)}`.\n");
    }

    /// <summary>A copy of <paramref name="recipe"/> built from nothing, then again from the cache; the times in seconds.</summary>
    private static async Task<(double Cold, List<double> Warm)> ColdAndWarmAsync(Cli cli, string home, string recipe, int trials, CancellationToken ct)
    {
        var copy = $"bench-{recipe}";
        var tag = $"chaosbench/bench-{recipe.Replace('-', ':')}";
        var text = File.ReadAllText(Path.Combine(cli.Repo, "fixtures/images", $"{recipe}.yaml"));
        File.WriteAllText(Path.Combine(home, "fixtures/images", $"{copy}.yaml"), Regex.Replace(text, "^product: etcd$", "product: bench-etcd", RegexOptions.Multiline));
        await Proc.RunAsync("docker", ["rmi", "-f", tag], null, ct);
        try
        {
            var cold = (await BuildAsync(cli, home, copy, ct)).Wall.TotalSeconds;
            var warm = new List<double>();
            for (var t = 0; t < trials; t++)
            {
                warm.Add((await BuildAsync(cli, home, copy, ct)).Wall.TotalSeconds);
            }

            return (cold, warm);
        }
        finally
        {
            await Proc.RunAsync("docker", ["rmi", "-f", tag], null, CancellationToken.None);
        }
    }

    private static async Task<Proc> BuildAsync(Cli cli, string home, string recipe, CancellationToken ct)
    {
        var proc = await cli.RunAsync(["images", "build", recipe], ct, home);
        return proc.ExitCode == 0 ? proc : throw new BenchFailedException($"images build {recipe} exited {proc.ExitCode}:\n{Cli.Tail(proc.Stderr)}");
    }
}
