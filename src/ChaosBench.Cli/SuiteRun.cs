using System.CommandLine;
using ChaosBench.Cli.Sharding;
using ChaosBench.Cli.Styling;
using ChaosBench.Hosting;
using ChaosBench.Model.Records;
using ChaosBench.Runner;

namespace ChaosBench.Cli;

/// <summary>
/// The options and the loop that <c>run</c> and <c>certify</c> share: check what every scenario needs before the
/// engine starts anything, then run them, one at a time or up to <c>--parallel N</c> at once, into one output folder.
/// </summary>
internal sealed class SuiteRun
{
    private readonly Option<long?> _seed = new("--seed") { Description = "The seed for every random choice (default: the scenario's, else a fresh one; always printed)." };
    private readonly Option<bool> _keep = new("--keep-on-failure") { Description = "Leave the containers, networks and volumes of a failed run up for inspection." };
    private readonly Option<string[]> _images = ImageArguments.CreateOption();
    private readonly Option<bool> _pull = new("--pull") { Description = "Pull an image that is neither on the engine nor given as a tarball from its registry. Off by default: a run never reaches the network by itself." };
    private readonly Option<bool> _allowHost = AllowHostOption.Create();
    private readonly Option<int> _parallel = new("--parallel") { Description = "Run up to N scenarios at once, each on its own networks and in its own run folder; console lines carry the scenario's name.", DefaultValueFactory = _ => 1 };

    public void AddTo(Command command)
    {
        command.Options.Add(_seed);
        command.Options.Add(_keep);
        command.Options.Add(_images);
        command.Options.Add(_pull);
        command.Options.Add(_parallel);
        command.Options.Add(_allowHost);
    }

    /// <summary>Whether the scenarios are to be loaded and run with <c>--allow-host</c>.</summary>
    public bool AllowHost(ParseResult parse) => parse.GetValue(_allowHost);

    /// <summary>Runs <paramref name="selection"/>'s chosen scenarios into <paramref name="output"/>; the exit code of the worst outcome.</summary>
    public Task<int> RunAsync(ParseResult parse, ScenarioSelection? selection, string output, CancellationToken ct)
    {
        var errors = new List<string>();
        var parallel = parse.GetValue(_parallel);
        if (parallel < 1)
        {
            errors.Add($"chaosbench: --parallel {parallel} must be at least 1; fix: --parallel 1 runs the scenarios one after another, --parallel 4 up to four at once");
        }

        var options = ImageArguments.Parse(parse.GetValue(_images) ?? [], errors);
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
            Directory.CreateDirectory(output);
            return Task.FromResult(ExitCodes.Passed);
        }

        return Cli.RunAsync(async harness =>
        {
            // A tarball the run would need and cannot read stops every scenario before the first starts.
            using var lookup = new EngineImageLookup(harness.Engine);
            var missing = await ImageArguments.MissingAsync(scenarios, options, lookup, parse.GetValue(_pull), ct);
            if (missing.Count > 0)
            {
                missing.ForEach(LiveBoard.WriteError);
                return ExitCodes.Invalid;
            }

            var environment = await HarnessBuild.DescribeAsync(harness.Engine, ct);
            var outcomes = await ParallelRuns.RunAsync(scenarios, parallel, async scenario =>
            {
                var settings = new RunSettings
                {
                    Seed = parse.GetValue(_seed),
                    KeepOnFailure = parse.GetValue(_keep),
                    Environment = environment,
                    Tarballs = ImageArguments.Of(scenario, options).ToDictionary(t => t.Key, t => t.Value.Shown),
                    Pull = parse.GetValue(_pull),
                    AllowHost = AllowHost(parse),
                };
                var (result, _) = await ScenarioExecution.RunAsync(harness, scenario, settings, output, ct, prefixed: parallel > 1);
                return result.Outcome;
            }, (scenario, e) => LiveBoard.WriteError($"{(parallel > 1 ? $"{scenario.Name} | " : string.Empty)}chaosbench: {scenario.Name}: errored: {Cli.Describe(e)}"), ct);

            return ScenarioExecution.ExitCode(outcomes);
        }, ct, live: true);
    }
}
