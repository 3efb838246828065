using System.CommandLine;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench clean</c>: removes every labelled container, network and volume, whoever made it.</summary>
internal static class CleanCommand
{
    public static Command Create()
    {
        var clean = new Command("clean", "Remove every container, network and volume any ChaosBench run created (label chaosbench.run).");
        clean.SetAction((_, ct) => Cli.RunAsync(async harness =>
        {
            var removed = await new Sweeper(harness.Engine).RemoveAllAsync(ct);
            Console.WriteLine($"removed {removed}");
            return ExitCodes.Passed;
        }, ct));
        return clean;
    }
}
