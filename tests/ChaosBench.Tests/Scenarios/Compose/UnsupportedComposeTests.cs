using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Scenarios.Compose;

/// <summary>
/// The corpus in Unsupported/: each NAME.yaml is a Compose file using something ChaosBench does not honour, and
/// NAME.expected holds the exact lines loading a scenario that names it must report, the file written as
/// <c>Unsupported/NAME.yaml</c> (wherever the folder is named, in messages too). The environment is empty, so the lines do not depend on the machine,
/// and variables are strict, as certify reads them: an unset one is an error.
/// </summary>
public sealed class UnsupportedComposeTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Compose", "Unsupported");

    public static IEnumerable<TestCaseData> Corpus() =>
        Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName($"Load_Unsupported_{Path.GetFileNameWithoutExtension(f)}"));

    [TestCaseSource(nameof(Corpus))]
    public void Load_UnsupportedCompose_ReportsExactlyTheExpectedErrors(string name)
    {
        // Given a scenario next to the Compose file that names it, and the errors it must produce
        var scenario = $"name: compose-{name}\nduration: 10s\ncompose: {name}.yaml\n";
        var expected = File.ReadAllLines(Path.Combine(Folder, name + ".expected"));

        // When it is loaded
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(scenario, Path.Combine(Folder, "scenario.yaml"), _ => null, strictVariables: true))!;

        // Then every error is located in the Compose file, in order, each with its fix
        Assert.That(error.Errors.Select(e => e.File), Is.All.EqualTo(Path.Combine(Folder, name + ".yaml")));
        Assert.That(error.Errors.Select(e => e.ToString().Replace(Folder + "/", "Unsupported/", StringComparison.Ordinal)), Is.EqualTo(expected));
    }

    [Test]
    public void Corpus_EveryFile_HasItsExpectedErrors()
    {
        // Given the corpus
        var files = Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension);
        var expectations = Directory.GetFiles(Folder, "*.expected").Select(Path.GetFileNameWithoutExtension);

        // Then it covers the refusals that matter, and files and expectations pair up
        Assert.That(files.Count(), Is.GreaterThanOrEqualTo(14));
        Assert.That(expectations, Is.EquivalentTo(files));
    }
}
