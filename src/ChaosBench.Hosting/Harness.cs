using System.Security.Cryptography;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Docker;
using ChaosBench.Images;
using ChaosBench.Model;
using ChaosBench.Network.Partitions;
using ChaosBench.PowerLoss;
using ChaosBench.Reports;
using ChaosBench.Runner;

namespace ChaosBench.Hosting;

/// <summary>
/// The composition the command line and the test integrations share: the engine, the sweeper, the image builder,
/// and running a scenario into its run folder.
/// </summary>
public sealed class Harness : IDisposable
{
    private readonly Action<string> _log;
    private readonly Action<ImageBuildStep> _buildSteps;

    private Harness(IContainerEngine engine, RecipeCatalog recipes, Action<string> log, Action<ImageBuildStep> buildSteps)
    {
        Engine = engine;
        Recipes = recipes;
        _log = log;
        _buildSteps = buildSteps;
    }

    /// <summary>The container engine every run of this harness uses.</summary>
    public IContainerEngine Engine { get; }

    /// <summary>The image recipes product images are built from: the <c>CHAOSBENCH_RECIPES</c> folders and the built-in ones; each scenario adds the <c>recipes/</c> folders near it.</summary>
    public RecipeCatalog Recipes { get; }

    /// <summary>
    /// Connects to the engine and sweeps what killed harnesses left behind (containers, networks, volumes and
    /// power-loss mounts whose owner process is gone). <paramref name="log"/> gets the sweep's and image builds' lines.
    /// </summary>
    /// <param name="recipes">The folder of built-in image recipes, usually <see cref="HarnessHome.Recipes"/>; the folders <c>CHAOSBENCH_RECIPES</c> names come before it.</param>
    /// <param name="buildSteps">Each step of an image build, for a progress bar; default none.</param>
    public static async Task<Harness> StartAsync(string recipes, Action<string> log, CancellationToken ct, Action<ImageBuildStep>? buildSteps = null)
    {
        var engine = new DockerEngine();
        try
        {
            await engine.PingAsync(ct);
            var swept = await new Sweeper(engine).RemoveOrphansAsync(ct);
            if (swept.Total > 0)
            {
                log($"chaosbench: swept what an earlier, killed run left behind: {swept}");
            }

            await SweepPartitionsAsync(engine, log, ct);

            // After the containers: a member still running on a bare mount point (its layer already gone) would
            // keep writing into the directory being removed.
            var unmounted = RunMounts.SweepOrphans();
            if (unmounted > 0)
            {
                log($"chaosbench: unmounted {unmounted} power-loss layers an earlier, killed run left behind");
            }

            return new Harness(engine, RecipeCatalog.WithVariable(recipes, Environment.GetEnvironmentVariable(RecipeFolders.Variable)), log, buildSteps ?? (_ => { }));
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The partition rules of dead runs whose containers the sweep kept (runs kept on purpose): their members would
    /// otherwise stay cut off. Rules of live runs are left alone; with no kept dead run nothing is looked into.
    /// </summary>
    private static async Task SweepPartitionsAsync(IContainerEngine engine, Action<string> log, CancellationToken ct)
    {
        var dead = (await engine.Containers.ListAsync(RunLabels.Run, ct))
            .Where(c => c.State.Running && RunOwner.FromLabels(c.Labels) is { } owner && owner.IsGone())
            .Select(c => c.Labels[RunLabels.Run]).ToHashSet();
        if (dead.Count == 0)
        {
            return;
        }

        var sweep = await new PartitionSweeper(new RunResources(engine, $"sweep-{Environment.ProcessId}")).SweepAsync(dead, ct);
        foreach (var line in sweep.Removed.Select(r => $"chaosbench: removed the partition rules of a dead run: {r}")
            .Concat(sweep.Problems.Select(p => $"chaosbench: could not sweep partition rules: {p}")))
        {
            log(line);
        }
    }

    /// <summary>Builds product images from <see cref="Recipes"/> on the engine, reporting progress to the log.</summary>
    public ImageBuilder ImageBuilder() =>
        new(Engine, Recipes, new ImageBuildOptions { Progress = line => _log($"  {line}"), Step = _buildSteps });

    /// <summary>
    /// Runs <paramref name="scenario"/> and writes its run folder under <paramref name="outDirectory"/>:
    /// <c>run.json</c>, the history, every report and each member's log.
    /// </summary>
    public async Task<ScenarioRun> RunAsync(Scenario scenario, RunSettings settings, string outDirectory, CancellationToken ct)
    {
        var runner = new ScenarioRunner(Engine, ImageBuilder());
        var result = await runner.RunAsync(scenario, settings, ct);
        var record = result.Record with { ScenarioHash = scenario.SourceFile is { } file ? HashOf(file) : null };
        var folder = RunFolder.Create(record, outDirectory);
        folder.WriteReports(record, result.History, secrets: result.Secrets, kinds: scenario.Kinds);
        foreach (var (member, log) in result.Logs)
        {
            folder.WriteLog(member, log.TrimEnd('\n').Split('\n'));
        }

        return new ScenarioRun(result with { Record = record }, folder.Location);
    }

    /// <summary>SHA-256 of a scenario file, so a replay can tell it was edited.</summary>
    public static string HashOf(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    public void Dispose() => Engine.Dispose();
}
