using System.Text;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Scenarios.Fuzz;

/// <summary>
/// Files built to hurt a YAML reader: each gets exit 2 and a located message from <c>lint</c>, run as its own process
/// (a stack overflow would otherwise take the test host down with it), quickly and in little memory.
/// </summary>
[CancelAfter(60_000)]
public sealed class HostileFileTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-hostile-");

    [TearDown]
    public void RemoveFolder() => _folder.Delete(recursive: true);

    [Test]
    public async Task Lint_HundredThousandNestedLists_RefusedAtTheDepthLimit(CancellationToken ct)
    {
        var file = Write("deep.yaml", "name: deep\nduration: 10s\nservices: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        var (exit, _, stderr) = await CliProcess.RunAsync(["lint", file], ct: ct);

        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(CliProcess.OwnLines(stderr), Is.EqualTo(new[] { $"{file}:3:74: nested more than 64 levels deep; fix: flatten the structure: no scenario or Compose file needs this depth" }));
    }

    [Test]
    public async Task Lint_FileOverOneMebibyte_RefusedWithoutLoading(CancellationToken ct)
    {
        var file = Write("large.yaml", "name: large\nduration: 10s\ndescription: " + new string('x', 2 << 20) + "\n");

        var (exit, _, stderr) = await CliProcess.RunAsync(["lint", file], ct: ct);

        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(CliProcess.OwnLines(stderr), Has.One.StartsWith($"{file}:1:1: the file is larger than 1 MiB"));
    }

    [Test]
    public async Task Lint_BillionLaughsAliases_AnsweredQuickly(CancellationToken ct)
    {
        // Given ten levels of aliases, each ten times the one before: 10^10 strings if anything expanded them
        var yaml = new StringBuilder("name: laughs\nduration: 10s\nx-l0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append($"x-l{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        yaml.Append("services: { etcd: { image: recipe:etcd-3.4, command: *a9, environment: *a9 } }\n");
        var file = Write("laughs.yaml", yaml.ToString());

        var (exit, _, stderr) = await CliProcess.RunAsync(["lint", file], ct: ct);

        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(CliProcess.OwnLines(stderr), Has.Some.StartsWith($"{file}:3:1: unknown key 'x-l0'"));
        Assert.That(CliProcess.OwnLines(stderr), Has.Some.Match($@"^{System.Text.RegularExpressions.Regex.Escape(file)}:13:\d+: .*command"));
    }

    [Test]
    public async Task Lint_InputThatBreaksTheYamlScanner_LocatedNotThrown(CancellationToken ct)
    {
        // Found by ScenarioLoaderFuzzTests: YamlDotNet's scanner throws InvalidOperationException on it
        var file = Write("scanner.yaml", "name: s\nduration: 10s\nservices:\n  repo2: [true, .inf, {]\n  images:\n");

        var (exit, _, stderr) = await CliProcess.RunAsync(["lint", file], ct: ct);

        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(CliProcess.OwnLines(stderr), Has.One.Match($@"^{System.Text.RegularExpressions.Regex.Escape(file)}:4:\d+: invalid YAML"));
    }

    [Test]
    public async Task Lint_KeyWithSpacesAtItsStart_QuotedInTheMessage(CancellationToken ct)
    {
        // Found by ScenarioLoaderFuzzTests: the bare key made a message that started with blanks
        Write("spaced.compose.yaml", "services:\n  cache: { image: recipe:redis-7.0 }\n  \"    retries\": 20\n");
        var file = Write("spaced.yaml", "name: spaced\nduration: 3s\ncompose: spaced.compose.yaml\n");

        var (exit, _, stderr) = await CliProcess.RunAsync(["lint", file], ct: ct);

        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(CliProcess.OwnLines(stderr), Has.One.Match(@"spaced\.compose\.yaml:3:\d+: ""    retries"" must be a mapping, not '20'"));
    }

    [Test]
    public async Task Lint_LongTextsInErrors_AtMostSixtyCharactersOfAnyFileQuoted(CancellationToken ct)
    {
        // Given a scenario, its Compose file and the .env next to it, each with a long text an error will quote
        var (name, key, duration, composeKey, dotEnv) = (new string('N', 500), new string('k', 500), new string('d', 500), new string('c', 500), new string('e', 500));
        Write("app.compose.yaml", $"services:\n  app:\n    image: recipe:etcd-3.4\n    {composeKey}: 1\n");
        Write(".env", $"{dotEnv}\n");
        var file = Write("long.yaml", $"name: {name}\nduration: {duration}\ncompose: app.compose.yaml\n{key}: 1\n");

        // When it is linted
        var (exit, _, stderr) = await CliProcess.RunAsync(["lint", file], ct: ct);

        // Then every error is there, and none quotes more than 60 characters of what was written
        var lines = CliProcess.OwnLines(stderr);
        Assert.That(exit, Is.EqualTo(2), stderr);
        Assert.That(lines, Has.Count.GreaterThanOrEqualTo(4), stderr);
        foreach (var letter in "Nkdce")
        {
            Assert.That(lines, Has.Some.Contains(new string(letter, 59) + "…"), $"an error quotes the start of the {letter}s");
            Assert.That(stderr, Does.Not.Contain(new string(letter, 61)));
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
