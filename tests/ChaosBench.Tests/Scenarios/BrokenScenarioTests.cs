using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Scenarios;

/// <summary>
/// The corpus in Broken/: each NAME.yaml is a mistake a user makes, and NAME.expected holds the exact lines the
/// loader must report for it, the file written as <c>Broken/NAME.yaml</c>.
/// </summary>
public sealed class BrokenScenarioTests
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Broken");

    public static IEnumerable<TestCaseData> Corpus() =>
        Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName($"Load_Broken_{Path.GetFileNameWithoutExtension(f)}"));

    /// <summary>The expected lines of every file in the corpus, with the file named as <paramref name="folder"/> names it.</summary>
    public static IEnumerable<string> ExpectedLines(string folder) =>
        Directory.GetFiles(Folder, "*.expected").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Select(line => folder + line["Broken".Length..]);

    [TestCaseSource(nameof(Corpus))]
    public void Load_BrokenFile_ReportsExactlyTheExpectedErrors(string name)
    {
        // Given a broken scenario and the errors it must produce
        var path = Path.Combine(Folder, name + ".yaml");
        var expected = File.ReadAllLines(Path.Combine(Folder, name + ".expected"));

        // When it is loaded
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Load(path));

        // Then every error is reported, in order, each with its place and fix, and the file as it was named
        Assert.That(error.File, Is.EqualTo(path));
        Assert.That(error.Errors.Select(e => e.File), Is.All.EqualTo(path));
        Assert.That(error.Errors.Select(e => (e with { File = $"Broken/{name}.yaml" }).ToString()), Is.EqualTo(expected));
        Assert.That(error.Message, Is.EqualTo(string.Join("\n", error.Errors)));
    }

    [Test]
    public void Corpus_EveryFile_HasItsExpectedErrors()
    {
        // Given the corpus
        var scenarios = Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension);
        var expectations = Directory.GetFiles(Folder, "*.expected").Select(Path.GetFileNameWithoutExtension);

        // Then it is large enough to matter, and scenarios and expectations pair up
        Assert.That(scenarios.Count(), Is.GreaterThanOrEqualTo(24));
        Assert.That(expectations, Is.EquivalentTo(scenarios));
    }
}
