using ChaosBench.Engine;
using ChaosBench.Hosting;
using ChaosBench.Images;

namespace ChaosBench.Cli;

/// <summary>Runs one command against the engine and turns what went wrong into one clear line and an exit code.</summary>
internal static class Cli
{
    public static async Task<int> RunAsync(Func<Harness, Task<int>> command, CancellationToken ct)
    {
        try
        {
            using var harness = await StartAsync(ct);
            return await command(harness);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.Error.WriteLine("chaosbench: aborted");
            return ExitCodes.Aborted;
        }
        catch (Exception e) when (e is RecipeNotFoundException or InvalidRecipeException)
        {
            return Fail(e.Message, ExitCodes.Invalid);
        }
        catch (Exception e) when (e is EngineException or ImageBuildException)
        {
            return Fail(e.Message, ExitCodes.Errored);
        }
    }

    /// <summary>Starts the harness; the installed tool first bootstraps an engine when none answers, then asks once more.</summary>
    private static async Task<Harness> StartAsync(CancellationToken ct)
    {
        try
        {
            return await Harness.StartAsync(HarnessHome.Recipes, Console.Error.WriteLine, ct);
        }
        catch (EngineUnavailableException) when (EngineBootstrap.Script is { } script)
        {
            await EngineBootstrap.RunAsync(script, ct);
            return await Harness.StartAsync(HarnessHome.Recipes, Console.Error.WriteLine, ct);
        }
    }

    public static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"chaosbench: {message}");
        return code;
    }
}
