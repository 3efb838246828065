using System.Text.Json.Nodes;

namespace ChaosBench.Tests.Cli.Styling;

/// <summary><c>images list</c> as JSON and as a table on a terminal, agreeing with its tab-separated lines.</summary>
[Category("Docker")]
public sealed class ImagesListViewsTests
{
    [Test]
    public async Task ImagesList_Json_SameRecipesAndStatesAsTheLines()
    {
        // Given the tab-separated lines images list prints when piped
        var lines = await CliProcess.RunAsync(["images", "list"]);

        // When it prints JSON
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["images", "list", "--json"]);

        // Then each recipe is there, with the same tag, state, origin and pinned users
        Assert.That((lines.ExitCode, exit), Is.EqualTo((0, 0)), stderr);
        var expected = lines.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => string.Join('\t', l.Split('\t').Take(5)));
        var json = JsonNode.Parse(stdout)!.AsArray().Select(r => $"{r!["recipe"]}\t{r["tag"]}\t{r["state"]}\t{r["from"]}\t{Users(r["users"]!.AsObject())}");
        Assert.That(json, Is.EqualTo(expected));
        Assert.That(json, Has.Some.StartsWith("etcd-3.4\t"));
        Assert.That(json, Has.Some.Match("^postgresql-15\t.*\tpostgres 999$"));
    }

    private static string Users(JsonObject users) => users.Count == 0 ? "-" : string.Join(", ", users.Select(u => $"{u.Key} {u.Value}"));

    [Test]
    public async Task ImagesList_OnATerminal_DrawsATable()
    {
        var (exit, shown) = await TerminalProcess.RunAsync(["images", "list"], new Dictionary<string, string>());

        Assert.That(exit, Is.Zero, shown);
        Assert.That(shown, Does.Contain("┌").And.Contain("│ recipe").And.Contain("etcd-3.4").And.Contain("postgres 999"));
        Assert.That(shown, Does.Not.Contain("recipe\ttag\tstate"));
    }
}
