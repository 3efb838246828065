using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Cli.Styling;

/// <summary><c>plan</c> as JSON, as tables on a terminal, and as today's text under NO_COLOR.</summary>
public sealed class PlanViewsTests
{
    private static readonly string[] Plan = ["plan", "scenarios/etcd/kill-member.yaml", "--seed", "7"];

    [Test]
    public async Task Plan_Json_ShowsTimelineWorkloadAndEveryExpectationAsTheyWillRun()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync([.. Plan, "--json"]);

        Assert.That(exit, Is.Zero, stderr);
        var plan = JsonNode.Parse(stdout)!.AsArray().Single()!;
        Assert.That((string?)plan["scenario"], Is.EqualTo("etcd-kill-member"));
        Assert.That(plan["timeline"]!.AsArray().Select(t => $"{t!["at"]} {t["step"]}"), Is.EqualTo(new[] { "5s kill etcd-3 (signal KILL)", "8s start etcd-3" }));
        Assert.That((string?)plan["workload"]!["kind"], Is.EqualTo("etcd-kv"));
        Assert.That((int?)plan["workload"]!["clients"], Is.EqualTo(4));
        Assert.That((string?)plan["workload"]!["options"]!["read-consistency"], Is.EqualTo("linearizable"));
        Assert.That(plan["expectations"]!.AsArray().Select(e => (string?)e!["description"]), Is.EqualTo(new[] { "no-lost-writes", "recovers-within: 10s" }));
        Assert.That((string?)plan["images"]![0]!["source"], Does.StartWith("built offline from fixtures/images/etcd-3.4.yaml"));
    }

    [Test]
    public async Task Plan_OnATerminal_DrawsTablesWithTheWorkloadAndExpectations()
    {
        var (exit, shown) = await TerminalProcess.RunAsync(Plan, new Dictionary<string, string>());

        Assert.That(exit, Is.Zero, shown);
        Assert.That(shown, Does.Contain("┌").And.Contain("│ +5s "));
        Assert.That(shown, Does.Contain("etcd-kv on etcd: 4 clients, 200/s over 1000 keys").And.Contain("expect recovers-within").And.Contain("recovers-within: 10s"));
    }

    [Test]
    public async Task Plan_OnATerminalUnderNoColor_PrintsTodaysText()
    {
        var piped = await CliProcess.RunAsync(Plan);

        var (_, shown) = await TerminalProcess.RunAsync(Plan, new Dictionary<string, string> { ["NO_COLOR"] = "1" });

        Assert.That(TerminalProcess.WithoutTerminalModes(shown), Is.EqualTo(piped.Stdout));
    }
}
