using ChaosBench.Hosting;
using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.NUnit;
using ChaosBench.QaSample.Kinds.MariaDbKv;
using ChaosBench.QaSample.Kinds.WriteLatency;

namespace ChaosBench.QaSample;

/// <summary>
/// The team's own kinds (<c>Kinds/</c>: <c>mariadb-kv</c> and <c>mariadb-append</c> workloads and a <c>write-latency</c> checker) against MariaDB
/// from the team's own recipe (<c>mariadb/recipes</c>): from the YAML folder, whose <c>chaosbench.json</c> names the
/// kinds' assembly, and from C#, where the kinds go into the vocabulary the builder checks against.
/// </summary>
[Category("Docker")]
[CancelAfter(600_000)]
public sealed class MariaDbTests
{
    /// <summary>The team's recipe file, found from the test's folder up (a C# scenario has no file to be relative to).</summary>
    private static string Recipe { get; } = Above(AppContext.BaseDirectory, Path.Combine("mariadb", "recipes", "mariadb-10.11.yaml"));

    [ChaosScenarios("mariadb/kill.yaml")]
    [ChaosScenarios("mariadb/append-serializable.yaml")]
    public Task Scenario_Runs_ExpectationsHold(Scenario scenario) => ChaosAssert.PassesAsync(scenario);

    [ChaosScenarios("mariadb/controls/append-repeatable-read.yaml")]
    public async Task AppendControl_RepeatableRead_SerializableFailsNamingTheAnomaly(Scenario scenario)
    {
        // Given MariaDB 10.11 at REPEATABLE READ under the team's list-append transactions (the scenario file)

        // When it runs
        var run = await Chaos.RunAsync(scenario, new ChaosOptions { Seed = 7 });

        // Then serializable fails, and its summary counts the G-single cycles (an append past a list the transaction
        // read older) and explains one anomaly
        var verdicts = run.Result.Record.Verdicts;
        Assert.That(run.Result.Record.Outcome, Is.EqualTo(Outcome.Failed), string.Join("\n", verdicts.Select(v => $"{v.Status} {v.Expectation}: {v.Summary}")));
        Assert.That(verdicts.Single().Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdicts.Single().Summary, Does.Match(@"^not serializable: (.*, )?\d+ G-single\b.*; e\.g\. "));
    }

    [Test]
    public async Task Pause_FourSecondsUnderWrites_WriteLatencyFailsNamingTheSlowestWrite()
    {
        // Given MariaDB under the team's workload, frozen for 4 s, judged by the team's 2 s latency objective
        var kinds = BuiltInKinds.Vocabulary.With(new MariaDbKvKind()).With(new WriteLatencyChecker());
        var scenario = new ScenarioBuilder("qa-mariadb-pause", kinds)
            .Duration(TimeSpan.FromSeconds(7))
            .Service("db", s =>
            {
                s.Image = $"recipe:{Recipe}";
                s.Ready = new() { Exec = ["mariadb-admin", "ping", "--silent"], Within = TimeSpan.FromSeconds(60) };
            })
            .Workload("mariadb-kv", "db", w => { w.Clients = 2; w.Rate = 50; })
            .Fault(TimeSpan.FromSeconds(2), "pause", "db", @for: TimeSpan.FromSeconds(4))
            .Expect("no-lost-writes")
            .Expect(new WriteLatencyOptions { AtMost = TimeSpan.FromSeconds(2) })
            .Build();

        // When it runs
        var run = await Chaos.RunAsync(scenario, new ChaosOptions { Seed = 7 });

        // Then nothing was lost, but the writes the pause held broke the objective, and the verdict names the slowest
        var verdicts = run.Result.Record.Verdicts;
        Assert.That(run.Result.Record.Outcome, Is.EqualTo(Outcome.Failed), string.Join("\n", verdicts.Select(v => $"{v.Status} {v.Expectation}: {v.Summary}")));
        Assert.That(verdicts.Select(v => v.Status), Is.EqualTo(new[] { VerdictStatus.Passed, VerdictStatus.Failed }));
        Assert.That(verdicts[1].Summary, Does.Match(@"^\d+ of \d+ acknowledged writes took longer than 2s; the slowest, k\d{6} invoked at \+[\d.]+s, took [34]\.\d+s$"));
    }

    private static string Above(string folder, string path) =>
        File.Exists(Path.Combine(folder, path)) ? Path.Combine(folder, path)
        : Directory.GetParent(folder) is { } parent ? Above(parent.FullName, path)
        : throw new FileNotFoundException($"{path} is not in the test's folder or above it");
}
