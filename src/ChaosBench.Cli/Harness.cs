using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Docker;
using ChaosBench.Images;
using ChaosBench.PowerLoss;

namespace ChaosBench.Cli;

/// <summary>The composition root: wires the engine, the image builder and the sweeper for one command.</summary>
internal sealed class Harness : IDisposable
{
    private Harness(IContainerEngine engine)
    {
        Engine = engine;
    }

    public IContainerEngine Engine { get; }

    public RecipeCatalog Recipes { get; } = new(HarnessHome.Recipes);

    /// <summary>Connects to the engine and sweeps what killed harnesses left behind.</summary>
    public static async Task<Harness> StartAsync(CancellationToken ct)
    {
        var engine = new DockerEngine();
        try
        {
            await engine.PingAsync(ct);
            var unmounted = RunMounts.SweepOrphans();
            if (unmounted > 0)
            {
                Console.Error.WriteLine($"chaosbench: unmounted {unmounted} power-loss layers an earlier, killed run left behind");
            }

            var swept = await new Sweeper(engine).RemoveOrphansAsync(ct);
            if (swept.Total > 0)
            {
                Console.Error.WriteLine($"chaosbench: swept what an earlier, killed run left behind: {swept}");
            }

            return new Harness(engine);
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    public ImageBuilder ImageBuilder() =>
        new(Engine, Recipes, new ImageBuildOptions { Progress = line => Console.Error.WriteLine($"  {line}") });

    public void Dispose() => Engine.Dispose();
}
