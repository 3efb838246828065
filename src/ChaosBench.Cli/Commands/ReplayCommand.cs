using System.CommandLine;
using ChaosBench.Cli.Styling;
using ChaosBench.Hosting;
using ChaosBench.Hosting.Extensions;
using ChaosBench.Model.Records;
using ChaosBench.Reports;
using ChaosBench.Reports.Json;
using ChaosBench.Runner;
using ChaosBench.Scenarios;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench replay RUN.json</c>: the same scenario, seed, schedule and image ids again; says whether the verdicts match.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var recordPath = new Argument<string>("run") { Description = "A run.json written by an earlier run." };
        var output = new Option<string>("--out") { Description = "Where the replay's run folder goes.", DefaultValueFactory = _ => RunFolder.DefaultBase };
        var allowHost = AllowHostOption.Create();
        var replay = new Command("replay", "Re-run a recorded run with the same seed, schedule and image ids; exit 0 when the verdicts match.") { recordPath, output, allowHost };
        replay.SetAction((parse, ct) => Cli.RunAsync(async harness =>
        {
            var recorded = RunRecordJson.Read(parse.GetValue(recordPath)!);
            if (recorded.ScenarioFile is not { } file || !File.Exists(file))
            {
                return Cli.Fail($"the recorded scenario file '{recorded.ScenarioFile}' is not here; fix: replay from the folder the run was started in", ExitCodes.Invalid);
            }

            if (recorded.ScenarioHash is { } hash && Harness.HashOf(file) != hash)
            {
                return Cli.Fail($"{file} changed since the recorded run; fix: check out the version it ran, or run it afresh", ExitCodes.Invalid);
            }

            // A matrix file holds several scenarios: the one replayed is the expansion the record names.
            IReadOnlyList<Model.Scenario> scenarios;
            try
            {
                // A record saying the run had --allow-host grants nothing: whoever replays it says so again.
                scenarios = Vocabularies.LoaderFor(file, parse.GetValue(allowHost)).LoadAll(file);
            }
            catch (ScenarioLoadException e)
            {
                e.Errors.ToList().ForEach(Console.Error.WriteLine);
                return ExitCodes.Invalid;
            }
            catch (ExtensionException e)
            {
                return Cli.Fail(e.Message, ExitCodes.Invalid);
            }

            if (scenarios.FirstOrDefault(s => s.Name == recorded.Scenario) is not { } scenario)
            {
                return Cli.Fail($"{file} has no scenario '{recorded.Scenario}' any more; fix: check out the version it ran", ExitCodes.Invalid);
            }

            // The plan's faults are read with the kinds the scenario is read with, its extensions' too.
            var plan = RunRecordJson.Read(parse.GetValue(recordPath)!, scenario.Kinds).Plan;
            var settings = new RunSettings
            {
                Plan = plan,
                PinnedImages = recorded.Images.ToDictionary(i => i.Reference, i => i.Id),
                Environment = await HarnessBuild.DescribeAsync(harness.Engine, ct),
                Tarballs = ImageArguments.Of(scenario, new Dictionary<string, string>()).ToDictionary(t => t.Key, t => t.Value.Shown),
                AllowHost = parse.GetValue(allowHost),
            };
            var (result, _) = await ScenarioExecution.RunAsync(harness, scenario, settings, parse.GetValue(output)!, ct);
            return Compare(recorded with { Plan = plan }, result.Record);
        }, ct, live: true));
        return replay;
    }

    private static int Compare(RunRecord recorded, RunRecord replayed)
    {
        var schedule = recorded.Plan?.Describe() == replayed.Plan?.Describe();
        var verdicts = recorded.Verdicts.Select(v => (v.Expectation, v.Status)).SequenceEqual(replayed.Verdicts.Select(v => (v.Expectation, v.Status)));
        var same = schedule && verdicts && recorded.Outcome == replayed.Outcome;
        LiveBoard.WriteOut($"replay of {recorded.RunId} (seed {recorded.Seed}): schedule {(schedule ? "identical" : "DIFFERS")}, outcome {Lower(recorded.Outcome)} → {Lower(replayed.Outcome)}");
        foreach (var (before, after) in recorded.Verdicts.Zip(replayed.Verdicts))
        {
            LiveBoard.WriteOut($"  {before.Expectation}: {Lower(before.Status)} → {Lower(after.Status)}");
        }

        LiveBoard.WriteOut(same ? "verdicts match" : "verdicts DIFFER");
        return same ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static string Lower<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();
}
