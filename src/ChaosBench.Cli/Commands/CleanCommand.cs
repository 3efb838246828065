using System.CommandLine;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Cli.Commands;

/// <summary>
/// <c>chaosbench clean</c>: removes the runs whose owner process is dead (kept runs included), leaving live runs and
/// other hosts' alone; <c>--all</c> removes every run, asking first on a terminal (<c>--yes</c> in scripts).
/// </summary>
internal static class CleanCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Remove every run's objects, live ones and other hosts' included (asks on a terminal)." };
        var yes = new Option<bool>("--yes") { Description = "With --all: do not ask (for scripts)." };
        var clean = new Command("clean", "Remove the containers, networks and volumes of ChaosBench runs whose harness process is dead (label chaosbench.run); --all for every run.")
        {
            all,
            yes,
        };
        clean.SetAction((result, ct) =>
        {
            var everything = result.GetValue(all);
            if (everything && !result.GetValue(yes) && !Confirmed())
            {
                return Task.FromResult(Cli.Fail("clean --all: not confirmed; fix: answer y, or pass --yes in scripts", ExitCodes.Aborted));
            }

            return Cli.RunAsync(async harness =>
            {
                var sweeper = new Sweeper(harness.Engine);
                var removed = everything ? await sweeper.RemoveAllAsync(ct) : await sweeper.RemoveDeadAsync(ct);
                Console.WriteLine($"removed {removed}");
                return removed.Failures.Count == 0 ? ExitCodes.Passed : ExitCodes.Errored;
            }, ct);
        });
        return clean;
    }

    /// <summary>Asks on a terminal; without one (a script that forgot --yes) nothing is removed.</summary>
    private static bool Confirmed()
    {
        if (Console.IsInputRedirected)
        {
            return false;
        }

        Console.Error.Write("Remove every ChaosBench run's containers, networks and volumes, including runs in progress and other hosts'? [y/N] ");
        return Console.ReadLine()?.Trim().ToLowerInvariant() is "y" or "yes";
    }
}
