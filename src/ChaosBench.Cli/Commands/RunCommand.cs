using System.CommandLine;
using ChaosBench.Cli.Sharding;
using ChaosBench.Hosting;
using ChaosBench.Model.Records;
using ChaosBench.Reports;
using ChaosBench.Runner;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench run FILES|DIRS [--seed N] [--out DIR] [--keep-on-failure] [--image REF=FILE.tar]... [--pull] [--shard I/N [--durations PATH]]</c>.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("scenarios") { Description = "Scenario files, or folders searched for *.yaml.", Arity = ArgumentArity.OneOrMore };
        var seed = new Option<long?>("--seed") { Description = "The seed for every random choice (default: the scenario's, else a fresh one; always printed)." };
        var output = new Option<string>("--out") { Description = "Where run folders go.", DefaultValueFactory = _ => RunFolder.DefaultBase };
        var keep = new Option<bool>("--keep-on-failure") { Description = "Leave the containers, networks and volumes of a failed run up for inspection." };
        var images = ImageArguments.CreateOption();
        var pull = new Option<bool>("--pull") { Description = "Pull an image that is neither on the engine nor given as a tarball from its registry. Off by default: a run never reaches the network by itself." };
        var shards = new ShardArguments();
        var run = new Command("run", "Run scenarios against real products; write run.json, history, JUnit, Markdown and HTML reports.") { paths, seed, output, keep, images, pull };
        shards.AddTo(run);
        run.SetAction((parse, ct) =>
        {
            var selection = shards.Load(parse, parse.GetValue(paths)!, Console.Error);
            var errors = new List<string>();
            var options = ImageArguments.Parse(parse.GetValue(images) ?? [], errors);
            if (selection is not null)
            {
                errors.AddRange(ImageArguments.Unused(selection.All, options));
                errors.AddRange(ExternalArguments.Missing(selection.Chosen, Environment.GetEnvironmentVariable));
            }

            // Before the engine is even asked: nothing starts for a run that cannot get what it needs.
            errors.ForEach(Console.Error.WriteLine);
            if (selection is null || errors.Count > 0)
            {
                return Task.FromResult(ExitCodes.Invalid);
            }

            var scenarios = selection.Chosen;
            if (scenarios.Count == 0)
            {
                // An empty shard still leaves its --out folder, so that merging every shard's folder just works.
                Directory.CreateDirectory(parse.GetValue(output)!);
                return Task.FromResult(ExitCodes.Passed);
            }

            return Cli.RunAsync(async harness =>
            {
                // A tarball the run would need and cannot read stops every scenario before the first starts.
                using var lookup = new EngineImageLookup(harness.Engine);
                var missing = await ImageArguments.MissingAsync(scenarios, options, lookup, parse.GetValue(pull), ct);
                if (missing.Count > 0)
                {
                    missing.ForEach(Console.Error.WriteLine);
                    return ExitCodes.Invalid;
                }

                var environment = await HarnessBuild.DescribeAsync(harness.Engine, ct);
                var outcomes = new List<Outcome>();
                foreach (var scenario in scenarios)
                {
                    var settings = new RunSettings
                    {
                        Seed = parse.GetValue(seed),
                        KeepOnFailure = parse.GetValue(keep),
                        Environment = environment,
                        Tarballs = ImageArguments.Of(scenario, options).ToDictionary(t => t.Key, t => t.Value.Shown),
                        Pull = parse.GetValue(pull),
                    };
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
