using ChaosBench.Cli.Commands;
using ChaosBench.Scenarios.Trust;

namespace ChaosBench.Tests.Scenarios;

/// <summary>
/// The corpus in Hostile/: each NAME.yaml is what a hostile or careless author writes to reach the host beyond the
/// scenario's folder, and NAME.expected the exact lines <c>lint</c> prints for it, with <c>{tmp}</c> for the copy the
/// test lints and <c>{home}</c> for $HOME. The copy sits next to an <c>outside/</c> folder whose every line is
/// marked, reached by links the test makes: no line of it, nor of /etc/passwd, may be printed.
/// </summary>
[NonParallelizable]
public sealed class HostileScenarioTests
{
    private const string Marker = "HOSTILE-OUTSIDE-LINE";

    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Hostile");

    private static readonly Dictionary<string, string> Variables = new() { ["HOSTILE_COMPOSE"] = "/etc/passwd", ["HOSTILE_CONF"] = "/etc" };

    private DirectoryInfo _tmp = null!;

    private string Scenarios => Path.Combine(_tmp.FullName, "scenarios");

    public static IEnumerable<TestCaseData> Files() =>
        Directory.GetFiles(Corpus, "*.expected").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f)).Select(n => new TestCaseData(n).SetName($"Lint_Hostile_{n}"));

    /// <summary>The cases that only reach the host through binds, tarballs, recipe files and fault paths: <c>--allow-host</c> lets them lint clean.</summary>
    public static IEnumerable<string> HostCases() =>
        ["bind-root", "bind-socket", "bind-home", "bind-dotdot", "bind-symlink", "bind-variable", "bind-native", "bind-matrix", "tarball-dotdot", "delete-path-outside-volume", "delete-path-dotdot", "delete-path-compose-bind", "delete-path-matrix", "bitflip-truncate-outside", "zero-sector-dotdot", "recipe-traversal"];

    [SetUp]
    public void CopyCorpus()
    {
        _tmp = Directory.CreateTempSubdirectory("chaosbench-hostile-");
        foreach (var file in Directory.GetFiles(Corpus, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)))
        {
            var copy = Path.Combine(Scenarios, Path.GetRelativePath(Corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        // Outside the scenarios' folder: files that must never be printed, and links into them from inside it.
        var outside = Directory.CreateDirectory(Path.Combine(_tmp.FullName, "outside")).FullName;
        Directory.CreateDirectory(Path.Combine(outside, "dir"));
        File.WriteAllText(Path.Combine(outside, "app.compose.yaml"), $"{Marker}-1: x\n{Marker}-2 {{\n");
        File.WriteAllText(Path.Combine(outside, "secret.env"), $"{Marker} 1\n{Marker}=2\n");
        File.WriteAllText(Path.Combine(outside, "scenario.yaml"), $"name: {Marker}\n{Marker}: [\n");
        File.WriteAllText(Path.Combine(outside, "dir", "evil.yaml"), $"name: {Marker}\n{Marker}: [\n");
        File.CreateSymbolicLink(Path.Combine(Scenarios, "linked.compose.yaml"), "../outside/app.compose.yaml");
        File.CreateSymbolicLink(Path.Combine(Scenarios, "linked.env"), Path.Combine(outside, "secret.env"));
        File.CreateSymbolicLink(Path.Combine(Scenarios, "dotenv-link", ".env"), "../../outside/secret.env");
        Directory.CreateSymbolicLink(Path.Combine(Scenarios, "linked-dir"), "../outside/dir");
        File.CreateSymbolicLink(Path.Combine(Scenarios, "linked-scenario.yaml"), "../outside/scenario.yaml");
        foreach (var (name, value) in Variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    [TearDown]
    public void RemoveCopy()
    {
        foreach (var name in Variables.Keys)
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        _tmp.Delete(recursive: true);
    }

    [TestCaseSource(nameof(Files))]
    public void Lint_HostileFile_RefusedWithTheExpectedLocatedErrorsAndNothingOfOtherFiles(string name)
    {
        // Given a hostile scenario and the lines lint must print for it
        var expected = File.ReadAllLines(Path.Combine(Corpus, name + ".expected"));

        // When it is linted
        var (exit, stdout, stderr) = Lint(name, allowHost: false);

        // Then it is refused, each error located and with its fix, exactly as expected
        Assert.That(exit, Is.EqualTo(2), stdout + stderr);
        Assert.That(stdout, Is.Empty);
        Assert.That(Lines(stderr), Is.EqualTo(expected));

        // And no line of a file outside the folder was printed: the refusal comes before the reading
        Assert.That(stderr, Does.Not.Contain(Marker));
        foreach (var line in File.ReadLines("/etc/passwd").Where(l => l.Length > 8))
        {
            Assert.That(stderr, Does.Not.Contain(line), "a line of /etc/passwd was printed");
        }
    }

    [Test]
    public void Lint_TheWholeFolder_EveryCaseRefusedAndNoLinkedFolderSearched()
    {
        // Given the corpus's folder, holding a link to a folder outside it with a scenario in it

        // When the folder is linted
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = LintCommand.Run([Scenarios], stdout, stderr);

        // Then every case is refused, and nothing was read through the linked folder
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout.ToString(), Is.Empty);
        Assert.That(stderr.ToString(), Does.Not.Contain(Marker).And.Not.Contain("evil.yaml"));
    }

    [TestCaseSource(nameof(HostCases))]
    public void Lint_HostCaseWithAllowHost_Clean(string name)
    {
        // Given a scenario that binds from, or changes files on, the host beyond its folder

        // When it is linted with --allow-host
        var (exit, stdout, stderr) = Lint(name, allowHost: true);

        // Then it passes: the user said they mean it
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(stdout, Does.StartWith("ok  "));
    }

    [Test]
    public void Corpus_EveryFile_HasItsExpectedLines()
    {
        // Given the corpus (the linked scenario is made by the test)
        var scenarios = Directory.GetFiles(Corpus, "*.yaml").Where(f => !f.EndsWith(".compose.yaml", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).Append("linked-scenario");
        var expectations = Directory.GetFiles(Corpus, "*.expected").Select(Path.GetFileNameWithoutExtension);

        // Then it is large enough to matter, and scenarios and expectations pair up
        Assert.That(scenarios.Count(), Is.GreaterThanOrEqualTo(25));
        Assert.That(expectations, Is.EquivalentTo(scenarios));
    }

    private (int Exit, string Stdout, string Stderr) Lint(string name, bool allowHost)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = LintCommand.Run([Path.Combine(Scenarios, name + ".yaml")], stdout, stderr, allowHost);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The lines printed, with the copy's folder (as named and as resolved) and $HOME as placeholders.</summary>
    private string[] Lines(string text)
    {
        var home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Replace(HostPaths.Resolve(_tmp.FullName), "{tmp}", StringComparison.Ordinal).Replace(_tmp.FullName, "{tmp}", StringComparison.Ordinal))
            .Select(l => home.Length > 1 ? l.Replace($" {home}/", " {home}/", StringComparison.Ordinal) : l)
            .ToArray();
    }
}
