using System.CommandLine;
using ChaosBench.Reports;
using ChaosBench.Reports.Certificate;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench report merge DIRS... [--out DIR]</c>: one report over the runs of many shards.</summary>
internal static class ReportCommand
{
    /// <summary>Where the merged report goes unless told otherwise, next to the run folders.</summary>
    private static readonly string DefaultOut = Path.Combine(RunFolder.DefaultBase, "merged");

    public static Command Create()
    {
        var dirs = new Argument<string[]>("runs") { Description = "Each shard's --out folder (or run folders); every run.json under them counts.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where summary.json, junit.xml and summary.md go.", DefaultValueFactory = _ => DefaultOut };
        var merge = new Command("merge", "Merge the runs of several shards into one summary.json, junit.xml and summary.md; exit as run would have.") { dirs, output };
        merge.SetAction(parse =>
        {
            var (runs, errors) = RunFolders.Read(parse.GetValue(dirs)!);
            if (errors.Count == 0 && runs.Count == 0)
            {
                errors = [$"no run.json under {string.Join(", ", parse.GetValue(dirs)!)}; fix: name the --out folders the shards ran with"];
            }

            if (errors.Count > 0)
            {
                errors.ToList().ForEach(e => Console.Error.WriteLine($"chaosbench: {e}"));
                return ExitCodes.Invalid;
            }

            try
            {
                // Shards of a version matrix merge into its certificate too, covering the run folders where they are.
                var folder = parse.GetValue(output)!;
                var written = MergedReport.Write(folder, runs, Certificate.IsMatrix(runs) ? [.. MergedReport.Default, .. Certificate.Writers(folder)] : null);
                Console.WriteLine($"merged {runs.Count} runs: {string.Join(", ", written.Select(p => p.Replace('\\', '/')))}");
            }
            catch (ReportWriteException e)
            {
                return Cli.Fail(e.Message, ExitCodes.Errored);
            }

            return ScenarioExecution.ExitCode(runs.Select(r => r.Run.Outcome));
        });
        return new Command("report", "Reports over many runs.") { merge };
    }
}
