using ChaosBench.Engine;
using ChaosBench.Hosting;
using ChaosBench.Images;
using ChaosBench.Cli.Styling;

namespace ChaosBench.Cli;

/// <summary>Runs one command against the engine and turns what went wrong into one clear line and an exit code.</summary>
internal static class Cli
{
    /// <param name="live">Show the <see cref="LiveBoard"/> while the command runs (runs and image builds), where colours are wanted.</param>
    public static async Task<int> RunAsync(Func<Harness, Task<int>> command, CancellationToken ct, bool live = false)
    {
        try
        {
            // Gone before any error line below is printed, so that the line is not drawn over.
            using var board = live ? LiveBoard.Start(Environment.GetEnvironmentVariable) : null;
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Errored(e);
        }
    }

    /// <summary>
    /// Anything else that escapes a command is the harness's or its environment's failure (a full disk under
    /// <c>--out</c>, an unwritable folder), never the product's: one line and exit 3, not System.CommandLine's exit 1.
    /// </summary>
    public static int Errored(Exception e) =>
        Fail($"errored: {Describe(e)}; fix: this is no verdict about the product; correct what the message names and run again", ExitCodes.Errored);

    /// <summary>The exception's kind and message on one line; an aggregate of one is that one.</summary>
    public static string Describe(Exception e) => e switch
    {
        AggregateException { InnerExceptions: [var only] } => Describe(only),
        _ => $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}",
    };

    /// <summary>Starts the harness; the installed tool first bootstraps an engine when none answers, then asks once more.</summary>
    private static async Task<Harness> StartAsync(CancellationToken ct)
    {
        try
        {
            return await Harness.StartAsync(HarnessHome.Recipes, LiveBoard.WriteError, ct, BuildStep);
        }
        catch (EngineUnavailableException) when (EngineBootstrap.Script is { } script)
        {
            await EngineBootstrap.RunAsync(script, ct);
            return await Harness.StartAsync(HarnessHome.Recipes, LiveBoard.WriteError, ct, BuildStep);
        }
    }

    private static void BuildStep(ImageBuildStep step) => LiveBoard.Current?.BuildStep(step);

    public static int Fail(string message, int code)
    {
        var line = $"chaosbench: {message}";
        ConsoleStyle.WriteLine(Console.Error, ConsoleStyle.For(Console.Error), line, ConsoleStyle.Error(line));
        return code;
    }
}
