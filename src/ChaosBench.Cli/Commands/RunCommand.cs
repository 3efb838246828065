using System.CommandLine;
using ChaosBench.Model.Records;
using ChaosBench.Reports;
using ChaosBench.Runner;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench run FILES|DIRS [--seed N] [--out DIR] [--keep-on-failure]</c>.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("scenarios") { Description = "Scenario files, or folders searched for *.yaml.", Arity = ArgumentArity.OneOrMore };
        var seed = new Option<long?>("--seed") { Description = "The seed for every random choice (default: the scenario's, else a fresh one; always printed)." };
        var output = new Option<string>("--out") { Description = "Where run folders go.", DefaultValueFactory = _ => RunFolder.DefaultBase };
        var keep = new Option<bool>("--keep-on-failure") { Description = "Leave the containers, networks and volumes of a failed run up for inspection." };
        var run = new Command("run", "Run scenarios against real products; write run.json, history, JUnit, Markdown and HTML reports.") { paths, seed, output, keep };
        run.SetAction((parse, ct) =>
        {
            var scenarios = ScenarioArguments.Load(parse.GetValue(paths)!);
            if (scenarios is null)
            {
                return Task.FromResult(ExitCodes.Invalid);
            }

            return Cli.RunAsync(async harness =>
            {
                var environment = await HarnessBuild.DescribeAsync(harness.Engine, ct);
                var outcomes = new List<Outcome>();
                foreach (var scenario in scenarios)
                {
                    var settings = new RunSettings { Seed = parse.GetValue(seed), KeepOnFailure = parse.GetValue(keep), Environment = environment };
                    var (result, _) = await ScenarioExecution.RunAsync(harness, scenario, settings, parse.GetValue(output)!, ct);
                    outcomes.Add(result.Outcome);
                    if (result.Outcome == Outcome.Aborted)
                    {
                        break;
                    }
                }

                return ScenarioExecution.ExitCode(outcomes);
            }, ct);
        });
        return run;
    }
}
